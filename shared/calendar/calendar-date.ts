/**
 * Calendar dates without time or time zone, as the extracts and norms use them.
 *
 * A `CalendarDate` is an ISO string `YYYY-MM-DD` that has been checked to be a real
 * date. It sorts lexically in time order, serialises as itself in JSON and DynamoDB,
 * and converts to a day number for arithmetic. Durations are whole calendar days.
 */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

/** A month as `YYYY-MM`. */
export type CalendarMonth = string & { readonly __calendarMonth: unique symbol };

const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO with a month or day of one digit: refused with a hint, since ISO keeps two digits. */
const ISO_DATE_SHORT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Day and month may drop their leading zero, as Dutch Excel writes them (1-9-2023). */
const DUTCH_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const DUTCH_DATE_SHORT_YEAR = /^(\d{1,2})-(\d{1,2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

export type DateParseResult = { ok: true; date: CalendarDate } | { ok: false; reden: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromParts(year: number, month: number, day: number): DateParseResult {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, reden: `jaartal ${year} ligt buiten ${MIN_YEAR}–${MAX_YEAR}` };
  }
  if (month < 1 || month > 12) {
    return { ok: false, reden: `maand ${month} bestaat niet` };
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reden: `dag ${day} bestaat niet in ${MONTH_NAMES[month - 1]} ${year}` };
  }
  return { ok: true, date: formatParts(year, month, day) };
}

function formatParts(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate;
}

/**
 * Parses `YYYY-MM-DD` or `DD-MM-YYYY` (surrounding spaces allowed), where in the Dutch form
 * day and month may drop their leading zero as Dutch Excel writes them (`1-9-2023`). The ISO
 * form keeps two digits for month and day (`2023-9-1` is refused with a hint), and a year
 * must be written in full: `1-10-26` is refused rather than guessed. Impossible dates such as
 * 2023-02-30 are refused with a Dutch reason.
 */
export function parseCalendarDate(text: string): DateParseResult {
  const value = text.trim();
  const iso = ISO_DATE.exec(value);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dutch = DUTCH_DATE.exec(value);
  if (dutch) return fromParts(Number(dutch[3]), Number(dutch[2]), Number(dutch[1]));
  const shortYear = DUTCH_DATE_SHORT_YEAR.exec(value);
  if (shortYear) {
    const [, day = '', month = '', year = ''] = shortYear;
    return {
      ok: false,
      reden: `jaartal met twee cijfers (${year}): schrijf het jaar voluit, bv. ${day.padStart(2, '0')}-${month.padStart(2, '0')}-${excelCentury(Number(year))}${year}`,
    };
  }
  const isoShort = ISO_DATE_SHORT.exec(value);
  if (isoShort) {
    const [, year = '', month = '', day = ''] = isoShort;
    return {
      ok: false,
      reden: `in de vorm JJJJ-MM-DD hebben maand en dag twee cijfers: schrijf ${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
    };
  }
  return { ok: false, reden: 'geen datum in de vorm JJJJ-MM-DD of DD-MM-JJJJ' };
}

/** The century Excel gives a two-digit year (00–29 → 20xx, 30–99 → 19xx), for the example only. */
function excelCentury(twoDigitYear: number): string {
  return twoDigitYear < 30 ? '20' : '19';
}

/** Parses only the ISO form `YYYY-MM-DD` (norms file, API parameters). */
export function parseIsoDate(text: string): DateParseResult {
  const iso = ISO_DATE.exec(text.trim());
  if (!iso) return { ok: false, reden: 'geen datum in de vorm JJJJ-MM-DD' };
  return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
}

/** For values known to be valid (constants, tests); throws otherwise. */
export function calendarDate(text: string): CalendarDate {
  const result = parseCalendarDate(text);
  if (!result.ok) throw new Error(`Ongeldige datum "${text}": ${result.reden}`);
  return result.date;
}

export function parseCalendarMonth(
  text: string,
): { ok: true; month: CalendarMonth } | { ok: false; reden: string } {
  const match = ISO_MONTH.exec(text.trim());
  if (!match) return { ok: false, reden: 'geen maand in de vorm JJJJ-MM' };
  const result = fromParts(Number(match[1]), Number(match[2]), 1);
  if (!result.ok) return result;
  return { ok: true, month: result.date.slice(0, 7) as CalendarMonth };
}

export function calendarMonth(text: string): CalendarMonth {
  const result = parseCalendarMonth(text);
  if (!result.ok) throw new Error(`Ongeldige maand "${text}": ${result.reden}`);
  return result.month;
}

/** Days since 1970-01-01. */
export function toDayNumber(date: CalendarDate): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
  );
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return formatParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole calendar days from `earlier` to `later` (`later − earlier`); negative when later is before earlier. */
export function daysBetween(earlier: CalendarDate, later: CalendarDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function monthOf(date: CalendarDate): CalendarMonth {
  return date.slice(0, 7) as CalendarMonth;
}

export function firstDayOfMonth(month: CalendarMonth): CalendarDate {
  return `${month}-01` as CalendarDate;
}

export function lastDayOfMonth(month: CalendarMonth): CalendarDate {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return formatParts(year, m, daysInMonth(year, m));
}

export function addMonths(month: CalendarMonth, count: number): CalendarMonth {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}` as CalendarMonth;
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: CalendarMonth, count: number): CalendarMonth[] {
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}

export function todayInAmsterdam(now: Date = new Date()): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now) as CalendarDate;
}

export const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;
