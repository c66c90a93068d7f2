import type { CalendarDate } from '../calendar/calendar-date.ts';

/**
 * The state of one kind (pgb or MAZ) for a region: its latest peildatum and one row per id,
 * folded from every visible extract (the row of the latest peildatum wins).
 */
export interface Stand<R> {
  /** The region's latest peildatum for this kind; null without data. */
  readonly peildatum: CalendarDate | null;
  readonly regels: readonly R[];
  /**
   * Which committed extracts this state was folded from (their versions and sequence numbers):
   * the same `versie` means the same rows, so figures computed from it can be cached under it.
   */
  readonly versie?: string | undefined;
}
