import type { CalendarDate } from '../../calendar/calendar-date.ts';
import type {
  ExtractRegels,
  ExtractSoort,
  MazMelding,
  PgbAanvraag,
  PgbBesluit,
  WachtlijstRegel,
} from '../../extracts/extract-rows.ts';
import type { Leveringsvorm } from '../../reference/leveringsvorm.ts';
import type { Sector } from '../../reference/sector.ts';
import type { Wachtstatus } from '../../reference/wachtstatus.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';

/**
 * Rows are stored in pages: one item holds many rows of one extract and region as a JSON
 * array of tuples (fixed field order per kind, '' for empty). The region and peildatum are
 * on the page, not repeated per row. `CODEC_VERSIE` is stored with each page.
 */
export const CODEC_VERSIE = 1;

type Tuple = ReadonlyArray<string | number>;

export interface Codec<R> {
  encode(regel: R): Tuple;
  decode(tuple: Tuple, regio: RegioCode): R;
}

const opt = (value: string | undefined): string => value ?? '';
const back = <T extends string>(value: string | number | undefined): T | undefined =>
  value === '' || value === undefined ? undefined : (String(value) as T);

const wachtlijstCodec: Codec<WachtlijstRegel> = {
  encode: (r) => [
    r.clientId,
    r.sector,
    opt(r.zorgprofiel),
    r.wachtstatus,
    r.classificatie,
    r.ingangsdatumStatus,
    r.zorgTijdensWachten ? 1 : 0,
    opt(r.overbruggingSinds),
    opt(r.voorkeursaanbieder),
  ],
  decode: (t, regio) => ({
    regio,
    clientId: String(t[0]),
    sector: String(t[1]) as Sector,
    zorgprofiel: back(t[2]),
    wachtstatus: String(t[3]) as Wachtstatus,
    classificatie: String(t[4]),
    ingangsdatumStatus: String(t[5]) as CalendarDate,
    zorgTijdensWachten: t[6] === 1,
    overbruggingSinds: back<CalendarDate>(t[7]),
    voorkeursaanbieder: back(t[8]),
  }),
};

const pgbCodec: Codec<PgbAanvraag> = {
  encode: (r) => [
    r.clientId,
    r.aanvraagId,
    opt(r.sector),
    r.ontvangstdatum,
    opt(r.besluitdatum),
    opt(r.besluit),
  ],
  decode: (t, regio) => ({
    regio,
    clientId: String(t[0]),
    aanvraagId: String(t[1]),
    sector: back<Sector>(t[2]),
    ontvangstdatum: String(t[3]) as CalendarDate,
    besluitdatum: back<CalendarDate>(t[4]),
    besluit: back<PgbBesluit>(t[5]),
  }),
};

const mazCodec: Codec<MazMelding> = {
  encode: (r) => [
    r.clientId,
    r.mazId,
    r.leveringsvorm,
    r.aanvangsdatumZorg,
    opt(r.verwerkingsdatumCak),
    r.uitval === undefined ? '' : r.uitval ? 1 : 0,
  ],
  decode: (t, regio) => ({
    regio,
    clientId: String(t[0]),
    mazId: String(t[1]),
    leveringsvorm: String(t[2]) as Leveringsvorm,
    aanvangsdatumZorg: String(t[3]) as CalendarDate,
    verwerkingsdatumCak: back<CalendarDate>(t[4]),
    uitval: t[5] === '' ? undefined : t[5] === 1,
  }),
};

const CODECS: { readonly [S in ExtractSoort]: Codec<ExtractRegels[S]> } = {
  wachtlijst: wachtlijstCodec,
  pgb: pgbCodec,
  maz: mazCodec,
};

/** The codec of a kind; TypeScript cannot follow a lookup by a generic key, hence the one cast. */
export function codecVoor<S extends ExtractSoort>(soort: S): Codec<ExtractRegels[S]> {
  return CODECS[soort];
}

/** About 64 KB of JSON per page: far below DynamoDB's 400 KB item limit, 25 pages per BatchWrite. */
export const DEFAULT_PAGINA_BYTES = 64 * 1024;

/** Splits rows into pages of at most `maxBytes` JSON (a single oversized row gets a page of its own). */
export function paginate<R>(regels: readonly R[], codec: Codec<R>, maxBytes: number): string[] {
  const pages: string[] = [];
  let current: string[] = [];
  let size = 2;
  for (const regel of regels) {
    const json = JSON.stringify(codec.encode(regel));
    if (current.length > 0 && size + json.length + 1 > maxBytes) {
      pages.push(`[${current.join(',')}]`);
      current = [];
      size = 2;
    }
    current.push(json);
    size += json.length + 1;
  }
  if (current.length > 0) pages.push(`[${current.join(',')}]`);
  return pages;
}

export function decodePage<R>(json: string, codec: Codec<R>, regio: RegioCode): R[] {
  return (JSON.parse(json) as Tuple[]).map((tuple) => codec.decode(tuple, regio));
}
