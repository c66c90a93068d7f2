import { maskBsnInText } from '../reference/bsn-in-tekst.ts';
import { showStuurtekens } from '../reference/stuurtekens.ts';

/**
 * Text from an extract made safe to show and to keep: BSN-like numbers masked (`123******`)
 * and invisible or control characters written out (`<U+001B>`), so that no BSN reaches a
 * report, a log or the store and nothing from a file steers a terminal.
 */
export function shownText(text: string): string {
  return showStuurtekens(maskBsnInText(text));
}

/**
 * A file name as it is recorded: in the ingest log, the report, the archive name and log
 * lines. A name such as `lijst-123456782.csv` becomes `lijst-123******.csv`.
 */
export function shownFileName(naam: string): string {
  return shownText(naam);
}
