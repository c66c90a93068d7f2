import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { PgbAanvraag, PgbBesluit } from '../extracts/extract-rows.ts';
import type { Sector } from '../reference/sector.ts';
import {
  dateOfDay,
  dayOf,
  firstDayOfMonthIndex,
  isWeekend,
  monthIndexOfDay,
  workingDayFor,
} from './demo-days.ts';
import { LOSSE_CLIENT_NUMMERS, demoAanvraagId, demoClientId } from './demo-ids.ts';
import type { RegioProfiel } from './regio-profiel.ts';
import { type SeededRandom, WeightedChoice, seededRandom } from './seeded-random.ts';

/**
 * pgb applications of one region. Applications arrive on working days; each gets its
 * decision date and decision when it arrives. The lead time is mostly 10–40 days; a region-
 * and month-dependent share (`RegioProfiel.pgbTeLaat`) takes 43–90 days, past the 42-day norm.
 *
 * A monthly extract lists every application that is open on the peildatum or was received
 * or decided in the three calendar months ending with the peildatum, so an application shows
 * up in several consecutive extracts: open first, then decided, always with the same
 * `aanvraag_id`, client and `ontvangstdatum`.
 */
export const PGB_AANVRAGEN_PER_MAAND = 40;

/** Calendar months (including the peildatum's) in which a received or decided application is listed. */
export const PGB_VENSTER_MAANDEN = 3;

const BESLUIT = new WeightedChoice<PgbBesluit>([
  ['toegekend', 80],
  ['afgewezen', 15],
  ['ingetrokken', 5],
]);

const SECTOR = new WeightedChoice<Sector | undefined>([
  ['VV', 50],
  ['GHZ', 35],
  ['GGZ', 7],
  [undefined, 8],
]);

const MAX_TE_LAAT = 0.6;

interface Aanvraag {
  readonly aanvraagId: string;
  readonly clientId: string;
  readonly sector: Sector | undefined;
  readonly ontvangstdag: number;
  readonly besluitdag: number;
  readonly besluit: PgbBesluit;
}

/** Working-day lead time: mostly 10–40 days, late ones 43–90. */
function doorlooptijd(random: SeededRandom, teLaat: boolean): number {
  if (teLaat) return 43 + Math.floor(47 * random.next() ** 1.6);
  if (random.chance(0.04)) return random.int(3, 9);
  return 10 + Math.floor(31 * ((random.next() + random.next()) / 2));
}

export class PgbSimulatie {
  private readonly random: SeededRandom;
  private aanvragen: Aanvraag[] = [];
  private volgnummer = 0;
  private dag: number;

  /** Applications start arriving the day after `startdag`. */
  constructor(
    private readonly profiel: RegioProfiel,
    startdag: number,
  ) {
    this.random = seededRandom(profiel.seed, 'pgb');
    this.dag = startdag;
  }

  snapshot(peildatum: CalendarDate): PgbAanvraag[] {
    const peildag = dayOf(peildatum);
    if (peildag < this.dag) throw new Error(`Snapshot ${peildatum} ligt vóór de gesimuleerde dag`);
    while (this.dag < peildag) this.simuleerDag(this.dag + 1);

    const vensterStart = firstDayOfMonthIndex(monthIndexOfDay(peildag) - PGB_VENSTER_MAANDEN + 1);
    // Windows only move forward: what was decided before this window is never listed again.
    this.aanvragen = this.aanvragen.filter((a) => a.besluitdag >= vensterStart);
    const regels: PgbAanvraag[] = [];
    for (const a of this.aanvragen) {
      const besloten = a.besluitdag <= peildag;
      regels.push({
        regio: this.profiel.regio,
        clientId: a.clientId,
        aanvraagId: a.aanvraagId,
        sector: a.sector,
        ontvangstdatum: dateOfDay(a.ontvangstdag),
        besluitdatum: besloten ? dateOfDay(a.besluitdag) : undefined,
        besluit: besloten ? a.besluit : undefined,
      });
    }
    return regels;
  }

  private simuleerDag(day: number): void {
    this.dag = day;
    if (isWeekend(day)) return;
    const random = this.random;
    const maandIndex = monthIndexOfDay(day);
    const perWerkdag = ((PGB_AANVRAGEN_PER_MAAND * 12) / 261) * this.profiel.omvang;
    const teLaatKans = Math.min(
      MAX_TE_LAAT,
      this.profiel.pgbTeLaat * this.profiel.maandFactor('pgb', maandIndex),
    );
    const aantal = random.poisson(perWerkdag);
    for (let i = 0; i < aantal; i++) {
      const teLaat = random.chance(teLaatKans);
      const ruw = day + doorlooptijd(random, teLaat);
      this.aanvragen.push({
        aanvraagId: demoAanvraagId(this.profiel.regio, ++this.volgnummer),
        clientId: demoClientId(
          this.profiel.regio,
          random.int(LOSSE_CLIENT_NUMMERS.van, LOSSE_CLIENT_NUMMERS.tot),
        ),
        sector: SECTOR.draw(random),
        ontvangstdag: day,
        // Decisions are taken on working days, without moving a decision across the norm.
        besluitdag: workingDayFor(day, ruw, teLaat),
        besluit: BESLUIT.draw(random),
      });
    }
  }
}
