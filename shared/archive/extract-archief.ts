import type { Scheidingsteken } from '../extracts/csv-records.ts';
import type { IngestRapport } from '../ingest/ingest-rapport.ts';

export type ArchiefMap = 'verwerkt' | 'afgewezen';

export interface ArchiefInvoer {
  /** The file's content, exactly as it was hashed and parsed. */
  readonly bytes: Buffer;
  readonly rapport: IngestRapport;
  readonly map: ArchiefMap;
  /** When set, the file holds BSN-like values: only a redacted copy is kept. */
  readonly bsnRedactie?: { readonly scheidingsteken: Scheidingsteken } | undefined;
}

/**
 * Keeps every ingested file with its report, so nothing is lost: locally under
 * `DATA_DIR/archief/{verwerkt,afgewezen}/`, in AWS under the landing bucket's
 * `verwerkt/` and `afgewezen/` prefixes. Archiving the same content again overwrites the
 * same entry. Returns where the file is kept.
 */
export interface ExtractArchief {
  bewaar(invoer: ArchiefInvoer): Promise<string>;
}

/** `<hash12>_<name>`: the same content lands on the same name. */
export function archiefNaam(rapport: IngestRapport): string {
  const veilig = rapport.bestandsnaam.replace(/[^\w.-]+/g, '_');
  return `${rapport.hash.slice(0, 12)}_${veilig}`;
}
