import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import { looksLikeBsn } from '../reference/bsn.ts';
import { normaliseKolomNaam } from './extract-kolommen.ts';
import type { Scheidingsteken } from './csv-records.ts';

export const BSN_VERWIJDERD = '[BSN verwijderd]';

/** True when any cell of the record is 9 digits that pass the elfproef. */
export function containsBsnLikeCell(velden: readonly string[]): boolean {
  for (const veld of velden) {
    if (veld.length >= 9 && veld.length <= 11 && looksLikeBsn(veld)) return true;
  }
  return false;
}

/**
 * Copies a CSV file with every BSN-like cell, and every cell of a `bsn` column, replaced by
 * `[BSN verwijderd]`, so that the archive keeps the file without keeping a BSN. Rows and
 * columns stay where they were; quoting may differ from the original.
 */
export async function writeBsnRedactedCopy(
  source: Readable,
  target: Writable,
  scheidingsteken: Scheidingsteken,
): Promise<void> {
  let bsnKolom: number | undefined;
  let header = true;
  await pipeline(
    source,
    parse({ delimiter: scheidingsteken, bom: true, relax_column_count: true, skip_empty_lines: false }),
    async function* (records: AsyncIterable<string[]>) {
      for await (const velden of records) {
        if (header) {
          header = false;
          const index = velden.findIndex((v) => normaliseKolomNaam(v) === 'bsn');
          bsnKolom = index === -1 ? undefined : index;
          yield velden;
          continue;
        }
        yield velden.map((veld, i) => (i === bsnKolom || looksLikeBsn(veld) ? BSN_VERWIJDERD : veld));
      }
    },
    stringify({ delimiter: scheidingsteken, record_delimiter: 'windows' }),
    target,
  );
}
