import { addDays, type CalendarDate, daysBetween } from '../calendar/calendar-date.ts';
import { amsterdamsTijdstip, amsterdamseTijd } from './amsterdam-tijd.ts';

/** The alert e-mails go every two weeks (contracts §7). */
export const CYCLUS_DAGEN = 14;

/** A cycle starts on its Monday at this time, Amsterdam time (summer and winter). */
export const CYCLUS_STARTTIJD = '07:00';

/**
 * One alert cycle: from its Monday 07:00 (Amsterdam) until the next cycle starts two weeks
 * later. Everything due in a cycle is sent once in it, whenever a run comes by.
 */
export interface AlertCyclus {
  /** The Monday it starts on; also its id (`2026-11-16`). */
  readonly id: CalendarDate;
  /** When it starts: `id` at 07:00 in Amsterdam. */
  readonly begin: Date;
  /** The Monday the next cycle starts on. */
  readonly volgende: CalendarDate;
  /** The Monday the previous cycle started on; null for the first cycle after the anchor. */
  readonly vorige: CalendarDate | null;
}

/** The cycle that starts on the given Monday (`anker` + a multiple of 14 days). */
export function cyclusVan(id: CalendarDate, anker: CalendarDate): AlertCyclus {
  return {
    id,
    begin: amsterdamsTijdstip(id, CYCLUS_STARTTIJD),
    volgende: addDays(id, CYCLUS_DAGEN),
    vorige: id > anker ? addDays(id, -CYCLUS_DAGEN) : null,
  };
}

/**
 * What is due now: the cycle whose start (a Monday `anker` + 14·k days, 07:00 Amsterdam time)
 * has passed most recently, or null before the first one. A run at any time within a cycle
 * gets the same cycle, so a missed hour or week still sends in it; after a whole missed cycle
 * only the current one is due.
 */
export function huidigeCyclus(nu: Date, anker: CalendarDate): AlertCyclus | null {
  const klok = amsterdamseTijd(nu);
  const dagen = daysBetween(anker, klok.datum);
  if (dagen < 0) return null;
  let k = Math.floor(dagen / CYCLUS_DAGEN);
  // On a cycle's Monday before 07:00 the previous cycle still runs.
  if (dagen % CYCLUS_DAGEN === 0 && klok.tijd < CYCLUS_STARTTIJD) k -= 1;
  if (k < 0) return null;
  return cyclusVan(addDays(anker, k * CYCLUS_DAGEN), anker);
}

/** The first cycle after the anchor: what a preview shows before any cycle has started. */
export function eersteCyclus(anker: CalendarDate): AlertCyclus {
  return cyclusVan(anker, anker);
}

/**
 * How many whole cycles between `eerder` and `later` went by without a mail: 0 when `later`
 * directly follows `eerder`.
 */
export function overgeslagenCycli(eerder: CalendarDate, later: CalendarDate): number {
  return Math.max(0, Math.floor(daysBetween(eerder, later) / CYCLUS_DAGEN) - 1);
}
