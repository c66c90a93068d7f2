import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { ExtractSoort } from '../extracts/extract-rows.ts';
import type { Leveringsvorm } from '../reference/leveringsvorm.ts';
import type { Sector } from '../reference/sector.ts';
import type { Wachtstatus } from '../reference/wachtstatus.ts';

export type SignaalCategorie = 'dreigend' | 'overschreden';

/**
 * One line of the 75%-lijst (contracts §3, §4): a waiting client or an open pgb application or
 * MAZ at or past `signaalFractie` of its norm. Client-level data: never shown to toezicht.
 */
export interface SignaalRegel {
  readonly soort: ExtractSoort;
  readonly client_id: string;
  readonly categorie: SignaalCategorie;
  /** Days on the clock at the peildatum: wachtdagen, or P − start for pgb/MAZ. */
  readonly dagen: number;
  readonly normDagen: number;
  /** The peildatum the days are counted to. */
  readonly peildatum: CalendarDate;
  /** Start of the clock: ingangsdatum_status, ontvangstdatum or aanvangsdatum_zorg. */
  readonly startdatum: CalendarDate;
  /** The day the norm runs out: startdatum + normDagen. */
  readonly deadline: CalendarDate;
  readonly wachtstatus?: Wachtstatus;
  readonly classificatie?: string;
  readonly sector?: Sector;
  readonly zorgTijdensWachten?: boolean;
  readonly aanvraag_id?: string;
  readonly maz_id?: string;
  readonly leveringsvorm?: Leveringsvorm;
  readonly uitval?: boolean;
}
