import type { CalendarDate, CalendarMonth } from '../calendar/calendar-date.ts';
import type { ExtractSoort, MazMelding, PgbAanvraag, WachtlijstRegel } from '../extracts/extract-rows.ts';
import type { GeparseerdExtract } from '../extracts/parse-extract.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import type { SeinAanpassing, SeinOordeel } from '../seinen/sein-aanpassing.ts';
import type { ExtractLogRegel, IngestEigenaar, ZichtbaarExtract } from './extract-log.ts';

export type BeginUitkomst =
  | { readonly soort: 'begonnen'; readonly pogingen: number; readonly ontvangenOp: string }
  | { readonly soort: 'al verwerkt'; readonly regel: ExtractLogRegel }
  | { readonly soort: 'bezig'; readonly eigenaar: IngestEigenaar };

/** The ingest log and the commit protocol that makes an extract visible whole or not at all. */
export interface ExtractLogStore {
  getExtractLog(hash: string): Promise<ExtractLogRegel | undefined>;
  /** Newest first; with `regio`, only files that hold rows of that region. */
  listExtractLog(options?: { regio?: RegioCode; limit?: number }): Promise<ExtractLogRegel[]>;
  /** Records a refused file (all its errors, up to MAX_FOUTEN_IN_LOG, are kept). */
  recordAfgewezen(regel: ExtractLogRegel): Promise<void>;
  /**
   * Claims the extract for writing. `al verwerkt` when it is committed; `bezig` when another
   * live process holds it. A crashed or interrupted attempt is taken over.
   */
  beginIngest(
    regel: ExtractLogRegel,
    eigenaar: IngestEigenaar,
    isAlive: (eigenaar: IngestEigenaar) => boolean,
  ): Promise<BeginUitkomst>;
  /** The commit point: after this one write the extract is visible as a whole. */
  commitIngest(regel: ExtractLogRegel, eigenaar: IngestEigenaar): Promise<ExtractLogRegel>;
  /** Releases a failed attempt: nothing becomes visible; ingesting again completes it. */
  markOnderbroken(hash: string, eigenaar: IngestEigenaar, reden: string): Promise<void>;
  /** Committed extracts of a kind, oldest commit first. */
  listZichtbareExtracten(soort: ExtractSoort): Promise<ZichtbaarExtract[]>;
}

/** The rows of the extracts, written before the commit and read through it. */
export interface ExtractDataStore {
  /** Writes the rows of an extract (idempotent: the same extract writes the same items). */
  writeExtractRows(
    hash: string,
    extract: GeparseerdExtract,
    options?: { onBatch?: (batchesWritten: number, batchesTotal: number) => void | Promise<void> },
  ): Promise<void>;
  /** After a wachtlijst commit: removes the rows of snapshots it replaced. */
  removeReplacedSnapshots(hash: string, extract: GeparseerdExtract): Promise<void>;
  /** Peildata with a visible wachtlijst snapshot for the region, oldest first. */
  listWachtlijstPeildata(regio: RegioCode): Promise<CalendarDate[]>;
  getWachtlijst(regio: RegioCode, peildatum: CalendarDate): Promise<WachtlijstRegel[] | undefined>;
  /**
   * The state of the region's pgb applications: per application the row with the latest
   * peildatum wins. With `totEnMet`, only extracts with a peildatum on or before that date
   * count (the state as it was then).
   */
  getPgbStand(regio: RegioCode, totEnMet?: CalendarDate): Promise<Stand<PgbAanvraag>>;
  getMazStand(regio: RegioCode, totEnMet?: CalendarDate): Promise<Stand<MazMelding>>;
}

/** The state of a kind for a region: its latest peildatum and one row per id. */
export interface Stand<R> {
  /** The region's latest peildatum for this kind; null without data. */
  readonly peildatum: CalendarDate | null;
  readonly regels: readonly R[];
}

/** Manual overrides of computed seinen and the judged seinen, with their whole history. */
export interface SeinStore {
  saveSeinAanpassing(aanpassing: SeinAanpassing): Promise<void>;
  /** Oldest first; with `maand`, only that month. */
  listSeinAanpassingen(regio: RegioCode, maand?: CalendarMonth): Promise<SeinAanpassing[]>;
  saveSeinOordeel(oordeel: SeinOordeel): Promise<void>;
  /** Oldest first; with `jaar`, only that year. */
  listSeinOordelen(regio: RegioCode, jaar?: number): Promise<SeinOordeel[]>;
}

/** Everything the product keeps, behind one interface (DynamoDB in AWS, dynalite locally). */
export interface ZorgplichtStore extends ExtractLogStore, ExtractDataStore, SeinStore {}
