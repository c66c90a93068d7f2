import { createHash } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CalendarDate } from '../../calendar/calendar-date.ts';
import type {
  ExtractRegels,
  ExtractSoort,
  MazMelding,
  PgbAanvraag,
  WachtlijstRegel,
} from '../../extracts/extract-rows.ts';
import type { GeparseerdExtract } from '../../extracts/parse-extract.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { Stand } from '../../indicators/stand.ts';
import type { Snapshot } from '../../indicators/wachtlijst-sectie.ts';
import type { ExtractLogStore, ExtractDataStore } from '../zorgplicht-store.ts';
import { isLaterCommit, winnendeMomentopname, type ZichtbaarExtract } from '../extract-log.ts';
import { batchWrite } from './batch-write.ts';
import { InhoudCache } from './versie-cache.ts';
import { rijenKey, rijenPk, rijenSkPrefix, versieFromRijenSk } from './keys.ts';
import { queryAll } from './query-all.ts';
import {
  type Codec,
  CODEC_VERSIE,
  codecVoor,
  DEFAULT_PAGINA_BYTES,
  decodePage,
  paginate,
} from './regel-codec.ts';

interface RijenPagina {
  readonly pk: string;
  readonly sk: string;
  readonly rijen: string;
}

/** The rows of an extract per region, in file order, encoded into pages. */
function paginasPerRegio(
  extract: GeparseerdExtract,
  paginaBytes: number,
): Array<{ regio: RegioCode; paginas: string[] }> {
  switch (extract.soort) {
    case 'wachtlijst':
      return groepeerInPaginas(extract.regels, codecVoor('wachtlijst'), paginaBytes);
    case 'pgb':
      return groepeerInPaginas(extract.regels, codecVoor('pgb'), paginaBytes);
    case 'maz':
      return groepeerInPaginas(extract.regels, codecVoor('maz'), paginaBytes);
  }
}

function groepeerInPaginas<R extends { readonly regio: RegioCode }>(
  regels: readonly R[],
  codec: Codec<R>,
  paginaBytes: number,
): Array<{ regio: RegioCode; paginas: string[] }> {
  const perRegio = new Map<RegioCode, R[]>();
  for (const regel of regels) {
    const lijst = perRegio.get(regel.regio);
    if (lijst) lijst.push(regel);
    else perRegio.set(regel.regio, [regel]);
  }
  return [...perRegio].map(([regio, lijst]) => ({ regio, paginas: paginate(lijst, codec, paginaBytes) }));
}

/** Orders two visible extracts: later peildatum first wins, then the later commit. */
function isNewer(a: ZichtbaarExtract, b: ZichtbaarExtract): boolean {
  return a.peildatum > b.peildatum || (a.peildatum === b.peildatum && isLaterCommit(a, b));
}

/**
 * The rows of extracts on DynamoDB, stored in pages per (kind, region, peildatum, extract).
 * Readers see only extracts that are committed (listed by `ExtractLogStore`): pages of an
 * unfinished ingest are never read as data.
 */
/** Rows kept decoded in memory per process (a national year is about half a million). */
const MAX_RIJEN_IN_CACHE = 600_000;

/** Which committed extracts a fold rests on: the same fingerprint means the same rows. */
function vingerafdruk(bronnen: Iterable<ZichtbaarExtract>): string {
  const delen = [...bronnen].map((z) => `${z.versie}@${z.volgnummer}`).sort();
  return createHash('sha256').update(delen.join(',')).digest('hex').slice(0, 24);
}

export class DynamoExtractData implements ExtractDataStore {
  /** Decoded rows of one extract version and region: they never change under that key. */
  private readonly momentopnamen = new InhoudCache<WachtlijstRegel[]>(MAX_RIJEN_IN_CACHE, (r) => r.length);
  /** Folded pgb/MAZ states, keyed by the extracts they were folded from. */
  private readonly standen = new InhoudCache<Stand<PgbAanvraag | MazMelding>>(
    MAX_RIJEN_IN_CACHE,
    (s) => s.regels.length,
  );

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly log: Pick<ExtractLogStore, 'listZichtbareExtracten'>,
    private readonly paginaBytes: number = DEFAULT_PAGINA_BYTES,
  ) {}

  async writeExtractRows(
    versie: string,
    extract: GeparseerdExtract,
    options: { onBatch?: (batchesWritten: number, batchesTotal: number) => void | Promise<void> } = {},
  ): Promise<void> {
    const requests = paginasPerRegio(extract, this.paginaBytes).flatMap(({ regio, paginas }) =>
      paginas.map((rijen, pagina) => ({
        PutRequest: {
          Item: {
            ...rijenKey(extract.soort, regio, extract.peildatum, versie, pagina),
            entiteit: 'rijen',
            soort: extract.soort,
            regio,
            peildatum: extract.peildatum,
            versie,
            pagina,
            v: CODEC_VERSIE,
            rijen,
          },
        },
      })),
    );
    await batchWrite(this.client, this.tableName, requests, { onBatch: options.onBatch });
  }

  async removeReplacedSnapshots(extract: GeparseerdExtract): Promise<void> {
    if (extract.soort !== 'wachtlijst') return;
    const zichtbaar = await this.log.listZichtbareExtracten('wachtlijst');
    const deletes: Array<{ DeleteRequest: { Key: { pk: string; sk: string } } }> = [];
    for (const regio of extract.regios) {
      const winnaar = winnendeMomentopname(zichtbaar, regio, extract.peildatum);
      if (!winnaar) continue;
      // Only committed snapshots that lost: they can win again only by a new commit
      // (`ingest --opnieuw`), which writes pages under a new version. Pages of an attempt that
      // has not committed have no visibility record and are never selected here.
      const vervangen = zichtbaar.filter(
        (z) => z.versie !== winnaar.versie && z.peildatum === extract.peildatum && z.regios.includes(regio),
      );
      for (const oud of vervangen) {
        const paginas = await this.queryPages(
          'wachtlijst',
          regio,
          rijenSkPrefix(extract.peildatum, oud.versie),
        );
        for (const pagina of paginas)
          deletes.push({ DeleteRequest: { Key: { pk: pagina.pk, sk: pagina.sk } } });
      }
    }
    await batchWrite(this.client, this.tableName, deletes);
  }

  async listWachtlijstPeildata(regio: RegioCode): Promise<CalendarDate[]> {
    const zichtbaar = await this.log.listZichtbareExtracten('wachtlijst');
    return [...new Set(zichtbaar.filter((z) => z.regios.includes(regio)).map((z) => z.peildatum))].sort();
  }

  async getWachtlijst(
    regio: RegioCode,
    peildatum: CalendarDate,
  ): Promise<readonly WachtlijstRegel[] | undefined> {
    return (await this.getMomentopname(regio, peildatum))?.regels;
  }

  async getMomentopname(regio: RegioCode, peildatum: CalendarDate): Promise<Snapshot | undefined> {
    const zichtbaar = await this.log.listZichtbareExtracten('wachtlijst');
    // The last committed snapshot of (region, peildatum) replaced the others.
    const winnaar = winnendeMomentopname(zichtbaar, regio, peildatum);
    if (!winnaar) return undefined;
    const sleutel = `${regio}|${peildatum}|${winnaar.versie}`;
    let regels = this.momentopnamen.get(sleutel);
    if (!regels) {
      const paginas = await this.queryPages('wachtlijst', regio, rijenSkPrefix(peildatum, winnaar.versie));
      regels = paginas.flatMap((p) => decodePage(p.rijen, codecVoor('wachtlijst'), regio));
      this.momentopnamen.set(sleutel, regels);
    }
    return { peildatum, regels, versie: winnaar.versie };
  }

  getPgbStand(regio: RegioCode, totEnMet?: CalendarDate): Promise<Stand<PgbAanvraag>> {
    return this.stand('pgb', regio, (r) => r.aanvraagId, totEnMet);
  }

  getMazStand(regio: RegioCode, totEnMet?: CalendarDate): Promise<Stand<MazMelding>> {
    return this.stand('maz', regio, (r) => r.mazId, totEnMet);
  }

  /**
   * Folds every visible extract of the region into one row per id: the row from the extract
   * with the latest peildatum wins (the later commit on equal peildata); an id absent from
   * later extracts keeps its last row.
   */
  private async stand<S extends 'pgb' | 'maz'>(
    soort: S,
    regio: RegioCode,
    idOf: (regel: ExtractRegels[S]) => string,
    totEnMet: CalendarDate | undefined,
  ): Promise<Stand<ExtractRegels[S]>> {
    const zichtbaar = new Map(
      (await this.log.listZichtbareExtracten(soort))
        .filter((z) => z.regios.includes(regio) && (totEnMet === undefined || z.peildatum <= totEnMet))
        .map((z) => [z.versie, z]),
    );
    if (zichtbaar.size === 0) return { peildatum: null, regels: [], versie: 'leeg' };
    const versie = vingerafdruk(zichtbaar.values());
    const sleutel = `${soort}|${regio}|${totEnMet ?? ''}|${versie}`;
    const bekend = this.standen.get(sleutel);
    // Stored under a key that includes the kind: the rows are of this kind.
    if (bekend) return bekend as Stand<ExtractRegels[S]>;
    let peildatum: CalendarDate | null = null;
    for (const z of zichtbaar.values())
      if (peildatum === null || z.peildatum > peildatum) peildatum = z.peildatum;

    const winnaars = new Map<string, { regel: ExtractRegels[S]; bron: ZichtbaarExtract }>();
    for (const pagina of await this.queryPages(soort, regio)) {
      const bron = zichtbaar.get(versieFromRijenSk(pagina.sk));
      if (!bron) continue; // an ingest that never committed, or was replaced
      for (const regel of decodePage(pagina.rijen, codecVoor(soort), regio)) {
        const id = idOf(regel);
        const huidig = winnaars.get(id);
        if (!huidig || isNewer(bron, huidig.bron)) winnaars.set(id, { regel, bron });
      }
    }
    const stand: Stand<ExtractRegels[S]> = {
      peildatum,
      regels: [...winnaars.values()].map((w) => w.regel),
      versie,
    };
    this.standen.set(sleutel, stand);
    return stand;
  }

  private queryPages(soort: ExtractSoort, regio: RegioCode, skPrefix?: string): Promise<RijenPagina[]> {
    return queryAll<RijenPagina>(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: skPrefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
      ExpressionAttributeValues: skPrefix
        ? { ':pk': rijenPk(soort, regio), ':prefix': skPrefix }
        : { ':pk': rijenPk(soort, regio) },
      ProjectionExpression: 'pk, sk, rijen',
      ConsistentRead: true,
    });
  }
}
