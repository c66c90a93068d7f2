import { addDays, type CalendarDate, daysBetween } from '../calendar/calendar-date.ts';
import type { SignaalCategorie } from './signaal-regel.ts';
import { SIGNAAL_EPSILON } from './wachtende-beoordeling.ts';

export type Tijdigheid = 'tijdig' | 'teLaat' | 'open';

/** A pgb application or MAZ judged against its norm at the region's peildatum P (contracts §3.2). */
export interface BeoordeeldItem<R> {
  readonly regel: R;
  readonly start: CalendarDate;
  readonly eind: CalendarDate | undefined;
  readonly normDagen: number;
  /** start + normDagen */
  readonly deadline: CalendarDate;
  readonly status: Tijdigheid;
  /** P − start: the days on the clock at the peildatum (for open items). */
  readonly dagenOpPeildatum: number;
  /** On the 75%-lijst: open at ≥ fractie × norm (`dreigend`) or open past the norm (`overschreden`). */
  readonly signaal: SignaalCategorie | undefined;
}

export function beoordeelTijdigheid<R>(
  regel: R,
  start: CalendarDate,
  eind: CalendarDate | undefined,
  normDagen: number,
  peildatum: CalendarDate,
  signaalFractie: number,
): BeoordeeldItem<R> {
  const deadline = addDays(start, normDagen);
  const dagenOpPeildatum = daysBetween(start, peildatum);
  if (eind) {
    const status = daysBetween(start, eind) <= normDagen ? 'tijdig' : 'teLaat';
    return { regel, start, eind, normDagen, deadline, status, dagenOpPeildatum, signaal: undefined };
  }
  if (dagenOpPeildatum > normDagen) {
    return {
      regel,
      start,
      eind,
      normDagen,
      deadline,
      status: 'teLaat',
      dagenOpPeildatum,
      signaal: 'overschreden',
    };
  }
  const dreigend = dagenOpPeildatum >= signaalFractie * normDagen - SIGNAAL_EPSILON;
  return {
    regel,
    start,
    eind,
    normDagen,
    deadline,
    status: 'open',
    dagenOpPeildatum,
    signaal: dreigend ? 'dreigend' : undefined,
  };
}
