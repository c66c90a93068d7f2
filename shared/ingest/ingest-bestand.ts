import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import type { ExtractArchief } from '../archive/extract-archief.ts';
import { type AfgewezenExtract, type GeparseerdExtract, parseExtract } from '../extracts/parse-extract.ts';
import { shownFileName } from '../extracts/shown-text.ts';
import type { Logger } from '../logging/logger.ts';
import type { ExtractLogRegel, IngestEigenaar } from '../storage/extract-log.ts';
import { isProcessAlive } from '../storage/local/process-alive.ts';
import type { ZorgplichtStore } from '../storage/zorgplicht-store.ts';
import type { IngestRapport } from './ingest-rapport.ts';

export interface IngestContext {
  readonly store: ZorgplichtStore;
  readonly archief: ExtractArchief;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** How long a claim on an extract holds before another process may take over (default 15 min). */
  readonly leaseMs?: number;
  /** Whether the process holding an extract still runs (default: checks the pid on this host). */
  readonly isAlive?: (eigenaar: IngestEigenaar) => boolean;
}

export interface IngestOpties {
  /** Bytes read so far of `totaal`, while the file is parsed. */
  readonly onLezen?: (bytes: number, totaal: number) => void;
  /** Batches of pages written so far, of `totaal`, while the rows are stored. */
  readonly onSchrijven?: (batches: number, totaal: number) => void | Promise<void>;
}

const DEFAULT_LEASE_MS = 15 * 60 * 1000;

/** A claim of a process on another host cannot be checked: there the lease time decides. */
export function processIsAlive(eigenaar: IngestEigenaar): boolean {
  return eigenaar.host !== hostname() || isProcessAlive(eigenaar.pid);
}

export async function sha256File(pad: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(pad)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Ingests one extract file (contracts §1): parses it whole, refuses it with every error or
 * writes its rows and commits them in one step, so that readers see all of it or nothing.
 * The original (BSN-redacted when needed) and its report are archived either way, and the
 * ingest log records the outcome. The same content again is reported `al verwerkt`; an
 * attempt that crashed half-way is completed by ingesting the file again.
 */
export async function ingestBestand(
  pad: string,
  naam: string,
  ctx: IngestContext,
  opties: IngestOpties = {},
): Promise<IngestRapport> {
  const bestandsnaam = shownFileName(naam);
  const now = ctx.now ?? (() => new Date());
  const { size } = await stat(pad);
  const hash = await sha256File(pad);
  const tijdstip = now().toISOString();
  const logAttrs = { extract: hash.slice(0, 12) };

  const bestaand = await ctx.store.getExtractLog(hash);
  if (bestaand?.status === 'verwerkt') {
    ctx.logger.info('Extract al verwerkt', { ...logAttrs, soort: bestaand.soort });
    return alVerwerkt(bestaand, bestandsnaam, tijdstip);
  }

  let gelezen = 0;
  const uitkomst = await parseExtract(createReadStream(pad), {
    onBytes: (bytes) => {
      gelezen += bytes;
      opties.onLezen?.(gelezen, size);
    },
  });

  if (!uitkomst.ok) return afwijzen(pad, bestandsnaam, hash, tijdstip, uitkomst.afgewezen, ctx);
  return opslaan(pad, bestandsnaam, hash, tijdstip, uitkomst.extract, ctx, opties, now);
}

function alVerwerkt(regel: ExtractLogRegel, bestandsnaam: string, tijdstip: string): IngestRapport {
  return {
    bestandsnaam,
    hash: regel.hash,
    status: 'al verwerkt',
    soort: regel.soort,
    regios: regel.regios,
    peildatum: regel.peildatum,
    rijen: regel.rijen,
    fouten: [],
    waarschuwingen: [],
    tijdstip,
    bsnVerwijderd: false,
    archief: regel.archief,
  };
}

async function afwijzen(
  pad: string,
  bestandsnaam: string,
  hash: string,
  tijdstip: string,
  afgewezen: AfgewezenExtract,
  ctx: IngestContext,
): Promise<IngestRapport> {
  const rapport: IngestRapport = {
    bestandsnaam,
    hash,
    status: 'afgewezen',
    soort: afgewezen.soort,
    regios: afgewezen.regios,
    peildatum: afgewezen.peildatum,
    rijen: afgewezen.rijen,
    fouten: afgewezen.fouten,
    waarschuwingen: afgewezen.waarschuwingen,
    tijdstip,
    bsnVerwijderd: afgewezen.bevatBsn,
  };
  const archief = await ctx.archief.bewaar({ bytes: await readFile(pad), rapport, map: 'afgewezen' });
  await ctx.store.recordAfgewezen({
    hash,
    bestandsnaam,
    soort: afgewezen.soort,
    regios: afgewezen.regios,
    peildatum: afgewezen.peildatum,
    rijen: afgewezen.rijen,
    status: 'afgewezen',
    fouten: afgewezen.fouten,
    foutAantal: afgewezen.fouten.length,
    waarschuwingen: afgewezen.waarschuwingen,
    ontvangenOp: tijdstip,
    bijgewerktOp: tijdstip,
    pogingen: 0,
    archief,
  });
  ctx.logger.warn('Extract afgewezen', {
    extract: hash.slice(0, 12),
    soort: afgewezen.soort,
    rijen: afgewezen.rijen,
    foutAantal: afgewezen.fouten.length,
  });
  return { ...rapport, archief };
}

async function opslaan(
  pad: string,
  bestandsnaam: string,
  hash: string,
  tijdstip: string,
  extract: GeparseerdExtract,
  ctx: IngestContext,
  opties: IngestOpties,
  now: () => Date,
): Promise<IngestRapport> {
  const rapport: IngestRapport = {
    bestandsnaam,
    hash,
    status: 'verwerkt',
    soort: extract.soort,
    regios: extract.regios,
    peildatum: extract.peildatum,
    rijen: extract.rijen,
    fouten: [],
    waarschuwingen: extract.waarschuwingen,
    tijdstip,
    bsnVerwijderd: extract.bevatBsn,
  };
  const regel: ExtractLogRegel = {
    hash,
    bestandsnaam,
    soort: extract.soort,
    regios: extract.regios,
    peildatum: extract.peildatum,
    rijen: extract.rijen,
    status: 'bezig',
    fouten: [],
    foutAantal: 0,
    waarschuwingen: extract.waarschuwingen,
    ontvangenOp: tijdstip,
    bijgewerktOp: tijdstip,
    pogingen: 0,
  };
  const eigenaar: IngestEigenaar = {
    poging: randomUUID(),
    host: hostname(),
    pid: process.pid,
    totUiterlijk: new Date(now().getTime() + (ctx.leaseMs ?? DEFAULT_LEASE_MS)).toISOString(),
  };
  const logAttrs = { extract: hash.slice(0, 12), soort: extract.soort, peildatum: extract.peildatum };

  const begin = await ctx.store.beginIngest(regel, eigenaar, ctx.isAlive ?? processIsAlive);
  if (begin.soort === 'al verwerkt') return alVerwerkt(begin.regel, bestandsnaam, tijdstip);
  if (begin.soort === 'bezig') {
    ctx.logger.warn('Extract wordt al door een ander proces verwerkt', logAttrs);
    return { ...rapport, status: 'bezig' };
  }

  let verwerkt: ExtractLogRegel;
  try {
    await ctx.store.writeExtractRows(hash, extract, { onBatch: opties.onSchrijven });
    const archief = await ctx.archief.bewaar({ bytes: await readFile(pad), rapport, map: 'verwerkt' });
    verwerkt = await ctx.store.commitIngest(
      { ...regel, ontvangenOp: begin.ontvangenOp, pogingen: begin.pogingen, archief },
      eigenaar,
    );
  } catch (error) {
    const reden = error instanceof Error ? error.message : String(error);
    await ctx.store.markOnderbroken(hash, eigenaar, reden).catch(() => undefined);
    ctx.logger.error('Extract onderbroken; opnieuw inlezen maakt het af', { ...logAttrs, reden });
    throw error;
  }

  try {
    await ctx.store.removeReplacedSnapshots(hash, extract);
  } catch (error) {
    // The replaced rows are invisible anyway; they only take space until the next cleanup.
    ctx.logger.warn('Vervangen wachtlijstrijen niet opgeruimd', {
      ...logAttrs,
      reden: error instanceof Error ? error.message : String(error),
    });
  }
  ctx.logger.info('Extract verwerkt', { ...logAttrs, regios: extract.regios, rijen: extract.rijen });
  return { ...rapport, archief: verwerkt.archief };
}
