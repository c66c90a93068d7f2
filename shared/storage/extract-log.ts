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
  /** Where the original (or its BSN-redacted copy) and the report are kept. */
  readonly archief?: string | undefined;
}

/** Who is writing an extract now, so a crashed attempt can be taken over. */
export interface IngestEigenaar {
  readonly poging: string;
  readonly host: string;
  readonly pid: number;
  /** ISO timestamp after which another process may take over. */
  readonly totUiterlijk: string;
}

/** A committed extract: what readers may see. */
export interface ZichtbaarExtract {
  readonly hash: string;
  readonly soort: ExtractSoort;
  readonly regios: readonly RegioCode[];
  readonly peildatum: CalendarDate;
  readonly rijen: number;
  /** Commit time (ISO); among extracts for the same region and peildatum the latest wins. */
  readonly zichtbaarOp: string;
}
