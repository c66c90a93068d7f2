import { type CalendarDate, daysBetween } from '../calendar/calendar-date.ts';
import type { WachtlijstRegel } from '../extracts/extract-rows.ts';
import type { Normen } from '../norms/normen.ts';
import { selectStreefnorm } from '../norms/select-norm.ts';
import { isGenormeerd } from '../reference/wachtstatus.ts';

/** Tolerance for `fractie × norm` products that are whole numbers in decimal but not in binary. */
export const SIGNAAL_EPSILON = 1e-9;

/** A waiting client judged against the streefnorm on the peildatum (contracts §3.1). */
export interface BeoordeeldeWachtende {
  readonly regel: WachtlijstRegel;
  /** peildatum − ingangsdatum_status */
  readonly wachtdagen: number;
  /** Days of the streefnorm in force; undefined for statuses without one or when no entry applies. */
  readonly streefnorm: number | undefined;
  /** wachtdagen > streefnorm */
  readonly buitenStreefnorm: boolean;
  /** wachtdagen ≥ signaalFractie × streefnorm (includes buitenStreefnorm) */
  readonly signaal75: boolean;
}

export function beoordeelWachtende(
  regel: WachtlijstRegel,
  peildatum: CalendarDate,
  normen: Normen,
): BeoordeeldeWachtende {
  const wachtdagen = daysBetween(regel.ingangsdatumStatus, peildatum);
  const norm = isGenormeerd(regel.wachtstatus) ? selectStreefnorm(normen, regel, peildatum) : undefined;
  if (!norm) return { regel, wachtdagen, streefnorm: undefined, buitenStreefnorm: false, signaal75: false };
  return {
    regel,
    wachtdagen,
    streefnorm: norm.dagen,
    buitenStreefnorm: wachtdagen > norm.dagen,
    signaal75: wachtdagen >= normen.signaalFractie * norm.dagen - SIGNAAL_EPSILON,
  };
}
