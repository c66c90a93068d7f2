import { stringify } from 'csv-stringify/sync';
import { formatDatum } from '../text/dutch-format.ts';
import type { SignaalRegel } from './signaal-regel.ts';

/**
 * Dutch column headers of the 75%-lijst as CSV, with the JSON field each one holds; dates as
 * DD-MM-JJJJ, as Dutch Excel reads and shows them (the JSON keeps ISO dates).
 */
const KOLOMMEN: ReadonlyArray<readonly [string, (r: SignaalRegel) => string | number | undefined]> = [
  ['Soort', (r) => r.soort],
  ['Client-id', (r) => r.client_id],
  ['Categorie', (r) => r.categorie],
  ['Dagen', (r) => r.dagen],
  ['Normdagen', (r) => r.normDagen],
  ['Wachtstatus', (r) => r.wachtstatus],
  ['Classificatie', (r) => r.classificatie],
  ['Sector', (r) => r.sector],
  ['Zorg tijdens wachten', (r) => janee(r.zorgTijdensWachten)],
  ['Aanvraag-id', (r) => r.aanvraag_id],
  ['MAZ-id', (r) => r.maz_id],
  ['Leveringsvorm', (r) => r.leveringsvorm],
  ['Uitval', (r) => janee(r.uitval)],
  ['Startdatum', (r) => formatDatum(r.startdatum)],
  ['Deadline', (r) => formatDatum(r.deadline)],
  ['Peildatum', (r) => formatDatum(r.peildatum)],
];

function janee(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? 'ja' : 'nee';
}

/**
 * A cell that a spreadsheet would run as a formula (starting with =, +, -, @, or a tab or
 * carriage return) gets a leading apostrophe.
 */
export function neutraliseerCel(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The 75%-lijst as CSV for Dutch Excel: `;`, UTF-8 BOM, CRLF, formula-safe cells. */
export function signaallijstCsv(regels: readonly SignaalRegel[]): string {
  const records = regels.map((r) => KOLOMMEN.map(([, waarde]) => neutraliseerCel(String(waarde(r) ?? ''))));
  return stringify([KOLOMMEN.map(([kop]) => kop), ...records], {
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
  });
}
