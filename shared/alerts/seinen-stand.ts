import type { CalendarMonth } from '../calendar/calendar-date.ts';
import type { SeinenMetAanpassingen } from '../seinen/pas-aanpassingen-toe.ts';
import type { SeinOordeel } from '../seinen/sein-aanpassing.ts';

/**
 * A region's six seinen as the alert mail shows them: the three computed seinen of the newest
 * month with data (overrides applied) and the judged seinen of that month's year.
 */
export interface SeinenStand {
  readonly maand: CalendarMonth;
  readonly seinen: SeinenMetAanpassingen;
  /** The judged seinen of the year with their history; the latest per sein counts. */
  readonly oordelen: readonly SeinOordeel[];
}
