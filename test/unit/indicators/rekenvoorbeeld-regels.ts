/**
 * Rows written the way the worked examples of docs/rekenregels.md show them: region 5517 and
 * literal dates, so that a test reads like the document's tables.
 */
import { type CalendarDate, calendarDate } from '../../../shared/calendar/calendar-date.ts';
import type { MazMelding, PgbAanvraag, WachtlijstRegel } from '../../../shared/extracts/extract-rows.ts';
import type { Leveringsvorm } from '../../../shared/reference/leveringsvorm.ts';
import type { Sector } from '../../../shared/reference/sector.ts';
import type { Wachtstatus } from '../../../shared/reference/wachtstatus.ts';
import type { RegioCode } from '../../../shared/reference/zorgkantoorregio.ts';

export const R = '5517' as RegioCode;
export const d = (text: string): CalendarDate => calendarDate(text);

export const wacht = (
  clientId: string,
  sector: Sector,
  wachtstatus: Wachtstatus,
  classificatie: string,
  ingang: string,
  zorg: boolean,
): WachtlijstRegel => ({
  regio: R,
  clientId,
  sector,
  wachtstatus,
  classificatie,
  ingangsdatumStatus: d(ingang),
  zorgTijdensWachten: zorg,
});

export const pgb = (
  id: string,
  ontvangst: string,
  besluit?: [string, PgbAanvraag['besluit']],
): PgbAanvraag => ({
  regio: R,
  clientId: id,
  aanvraagId: id,
  ontvangstdatum: d(ontvangst),
  besluitdatum: besluit ? d(besluit[0]) : undefined,
  besluit: besluit?.[1],
});

export const maz = (id: string, vorm: Leveringsvorm, aanvang: string, verwerkt?: string): MazMelding => ({
  regio: R,
  clientId: id,
  mazId: id,
  leveringsvorm: vorm,
  aanvangsdatumZorg: d(aanvang),
  verwerkingsdatumCak: verwerkt ? d(verwerkt) : undefined,
});
