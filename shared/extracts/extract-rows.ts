import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { Leveringsvorm } from '../reference/leveringsvorm.ts';
import type { Sector } from '../reference/sector.ts';
import type { Wachtstatus } from '../reference/wachtstatus.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';

/** The three kinds of extract (contracts §1). */
export const EXTRACT_SOORTEN = ['wachtlijst', 'pgb', 'maz'] as const;
export type ExtractSoort = (typeof EXTRACT_SOORTEN)[number];

/** One waiting client on the peildatum of a wachtlijst extract (contracts §1.1). */
export interface WachtlijstRegel {
  readonly regio: RegioCode;
  readonly clientId: string;
  readonly sector: Sector;
  readonly zorgprofiel?: string | undefined;
  readonly wachtstatus: Wachtstatus;
  /** Two-digit COD168 code. */
  readonly classificatie: string;
  /** The waiting clock for the streefnorm. */
  readonly ingangsdatumStatus: CalendarDate;
  readonly zorgTijdensWachten: boolean;
  readonly overbruggingSinds?: CalendarDate | undefined;
  /** AGB code, 8 digits. */
  readonly voorkeursaanbieder?: string | undefined;
}

export const PGB_BESLUITEN = ['toegekend', 'afgewezen', 'ingetrokken'] as const;
export type PgbBesluit = (typeof PGB_BESLUITEN)[number];

/** One pgb application (contracts §1.2). */
export interface PgbAanvraag {
  readonly regio: RegioCode;
  readonly clientId: string;
  readonly aanvraagId: string;
  readonly sector?: Sector | undefined;
  readonly ontvangstdatum: CalendarDate;
  readonly besluitdatum?: CalendarDate | undefined;
  /** Set exactly when `besluitdatum` is set. */
  readonly besluit?: PgbBesluit | undefined;
}

/** One care start notice sent to the CAK (contracts §1.3). */
export interface MazMelding {
  readonly regio: RegioCode;
  readonly clientId: string;
  readonly mazId: string;
  readonly leveringsvorm: Leveringsvorm;
  readonly aanvangsdatumZorg: CalendarDate;
  readonly verwerkingsdatumCak?: CalendarDate | undefined;
  readonly uitval?: boolean | undefined;
}

export interface ExtractRegels {
  readonly wachtlijst: WachtlijstRegel;
  readonly pgb: PgbAanvraag;
  readonly maz: MazMelding;
}
