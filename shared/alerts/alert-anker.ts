import { type CalendarDate, calendarDate, parseIsoDate, toDayNumber } from '../calendar/calendar-date.ts';

/** The Monday the biweekly rhythm counts from unless `ZORGPLICHT_ALERT_ANKER` says otherwise. */
export const STANDAARD_ALERT_ANKER: CalendarDate = calendarDate('2024-01-01');

/** 1970-01-01 was a Thursday: day number + 3 is a multiple of 7 on a Monday. */
function isMaandag(datum: CalendarDate): boolean {
  return (((toDayNumber(datum) + 3) % 7) + 7) % 7 === 0;
}

/** The anchor of the alert cycle: a date `JJJJ-MM-DD` that is a Monday. */
export function parseAlertAnker(
  tekst: string,
): { ok: true; anker: CalendarDate } | { ok: false; reden: string } {
  const datum = parseIsoDate(tekst);
  if (!datum.ok) return { ok: false, reden: datum.reden };
  if (!isMaandag(datum.date)) {
    return { ok: false, reden: `${tekst.trim()} is geen maandag (een alertcyclus begint op maandag)` };
  }
  return { ok: true, anker: datum.date };
}
