import {
  type CalendarDate,
  type CalendarMonth,
  fromDayNumber,
  toDayNumber,
} from '../calendar/calendar-date.ts';

/**
 * The simulations count in day numbers (days since 1970-01-01, see `toDayNumber`) and turn
 * them into `CalendarDate`s only for output; the conversion is cached because the same few
 * hundred dates recur in every snapshot.
 */
const DATE_CACHE = new Map<number, CalendarDate>();

export function dateOfDay(day: number): CalendarDate {
  let date = DATE_CACHE.get(day);
  if (date === undefined) {
    date = fromDayNumber(day);
    DATE_CACHE.set(day, date);
  }
  return date;
}

export function dayOf(date: CalendarDate): number {
  return toDayNumber(date);
}

/** 1970-01-01 was a Thursday: day number modulo 7 gives 2 for Saturday, 3 for Sunday. */
export function isWeekend(day: number): boolean {
  const weekday = ((day % 7) + 7) % 7;
  return weekday === 2 || weekday === 3;
}

/** The day itself when it is a weekday, else the next Monday. */
export function weekdayOnOrAfter(day: number): number {
  let result = day;
  while (isWeekend(result)) result++;
  return result;
}

/** The day itself when it is a weekday, else the Friday before. */
export function weekdayOnOrBefore(day: number): number {
  let result = day;
  while (isWeekend(result)) result--;
  return result;
}

/** A month as one number (year × 12 + month − 1), for month arithmetic in the simulations. */
export function monthIndexOfDay(day: number): number {
  const date = dateOfDay(day);
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

export function monthIndexOf(month: CalendarMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Calendar month 1–12 of a month index. */
export function calendarMonthNumber(monthIndex: number): number {
  return (monthIndex % 12) + 1;
}

/** Day number of the first day of a month index. */
export function firstDayOfMonthIndex(monthIndex: number): number {
  return Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1) / 86_400_000;
}

/**
 * Moves the end of a lead time (a decision, a processing date) to a working day: a late one
 * forward, a timely one back, so the move never carries it across its norm; a timely one that
 * would land on or before its start goes forward instead.
 */
export function workingDayFor(start: number, end: number, late: boolean): number {
  if (late) return weekdayOnOrAfter(end);
  const before = weekdayOnOrBefore(end);
  return before > start ? before : weekdayOnOrAfter(end);
}
