import { type CalendarDate, monthOf } from '../calendar/calendar-date.ts';
import type { MazMelding, PgbAanvraag, WachtlijstRegel } from '../extracts/extract-rows.ts';
import { LEVERINGSVORM_DEFINITIES, type Leveringsvorm } from '../reference/leveringsvorm.ts';
import type { Sector } from '../reference/sector.ts';
import { WACHTSTATUS_DEFINITIES, type Wachtstatus } from '../reference/wachtstatus.ts';
import type { CsvOpmaak } from './csv-bestand-schrijver.ts';
import { KOLOMMEN } from '../extracts/extract-kolommen.ts';
import type { ExtractSoort } from '../extracts/extract-rows.ts';

/**
 * How the demo writes each kind of extract. The three kinds deliberately use the freedom the
 * contract gives (§1), the way different source systems would:
 * - wachtlijst: Dutch Excel: `;`, UTF-8 BOM, CRLF, dates DD-MM-YYYY, wachtstatus as COD167
 *   code, booleans J/N, and in some regions sector synonyms (`V&V`, `VG`, `LG`);
 * - pgb: `,`, LF, ISO dates;
 * - maz: `,`, LF, ISO dates; leveringsvorm as COD578 code (booleans 1/0) in even months,
 *   as name (booleans true/false) in odd months.
 * Header names are the contract's, lower case.
 */
export interface ExtractOpmaak extends CsvOpmaak {
  readonly kolommen: readonly string[];
}

/** Every column of the kind, required and optional, in the contract's order. */
const kolomNamen = (soort: ExtractSoort): string[] => KOLOMMEN[soort].map((k) => k.naam);

export const WACHTLIJST_OPMAAK: ExtractOpmaak = {
  scheidingsteken: ';',
  bom: true,
  regeleinde: '\r\n',
  kolommen: kolomNamen('wachtlijst'),
};

export const PGB_OPMAAK: ExtractOpmaak = {
  scheidingsteken: ',',
  bom: false,
  regeleinde: '\n',
  kolommen: kolomNamen('pgb'),
};

export const MAZ_OPMAAK: ExtractOpmaak = {
  scheidingsteken: ',',
  bom: false,
  regeleinde: '\n',
  kolommen: kolomNamen('maz'),
};

const WACHTSTATUS_CODE = new Map<Wachtstatus, string>(WACHTSTATUS_DEFINITIES.map((d) => [d.naam, d.code]));
const LEVERINGSVORM_CODE = new Map<Leveringsvorm, string>(
  LEVERINGSVORM_DEFINITIES.map((d) => [d.naam, d.code]),
);

function nederlandseDatum(datum: CalendarDate): string {
  return `${datum.slice(8, 10)}-${datum.slice(5, 7)}-${datum.slice(0, 4)}`;
}

/** The sector as a system with synonyms writes it: `V&V`, and for GHZ the grondslag of the zorgprofiel. */
function sectorSynoniem(sector: Sector, zorgprofiel: string | undefined): string {
  if (sector === 'VV') return 'V&V';
  if (sector === 'GHZ') {
    if (zorgprofiel?.startsWith('VG')) return 'VG';
    if (zorgprofiel?.startsWith('LG')) return 'LG';
  }
  return sector;
}

export function wachtlijstVelden(
  regel: WachtlijstRegel,
  peildatum: CalendarDate,
  sectorSynoniemen: boolean,
): string[] {
  return [
    nederlandseDatum(peildatum),
    regel.regio,
    regel.clientId,
    sectorSynoniemen ? sectorSynoniem(regel.sector, regel.zorgprofiel) : regel.sector,
    regel.zorgprofiel ?? '',
    WACHTSTATUS_CODE.get(regel.wachtstatus) ?? regel.wachtstatus,
    regel.classificatie,
    nederlandseDatum(regel.ingangsdatumStatus),
    regel.zorgTijdensWachten ? 'J' : 'N',
    regel.overbruggingSinds ? nederlandseDatum(regel.overbruggingSinds) : '',
    regel.voorkeursaanbieder ?? '',
  ];
}

export function pgbVelden(regel: PgbAanvraag, peildatum: CalendarDate): string[] {
  return [
    peildatum,
    regel.regio,
    regel.clientId,
    regel.aanvraagId,
    regel.sector ?? '',
    regel.ontvangstdatum,
    regel.besluitdatum ?? '',
    regel.besluit ?? '',
  ];
}

/** The maz extract of this peildatum writes leveringsvorm as a code (even months) or a name (odd months). */
export function mazMetCodes(peildatum: CalendarDate): boolean {
  return Number(monthOf(peildatum).slice(5, 7)) % 2 === 0;
}

export function mazVelden(regel: MazMelding, peildatum: CalendarDate, metCodes: boolean): string[] {
  let uitval = '';
  if (regel.uitval !== undefined) uitval = metCodes ? (regel.uitval ? '1' : '0') : String(regel.uitval);
  return [
    peildatum,
    regel.regio,
    regel.clientId,
    regel.mazId,
    metCodes ? (LEVERINGSVORM_CODE.get(regel.leveringsvorm) ?? regel.leveringsvorm) : regel.leveringsvorm,
    regel.aanvangsdatumZorg,
    regel.verwerkingsdatumCak ?? '',
    uitval,
  ];
}
