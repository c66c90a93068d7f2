import type { CalendarDate, CalendarMonth } from '../calendar/calendar-date.ts';
import type { Leveringsvorm } from '../reference/leveringsvorm.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import type { Oordeel } from '../seinen/oordelen-in-force.ts';
import type { Seinen } from '../indicators/indicatoren-json.ts';

/**
 * The year figures of a region for the uitvoeringsverslag: the JSON of `zorgplicht jaaroverzicht`
 * and `GET /api/jaaroverzicht` (contracts §3.4). Percentages have two decimals.
 */
export interface JaarcijfersJson {
  readonly regio: RegioCode;
  readonly jaar: number;
  readonly pgb: Jaarcijfer;
  readonly maz: {
    /** Only leveringsvormen with an item due in the year, in the order of the code list. */
    readonly perLeveringsvorm: Readonly<Partial<Record<Leveringsvorm, Jaarcijfer>>>;
    readonly totaal: Jaarcijfer;
  };
  readonly tijdigeZorg: TijdigeZorgJaar;
  /** The three computed seinen; `waarde` with two decimals, the colour from the unrounded value. */
  readonly seinen: Seinen;
  /** The judged seinen of the year in force (the latest per sein); a sein never judged is absent. */
  readonly oordelen: readonly JaarOordeel[];
  readonly basis: JaarcijfersBasis;
}

/** Items whose deadline falls in the year and on or before the stand P. */
export interface Jaarcijfer {
  readonly tijdig: number;
  readonly teLaat: number;
  /** 100 × tijdig / (tijdig + teLaat), two decimals; null when nothing fell due. */
  readonly percentageTijdig: number | null;
}

/** Client-months of urgent and actief plaatsen over the year's monthly snapshots. */
export interface TijdigeZorgJaar {
  /** Not buiten streefnorm. */
  readonly binnen: number;
  readonly totaal: number;
  /** 100 × binnen / totaal, two decimals; 100 with snapshots but nobody urgent or actief; null without snapshot. */
  readonly percentage: number | null;
}

/** A judged sein of the year (contracts §3.3 `oordelen`). */
export type JaarOordeel = Oordeel;

/** What the figures rest on, so that anyone can reproduce them. */
export interface JaarcijfersBasis {
  readonly normen: NormenGrondslag;
  /** The region's newest peildatum per kind (for pgb and MAZ: the stand P the items are judged at). */
  readonly peildata: {
    readonly wachtlijst: CalendarDate | null;
    readonly pgb: CalendarDate | null;
    readonly maz: CalendarDate | null;
  };
  /** The months of the year with a wachtlijst snapshot and the snapshot used (the latest in the month). */
  readonly momentopnamen: readonly { readonly maand: CalendarMonth; readonly peildatum: CalendarDate }[];
}

/** Which norms were used: where they came from and their content hash (`normenHash`). */
export interface NormenGrondslag {
  readonly bron: string;
  readonly hash: string;
}
