import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { ExtractFout } from '../extracts/extract-fout.ts';
import type { ExtractSoort } from '../extracts/extract-rows.ts';
import type { FoutGroep } from '../extracts/fout-verzameling.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';

/**
 * Status of an extract in the ingest log:
 * - `bezig`: being written; not visible to any reader;
 * - `verwerkt`: committed and visible as a whole;
 * - `afgewezen`: refused; nothing of it is visible;
 * - `onderbroken`: an attempt failed half-way; nothing visible, ingesting again completes it.
 */
export type ExtractStatus = 'bezig' | 'verwerkt' | 'afgewezen' | 'onderbroken';

/**
 * At most this many errors are kept in the log entry; the archived report holds the first of
 * each kind and the summary of all of them (`FoutVerzameling`).
 */
export const MAX_FOUTEN_IN_LOG = 200;

/** One file in the ingest log (keyed by the SHA-256 of its content). */
export interface ExtractLogRegel {
  readonly hash: string;
  readonly bestandsnaam: string;
  readonly soort: ExtractSoort | undefined;
  readonly regios: readonly RegioCode[];
  readonly peildatum: CalendarDate | undefined;
  readonly rijen: number;
  readonly status: ExtractStatus;
  readonly fouten: readonly ExtractFout[];
  readonly foutAantal: number;
  /** Per region, column and kind of error: how many, and the first rows (set for a refused file). */
  readonly foutSamenvatting?: readonly FoutGroep[] | undefined;
  readonly waarschuwingen: readonly string[];
  /** First time this content arrived (ISO timestamp). */
  readonly ontvangenOp: string;
  /** Last status change (ISO timestamp). */
  readonly bijgewerktOp: string;
  readonly pogingen: number;
  /**
   * How often this content was made current: 0 for the first commit, +1 for each
   * `ingest --opnieuw` (each generation commits under its own `versie`, see `extractVersie`).
   */
  readonly generatie: number;
  /** Rows per region, for the region-filtered log and the "vervangt" warning. */
  readonly rijenPerRegio?: Readonly<Partial<Record<RegioCode, number>>> | undefined;
  /** Where the original (or its BSN-redacted copy) and the report are kept. */
  readonly archief?: string | undefined;
  /** Why the last attempt broke off (status `onderbroken`), in Dutch. */
  readonly onderbrokenReden?: string | undefined;
}

/** Who is writing an extract now, so a crashed attempt can be taken over. */
export interface IngestEigenaar {
  readonly poging: string;
  readonly host: string;
  readonly pid: number;
  /** ISO timestamp after which another process may take over. */
  readonly totUiterlijk: string;
}

/**
 * The key under which one generation of an extract's rows is stored and committed: the content
 * hash for the first commit, `<hash>.<generatie>` for a later `ingest --opnieuw`, so that a
 * re-commit writes fresh pages that no clean-up of the earlier generation can touch.
 */
export function extractVersie(hash: string, generatie: number): string {
  return generatie === 0 ? hash : `${hash}.${generatie}`;
}

/** A committed extract: what readers may see. */
export interface ZichtbaarExtract {
  readonly hash: string;
  /** Key of the committed rows (see `extractVersie`). */
  readonly versie: string;
  readonly soort: ExtractSoort;
  readonly bestandsnaam: string;
  readonly regios: readonly RegioCode[];
  readonly peildatum: CalendarDate;
  readonly rijen: number;
  readonly rijenPerRegio: Readonly<Partial<Record<RegioCode, number>>>;
  /**
   * Commit order per kind, from an atomic counter taken just before the commit: among extracts
   * for the same region and peildatum the highest wins. Never the wall clock, which two
   * processes can share to the millisecond and which can step back.
   */
  readonly volgnummer: number;
  /** Commit time (ISO), for people; not used to order. */
  readonly zichtbaarOp: string;
}

/** Of two visible extracts, whether `a` was committed after `b`. */
export function isLaterCommit(a: ZichtbaarExtract, b: ZichtbaarExtract): boolean {
  return a.volgnummer > b.volgnummer;
}

/** The committed snapshot of (region, peildatum) that readers see: the latest commit. */
export function winnendeMomentopname(
  zichtbaar: readonly ZichtbaarExtract[],
  regio: RegioCode,
  peildatum: CalendarDate,
): ZichtbaarExtract | undefined {
  let winnaar: ZichtbaarExtract | undefined;
  for (const z of zichtbaar) {
    if (z.peildatum !== peildatum || !z.regios.includes(regio)) continue;
    if (!winnaar || isLaterCommit(z, winnaar)) winnaar = z;
  }
  return winnaar;
}
