import { createHash, randomUUID } from 'node:crypto';
import type { OmgevingsContext } from '../app/environment-error.ts';
import type { ExtractArchief } from '../archive/extract-archief.ts';
import { todayInAmsterdam } from '../calendar/calendar-date.ts';
import { type AfgewezenExtract, type GeparseerdExtract, parseExtract } from '../extracts/parse-extract.ts';
import { shownFileName } from '../extracts/shown-text.ts';
import type { Logger } from '../logging/logger.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import { type ExtractLogRegel, extractVersie, type IngestEigenaar } from '../storage/extract-log.ts';
import type { ZorgplichtStore } from '../storage/zorgplicht-store.ts';
import { describeOnderbreking } from './ingest-onderbreking.ts';
import { foutAantalVan, type IngestRapport } from '../extracts/ingest-rapport.ts';
import { vervangingsWaarschuwingen } from './vervangings-waarschuwing.ts';

/** What an ingest needs: the store parts it writes, the archive, the log, the clock and who it is. */
export interface IngestContext {
  readonly store: Pick<ZorgplichtStore, 'extractLog' | 'extractData'>;
  readonly archief: ExtractArchief;
  readonly logger: Logger;
  readonly now: () => Date;
  /** This process, named in its claim on an extract. */
  readonly proces: { readonly host: string; readonly pid: number };
  /**
   * Whether the process holding a claim still runs. The command line checks the pid on this host;
   * a Lambda, which cannot see other invocations, leaves it to the lease (always true).
   */
  readonly isAlive: (eigenaar: IngestEigenaar) => boolean;
  /** How long a claim holds before another process may take over (default 15 min). */
  readonly leaseMs?: number;
  /** Where faults of the machine happen (data dir, store), so their Dutch message can say where to look. */
  readonly omgeving?: OmgevingsContext;
}

/** One delivered file, read once: its hash, its parse and its archived copy all come from these bytes. */
export interface ExtractBron {
  readonly naam: string;
  readonly bytes: Buffer;
}

export interface IngestOpties {
  /** Bytes read so far of `totaal`, while the file is parsed. */
  readonly onLezen?: (bytes: number, totaal: number) => void;
  /** Batches of pages written so far, of `totaal`, while the rows are stored. */
  readonly onSchrijven?: (batches: number, totaal: number) => void | Promise<void>;
  /**
   * Make an earlier delivery current again: a file that is `verwerkt` is committed once more as a
   * new generation with a new sequence number, so it wins over what replaced it.
   */
  readonly opnieuw?: boolean;
}

const DEFAULT_LEASE_MS = 15 * 60 * 1000;
const CHUNK_BYTES = 256 * 1024;

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The bytes in pieces, so the parser streams and progress can be shown. */
async function* inStukken(bytes: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) yield bytes.subarray(i, i + CHUNK_BYTES);
}

function rijenPerRegio(extract: GeparseerdExtract): Partial<Record<RegioCode, number>> {
  const aantallen: Partial<Record<RegioCode, number>> = {};
  for (const regel of extract.regels) aantallen[regel.regio] = (aantallen[regel.regio] ?? 0) + 1;
  return aantallen;
}

/**
 * Ingests one extract (contracts §1): parses it whole, refuses it with every error or writes its
 * rows and commits them in one step, so that readers see all of it or nothing. The original
 * (BSN-redacted) and its report are archived either way and every outcome is logged. The same
 * content again is `al verwerkt`, unless `opnieuw` asks to make it current again; an attempt
 * that broke off is completed by ingesting the file again. Throws only when the store cannot be
 * reached at all (nothing could be recorded); every other problem is an outcome in the report.
 */
export async function ingestExtract(
  bron: ExtractBron,
  ctx: IngestContext,
  opties: IngestOpties = {},
): Promise<IngestRapport> {
  const tijdstip = ctx.now().toISOString();
  const hash = sha256(bron.bytes);
  const leeg: IngestRapport = {
    // A BSN-like number in a file name is masked wherever the name is kept or shown.
    bestandsnaam: shownFileName(bron.naam),
    hash,
    status: 'onderbroken',
    soort: undefined,
    regios: [],
    peildatum: undefined,
    rijen: 0,
    fouten: [],
    waarschuwingen: [],
    tijdstip,
    bsnVerwijderd: false,
  };
  const logAttrs = { extract: hash.slice(0, 12) };

  const bestaand = await ctx.store.extractLog.getExtractLog(hash);
  if (bestaand?.status === 'verwerkt' && !opties.opnieuw) {
    ctx.logger.info('Extract al verwerkt', { ...logAttrs, soort: bestaand.soort });
    return alVerwerkt(bestaand, leeg);
  }

  let gelezen = 0;
  let uitkomst: Awaited<ReturnType<typeof parseExtract>>;
  try {
    uitkomst = await parseExtract(inStukken(bron.bytes), {
      vandaag: todayInAmsterdam(ctx.now()),
      onBytes: (bytes) => {
        gelezen += bytes;
        opties.onLezen?.(gelezen, bron.bytes.length);
      },
    });
  } catch (error) {
    return onderbrokenZonderClaim(leeg, 'Het bestand kon niet worden gelezen', error, ctx);
  }
  if (!uitkomst.ok) return afwijzen(bron, leeg, uitkomst.afgewezen, ctx);
  return opslaan(bron, leeg, uitkomst.extract, ctx, opties);
}

function alVerwerkt(regel: ExtractLogRegel, leeg: IngestRapport): IngestRapport {
  return {
    ...leeg,
    status: 'al verwerkt',
    soort: regel.soort,
    regios: regel.regios,
    peildatum: regel.peildatum,
    rijen: regel.rijen,
    archief: regel.archief,
  };
}

function logRegel(rapport: IngestRapport, overig: Partial<ExtractLogRegel> = {}): ExtractLogRegel {
  return {
    hash: rapport.hash,
    bestandsnaam: rapport.bestandsnaam,
    soort: rapport.soort,
    regios: rapport.regios,
    peildatum: rapport.peildatum,
    rijen: rapport.rijen,
    status: rapport.status === 'afgewezen' ? 'afgewezen' : 'onderbroken',
    fouten: rapport.fouten,
    foutAantal: foutAantalVan(rapport),
    foutSamenvatting: rapport.foutSamenvatting,
    waarschuwingen: rapport.waarschuwingen,
    ontvangenOp: rapport.tijdstip,
    bijgewerktOp: rapport.tijdstip,
    pogingen: 0,
    generatie: 0,
    ...overig,
  };
}

/** The attempt broke off before the extract was claimed: record it, nothing became visible. */
async function onderbrokenZonderClaim(
  rapport: IngestRapport,
  wat: string,
  error: unknown,
  ctx: IngestContext,
): Promise<IngestRapport> {
  const onderbreking = describeOnderbreking(wat, error, ctx.omgeving);
  const uitkomst: IngestRapport = {
    ...rapport,
    status: 'onderbroken',
    reden: onderbreking.reden,
    omgevingsfout: onderbreking.omgevingsfout,
  };
  ctx.logger.error('Extract onderbroken; niets zichtbaar geworden', {
    extract: rapport.hash.slice(0, 12),
    soort: rapport.soort,
    reden: onderbreking.reden,
    detail: onderbreking.detail,
  });
  await ctx.store.extractLog.recordOnderbroken(logRegel(uitkomst, { onderbrokenReden: onderbreking.reden }));
  return uitkomst;
}

async function afwijzen(
  bron: ExtractBron,
  leeg: IngestRapport,
  afgewezen: AfgewezenExtract,
  ctx: IngestContext,
): Promise<IngestRapport> {
  const rapport: IngestRapport = {
    ...leeg,
    status: 'afgewezen',
    soort: afgewezen.soort,
    regios: afgewezen.regios,
    peildatum: afgewezen.peildatum,
    rijen: afgewezen.rijen,
    fouten: afgewezen.fouten,
    foutAantal: afgewezen.foutAantal,
    foutSamenvatting: afgewezen.foutSamenvatting,
    waarschuwingen: afgewezen.waarschuwingen,
    bsnVerwijderd: afgewezen.bevatBsn,
  };
  let archief: string;
  try {
    archief = await ctx.archief.bewaar({
      bytes: bron.bytes,
      rapport,
      map: 'afgewezen',
    });
  } catch (error) {
    // Refused, but not kept: the file stays where it was and the next run tries again.
    return onderbrokenZonderClaim(rapport, 'Het afgewezen bestand kon niet worden gearchiveerd', error, ctx);
  }
  await ctx.store.extractLog.recordAfgewezen(logRegel({ ...rapport, archief }, { archief }));
  ctx.logger.warn('Extract afgewezen', {
    extract: rapport.hash.slice(0, 12),
    soort: afgewezen.soort,
    rijen: afgewezen.rijen,
    foutAantal: afgewezen.foutAantal,
  });
  return { ...rapport, archief };
}

async function opslaan(
  bron: ExtractBron,
  leeg: IngestRapport,
  extract: GeparseerdExtract,
  ctx: IngestContext,
  opties: IngestOpties,
): Promise<IngestRapport> {
  const rapport: IngestRapport = {
    ...leeg,
    status: 'verwerkt',
    soort: extract.soort,
    regios: extract.regios,
    peildatum: extract.peildatum,
    rijen: extract.rijen,
    waarschuwingen: extract.waarschuwingen,
    bsnVerwijderd: extract.bevatBsn,
  };
  const regel: ExtractLogRegel = {
    ...logRegel(rapport),
    status: 'bezig',
    rijenPerRegio: rijenPerRegio(extract),
  };
  const eigenaar: IngestEigenaar = {
    poging: randomUUID(),
    host: ctx.proces.host,
    pid: ctx.proces.pid,
    totUiterlijk: new Date(ctx.now().getTime() + (ctx.leaseMs ?? DEFAULT_LEASE_MS)).toISOString(),
  };
  const logAttrs = { extract: rapport.hash.slice(0, 12), soort: extract.soort, peildatum: extract.peildatum };

  const begin = await ctx.store.extractLog.beginIngest(regel, eigenaar, ctx.isAlive, {
    opnieuw: opties.opnieuw,
  });
  if (begin.soort === 'al verwerkt') return alVerwerkt(begin.regel, leeg);
  if (begin.soort === 'bezig') {
    ctx.logger.warn('Extract wordt al door een ander proces verwerkt', logAttrs);
    return { ...rapport, status: 'bezig' };
  }

  let verwerkt: ExtractLogRegel;
  let waarschuwingen = rapport.waarschuwingen;
  try {
    waarschuwingen = [
      ...extract.waarschuwingen,
      ...(await vervangingsWaarschuwingen(ctx.store.extractLog, extract, rapport.hash)),
    ];
    await ctx.store.extractData.writeExtractRows(extractVersie(rapport.hash, begin.generatie), extract, {
      onBatch: opties.onSchrijven,
    });
    const archief = await ctx.archief.bewaar({
      bytes: bron.bytes,
      rapport: { ...rapport, waarschuwingen },
      map: 'verwerkt',
    });
    ({ regel: verwerkt } = await ctx.store.extractLog.commitIngest(
      {
        ...regel,
        waarschuwingen,
        ontvangenOp: begin.ontvangenOp,
        pogingen: begin.pogingen,
        generatie: begin.generatie,
        archief,
      },
      eigenaar,
    ));
  } catch (error) {
    const onderbreking = describeOnderbreking('Het extract kon niet worden opgeslagen', error, ctx.omgeving);
    await ctx.store.extractLog
      .markOnderbroken(rapport.hash, eigenaar, onderbreking.reden)
      .catch(() => undefined);
    ctx.logger.error('Extract onderbroken; niets zichtbaar geworden, opnieuw inlezen maakt het af', {
      ...logAttrs,
      reden: onderbreking.reden,
      detail: onderbreking.detail,
    });
    return {
      ...rapport,
      waarschuwingen,
      status: 'onderbroken',
      reden: onderbreking.reden,
      omgevingsfout: onderbreking.omgevingsfout,
    };
  }

  try {
    await ctx.store.extractData.removeReplacedSnapshots(extract);
  } catch (error) {
    // The replaced rows are invisible anyway; they only take space until the next cleanup.
    ctx.logger.warn('Vervangen wachtlijstrijen niet opgeruimd', {
      ...logAttrs,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  if (begin.generatie > 0) {
    ctx.logger.info('Extract opnieuw geldig gemaakt', { ...logAttrs, generatie: begin.generatie });
  }
  ctx.logger.info('Extract verwerkt', { ...logAttrs, regios: extract.regios, rijen: extract.rijen });
  return { ...rapport, waarschuwingen, generatie: begin.generatie, archief: verwerkt.archief };
}
