import { type CalendarMonth, monthOf, todayInAmsterdam } from '../calendar/calendar-date.ts';
import { AppError } from './app-error.ts';

/** The first year the product reports on. */
export const EERSTE_JAAR = 2015;

/** The current month in Europe/Amsterdam. */
export function huidigeMaand(now: () => Date): CalendarMonth {
  return monthOf(todayInAmsterdam(now()));
}

/** A year that can be reported on: from 2015 up to and including the current year. */
export function checkJaar(jaar: number, now: () => Date): void {
  const huidig = Number(todayInAmsterdam(now()).slice(0, 4));
  if (!Number.isInteger(jaar) || jaar < EERSTE_JAAR) {
    throw new AppError('ONGELDIGE_INVOER', `Jaar ${jaar}: geef een jaar vanaf ${EERSTE_JAAR}.`);
  }
  if (jaar > huidig) {
    throw new AppError('ONGELDIGE_INVOER', `Jaar ${jaar} is nog niet begonnen (het is nu ${huidig}).`);
  }
}

/** A month that has begun. */
export function checkMaandBegonnen(maand: CalendarMonth, now: () => Date): void {
  const huidig = huidigeMaand(now);
  if (maand > huidig) {
    throw new AppError('ONGELDIGE_INVOER', `Maand ${maand} ligt in de toekomst (het is nu ${huidig}).`);
  }
}
