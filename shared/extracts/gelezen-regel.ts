import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';

/**
 * The outcome of reading one record: the typed row with its peildatum, or a failure (the
 * errors are in the CelLezer) with whatever peildatum and region could be read, so the
 * file-level checks still see them.
 */
export type GelezenRegel<R> =
  | { readonly ok: true; readonly peildatum: CalendarDate; readonly regel: R }
  | {
      readonly ok: false;
      readonly peildatum: CalendarDate | undefined;
      readonly regio: RegioCode | undefined;
    };
