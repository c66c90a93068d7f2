import type { CalendarDate, CalendarMonth } from '../calendar/calendar-date.ts';
import type { ExtractSoort, MazMelding, PgbAanvraag, WachtlijstRegel } from '../extracts/extract-rows.ts';
import type { GeparseerdExtract } from '../extracts/parse-extract.ts';
import type { Stand } from '../indicators/stand.ts';
import type { Snapshot } from '../indicators/wachtlijst-sectie.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import type { SeinAanpassing, SeinOordeel } from '../seinen/sein-aanpassing.ts';
import type { AbonnementStore } from './abonnement-store.ts';
import type { ExtractLogRegel, IngestEigenaar, ZichtbaarExtract } from './extract-log.ts';
import type { NormenVersieStore } from './normen-versie-store.ts';
import type { MailInstellingenStore } from './mail-instellingen-store.ts';
import type { ToegangslogStore } from './toegangslog-store.ts';
import type { VerzendingStore } from './verzending-store.ts';

export type BeginUitkomst =
  | {
      readonly soort: 'begonnen';
      readonly pogingen: number;
      readonly ontvangenOp: string;
      /** The generation this attempt commits (see `ExtractLogRegel.generatie`). */
      readonly generatie: number;
    }
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
   * Records an attempt that broke off before it could claim the extract (the file could not be
   * read or archived). Leaves a committed or claimed entry alone.
   */
  recordOnderbroken(regel: ExtractLogRegel): Promise<void>;
  /**
   * Claims the extract for writing. `al verwerkt` when it is committed (unless `opnieuw`: then
   * the claim starts the next generation); `bezig` when another live process holds it. A crashed
   * or interrupted attempt is taken over and completes its own generation.
   */
  beginIngest(
    regel: ExtractLogRegel,
    eigenaar: IngestEigenaar,
    isAlive: (eigenaar: IngestEigenaar) => boolean,
    options?: { readonly opnieuw?: boolean },
  ): Promise<BeginUitkomst>;
  /**
   * The commit point: takes the next sequence number of the kind, then makes the extract
   * visible as a whole with one conditional write. A commit that an earlier attempt already
   * made is kept as it was.
   */
  commitIngest(
    regel: ExtractLogRegel,
    eigenaar: IngestEigenaar,
  ): Promise<{ readonly regel: ExtractLogRegel; readonly zichtbaar: ZichtbaarExtract }>;
  /** Releases a failed attempt: nothing becomes visible; ingesting again completes it. */
  markOnderbroken(hash: string, eigenaar: IngestEigenaar, reden: string): Promise<void>;
  /** Committed extracts of a kind, in commit order (`volgnummer`). */
  listZichtbareExtracten(soort: ExtractSoort): Promise<ZichtbaarExtract[]>;
}

/** The rows of the extracts, written before the commit and read through it. */
export interface ExtractDataStore {
  /** Writes the rows of an extract version (idempotent: the same version writes the same items). */
  writeExtractRows(
    versie: string,
    extract: GeparseerdExtract,
    options?: { onBatch?: (batchesWritten: number, batchesTotal: number) => void | Promise<void> },
  ): Promise<void>;
  /**
   * After a wachtlijst commit: for each (region, peildatum) of the extract, removes the rows of
   * every committed snapshot that can no longer win (all but the highest sequence number).
   * Rows of attempts that have not committed are never touched.
   */
  removeReplacedSnapshots(extract: GeparseerdExtract): Promise<void>;
  /** Peildata with a visible wachtlijst snapshot for the region, oldest first. */
  listWachtlijstPeildata(regio: RegioCode): Promise<CalendarDate[]>;
  getWachtlijst(regio: RegioCode, peildatum: CalendarDate): Promise<readonly WachtlijstRegel[] | undefined>;
  /** The snapshot of (region, peildatum) readers see, with the extract version it comes from. */
  getMomentopname(regio: RegioCode, peildatum: CalendarDate): Promise<Snapshot | undefined>;
  /**
   * The state of the region's pgb applications: per application the row with the latest
   * peildatum wins. With `totEnMet`, only extracts with a peildatum on or before that date
   * count (the state as it was then).
   */
  getPgbStand(regio: RegioCode, totEnMet?: CalendarDate): Promise<Stand<PgbAanvraag>>;
  getMazStand(regio: RegioCode, totEnMet?: CalendarDate): Promise<Stand<MazMelding>>;
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

/**
 * A counter that goes up with every change a reader could see (an extract committed, an
 * override or judged sein saved, a norms version stored). Processes that keep answers in memory
 * compare it, at most once a second, to know when to forget them.
 */
export interface DataVersieStore {
  current(): Promise<number>;
}

/**
 * Everything the product keeps, as parts (DynamoDB in AWS, dynalite locally): each use case
 * takes the parts it needs. A new part is an interface in its own file, its implementation, and
 * one field here and in `createDynamoStore`.
 */
export interface ZorgplichtStore {
  readonly extractLog: ExtractLogStore;
  readonly extractData: ExtractDataStore;
  readonly seinen: SeinStore;
  readonly normenVersies: NormenVersieStore;
  readonly dataVersie: DataVersieStore;
  readonly abonnementen: AbonnementStore;
  readonly verzendingen: VerzendingStore;
  readonly toegangslog: ToegangslogStore;
  readonly mailInstellingen: MailInstellingenStore;
}
