import type { CalendarDate } from '../calendar/calendar-date.ts';

/** A moment as a clock in Amsterdam shows it: the calendar date and the time `HH:MM`. */
export interface AmsterdamseTijd {
  readonly datum: CalendarDate;
  /** `HH:MM`, 24-hour clock; sorts lexically in time order within a day. */
  readonly tijd: string;
}

const KLOK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function deel(parts: readonly Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** The Amsterdam wall clock at `moment`, summer and winter time included. */
export function amsterdamseTijd(moment: Date): AmsterdamseTijd {
  const parts = KLOK.formatToParts(moment);
  // A CalendarDate by construction: Intl gives a real date as four, two and two digits.
  const datum = `${deel(parts, 'year')}-${deel(parts, 'month')}-${deel(parts, 'day')}` as CalendarDate;
  return { datum, tijd: `${deel(parts, 'hour')}:${deel(parts, 'minute')}` };
}

/** The wall-clock reading `datum tijd` as if it were UTC, in milliseconds. */
function alsUtcMs(datum: CalendarDate, tijd: string): number {
  return Date.UTC(
    Number(datum.slice(0, 4)),
    Number(datum.slice(5, 7)) - 1,
    Number(datum.slice(8, 10)),
    Number(tijd.slice(0, 2)),
    Number(tijd.slice(3, 5)),
  );
}

/** Milliseconds Amsterdam runs ahead of UTC at `ms` (one or two hours), to the minute. */
function voorsprongMs(ms: number): number {
  const minuut = Math.floor(ms / 60_000) * 60_000;
  const { datum, tijd } = amsterdamseTijd(new Date(minuut));
  return alsUtcMs(datum, tijd) - minuut;
}

/**
 * The moment the Amsterdam clock shows `tijd` (`HH:MM`) on `datum`. A time the clock shows twice
 * (02:00–03:00 on the last Sunday of October) gives the first, summer-time moment; a time it
 * skips (02:00–03:00 on the last Sunday of March) gives the moment an hour later (02:30 → 03:30).
 */
export function amsterdamsTijdstip(datum: CalendarDate, tijd: string): Date {
  const alsUtc = alsUtcMs(datum, tijd);
  // The offsets in force half a day either side: the one before and the one after a change.
  const voorsprongen = [...new Set([voorsprongMs(alsUtc - 43_200_000), voorsprongMs(alsUtc + 43_200_000)])];
  const kandidaten = voorsprongen
    .map((v) => alsUtc - v)
    .filter((ms) => {
      const klok = amsterdamseTijd(new Date(ms));
      return klok.datum === datum && klok.tijd === tijd;
    })
    .sort((a, b) => a - b);
  return new Date(kandidaten[0] ?? alsUtc - Math.min(...voorsprongen));
}
