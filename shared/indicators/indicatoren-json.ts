import type { CalendarDate, CalendarMonth } from '../calendar/calendar-date.ts';
import type { Leveringsvorm } from '../reference/leveringsvorm.ts';
import type { Sector } from '../reference/sector.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';

/** The JSON of `zorgplicht indicatoren` and `GET /api/indicatoren` (contracts §5), exactly. */
export interface IndicatorenJson {
  readonly regio: RegioCode;
  readonly maand: CalendarMonth;
  readonly wachtlijst: WachtlijstSectie;
  readonly pgb: PgbSectie;
  readonly maz: MazSectie;
  readonly seinen: Seinen;
}

export interface WachtlijstSectie {
  /** The latest snapshot of the region with its peildatum in the month; null without one. */
  readonly peildatum: CalendarDate | null;
  readonly perSector: Readonly<Record<Sector, SectorTelling>>;
}

export interface GenormeerdeTelling {
  readonly aantal: number;
  readonly metZorg: number;
  readonly zonderZorg: number;
  readonly buitenStreefnorm: number;
  readonly buitenStreefnormZonderZorg: number;
  readonly signaal75: number;
}

export interface Telling {
  readonly aantal: number;
  readonly metZorg: number;
  readonly zonderZorg: number;
}

export interface SectorTelling {
  readonly urgent_plaatsen: GenormeerdeTelling;
  readonly actief_plaatsen: GenormeerdeTelling;
  readonly wacht_op_voorkeur: Telling;
  readonly wacht_uit_voorzorg: Telling;
}

export interface MaandCijfer {
  readonly maand: CalendarMonth;
  readonly tijdig: number;
  readonly teLaat: number;
  /** 100 × tijdig / (tijdig + teLaat), one decimal; null when nothing fell due. */
  readonly percentageTijdig: number | null;
}

export interface PgbSectie {
  /** The region's latest pgb peildatum; null without pgb data. */
  readonly peildatum: CalendarDate | null;
  /** The twelve months ending with the requested month, oldest first. */
  readonly maanden: readonly MaandCijfer[];
  readonly open: number;
  readonly openSignaal75: number;
  readonly openTeLaat: number;
}

export interface MazReeks {
  readonly maanden: readonly MaandCijfer[];
}

export interface MazSectie {
  readonly peildatum: CalendarDate | null;
  /** Only leveringsvormen of which the region has any MAZ. */
  readonly perLeveringsvorm: Readonly<Partial<Record<Leveringsvorm, MazReeks>>>;
  readonly totaal: MazReeks;
}

export type Kleur = 'groen' | 'oranje' | 'onbekend';

export interface Sein {
  /** Percentage, one decimal; null without data. */
  readonly waarde: number | null;
  readonly drempel: number;
  /** Decided on the unrounded value. */
  readonly kleur: Kleur;
}

export interface Seinen {
  readonly tijdige_zorg: Sein;
  readonly tijdige_pgb_toekenning: Sein;
  readonly tijdige_eigen_bijdrage: Sein;
}
