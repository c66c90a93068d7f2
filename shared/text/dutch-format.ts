import { type CalendarDate, type CalendarMonth, MONTH_NAMES } from '../calendar/calendar-date.ts';

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const PERCENT_ONE_DECIMAL = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** 2023-08-28 → 28-08-2023 */
export function formatDatum(date: CalendarDate): string {
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}

/** 2023-08 → augustus 2023 */
export function formatMaand(month: CalendarMonth): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** 1234.5 → 1.234,5 */
export function formatGetal(value: number): string {
  return NUMBER.format(value);
}

/** 93.75 → 93,8% (one decimal, Dutch comma) */
export function formatPercentage(value: number | null): string {
  return value === null ? '–' : `${PERCENT_ONE_DECIMAL.format(value)}%`;
}

const PERCENT_TWO_DECIMALS = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 85.05 → 85,05% (two decimals, as the uitvoeringsverslag reports year figures) */
export function formatPercentageTweeDecimalen(value: number | null): string {
  return value === null ? '–' : `${PERCENT_TWO_DECIMALS.format(value)}%`;
}

const MAAND_AFKORTINGEN = [
  'jan',
  'feb',
  'mrt',
  'apr',
  'mei',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'dec',
];

/** 2023-03 → mrt 2023 */
export function formatMaandKort(month: CalendarMonth): string {
  return `${MAAND_AFKORTINGEN[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

const TIJDSTIP = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** An ISO timestamp as Dutch date and time in Amsterdam: 23-11-2026 10:15 */
export function formatTijdstip(iso: string): string {
  return TIJDSTIP.format(new Date(iso));
}
