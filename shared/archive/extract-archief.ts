import type { BsnRedactie } from '../extracts/bsn-redactie.ts';
import { shownFileName } from '../extracts/shown-text.ts';
import type { Tekenset } from '../extracts/tekenset.ts';
import type { IngestRapport } from '../extracts/ingest-rapport.ts';

export type ArchiefMap = 'verwerkt' | 'afgewezen';

export interface ArchiefInvoer {
  /** The file's content, exactly the bytes that were hashed and parsed. */
  readonly bytes: Buffer;
  readonly rapport: IngestRapport;
  readonly map: ArchiefMap;
}

/**
 * Keeps every ingested file with its report, so nothing is lost: locally under
 * `DATA_DIR/archief/{verwerkt,afgewezen}/`, in AWS under the landing bucket's
 * `verwerkt/` and `afgewezen/` prefixes. Archiving the same content again overwrites the
 * same entry. Returns where the file is kept.
 *
 * No archived copy holds a BSN-like value: every file, accepted or refused, is kept with
 * each BSN-like number replaced by `[BSN verwijderd]` (`redactBsn`). A file that cannot be
 * read reliably enough for that (a spreadsheet, binary data) is not kept: only its report,
 * which says so (`inhoudBewaard: false` and the reason); the returned location is then the
 * report's.
 */
export interface ExtractArchief {
  bewaar(invoer: ArchiefInvoer): Promise<string>;
}

/** `<hash12>_<name>`: the same content lands on the same name; a BSN-like number in the name is masked. */
export function archiefNaam(rapport: IngestRapport): string {
  const veilig = shownFileName(rapport.bestandsnaam).replace(/[^\w.-]+/g, '_');
  return `${rapport.hash.slice(0, 12)}_${veilig}`;
}

/**
 * The report kept beside an archived file: the ingest report plus what the archive kept;
 * `bsnVerwijderd` says whether the kept copy had BSN-like numbers replaced.
 */
export interface ArchiefRapport extends IngestRapport {
  readonly archief: string;
  /** Whether the file's (redacted) content is kept, or only this report. */
  readonly inhoudBewaard: boolean;
  /** The character set the content was read and kept in. */
  readonly tekenset?: Tekenset;
  /** Why only the report is kept (Dutch). */
  readonly inhoudNietBewaardOmdat?: string;
}

export function archiefRapport(
  rapport: IngestRapport,
  archief: string,
  redactie: BsnRedactie,
): ArchiefRapport {
  const basis = { ...rapport, bestandsnaam: shownFileName(rapport.bestandsnaam), archief };
  if (!redactie.bewaard) {
    return {
      ...basis,
      bsnVerwijderd: false,
      inhoudBewaard: false,
      inhoudNietBewaardOmdat: `${redactie.reden}; daarom is alleen dit rapport bewaard en niet de inhoud van het bestand`,
    };
  }
  return {
    ...basis,
    bsnVerwijderd: redactie.verwijderd > 0,
    inhoudBewaard: true,
    tekenset: redactie.tekenset,
  };
}

/** The report as it is written beside the file. */
export function archiefRapportJson(rapport: ArchiefRapport): string {
  return `${JSON.stringify(rapport, null, 2)}\n`;
}
