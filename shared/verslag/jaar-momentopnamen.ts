import { type CalendarDate, type CalendarMonth, calendarMonth, monthOf } from '../calendar/calendar-date.ts';

/** The twelve months of a calendar year, January first. */
export function maandenVanJaar(jaar: number): CalendarMonth[] {
  return Array.from({ length: 12 }, (_, i) => calendarMonth(`${jaar}-${String(i + 1).padStart(2, '0')}`));
}

/**
 * The snapshots a year rests on (contracts §3.3, §3.4): for each month of the year that has one,
 * the latest peildatum in that month; oldest first. Peildata of other years are ignored.
 */
export function kiesMomentopnamenVanJaar<T extends { readonly peildatum: CalendarDate }>(
  snapshots: readonly T[],
  jaar: number,
): T[] {
  const perMaand = new Map<CalendarMonth, T>();
  for (const snapshot of snapshots) {
    const maand = monthOf(snapshot.peildatum);
    if (Number(maand.slice(0, 4)) !== jaar) continue;
    const huidig = perMaand.get(maand);
    if (!huidig || snapshot.peildatum > huidig.peildatum) perMaand.set(maand, snapshot);
  }
  return [...perMaand.values()].sort((a, b) => (a.peildatum < b.peildatum ? -1 : 1));
}
