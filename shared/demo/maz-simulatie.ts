import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { MazMelding } from '../extracts/extract-rows.ts';
import type { Leveringsvorm } from '../reference/leveringsvorm.ts';
import { dateOfDay, dayOf, firstDayOfMonthIndex, monthIndexOfDay, workingDayFor } from './demo-days.ts';
import { LOSSE_CLIENT_NUMMERS, demoClientId, demoMazId } from './demo-ids.ts';
import type { RegioProfiel } from './regio-profiel.ts';
import { type SeededRandom, WeightedChoice, seededRandom } from './seeded-random.ts';

/**
 * Care starts (MAZ) of one region and their processing by the CAK. Care starts on any day;
 * the CAK processes on working days, mostly within its norm (30 days, pgb 120 days), and a
 * region- and month-dependent share (`RegioProfiel.mazTeLaat`) later. About 2% drop out
 * (`uitval`), which is known once processed.
 *
 * A monthly extract lists the MAZ whose care started in the two calendar months ending with
 * the peildatum, those still unprocessed on the peildatum, and those processed in the
 * peildatum's month (so a late MAZ is seen processed at least once, not left open forever).
 */
export const MAZ_PER_MAAND = 150;

/** Calendar months (including the peildatum's) of care starts listed in an extract. */
export const MAZ_VENSTER_MAANDEN = 2;

const LEVERINGSVORM = new WeightedChoice<Leveringsvorm>([
  ['verblijf', 45],
  ['vpt', 10],
  ['mpt', 25],
  ['pgb', 12],
  ['dtv', 5],
  ['vkb', 3],
]);

const UITVAL = 0.02;
const MAX_TE_LAAT = 0.7;

interface Maz {
  readonly mazId: string;
  readonly clientId: string;
  readonly leveringsvorm: Leveringsvorm;
  readonly aanvangdag: number;
  readonly verwerkingdag: number;
  readonly uitval: boolean;
}

/** The CAK norm the processing times are shaped against (contracts §2 defaults). */
function normDagen(vorm: Leveringsvorm): number {
  return vorm === 'pgb' ? 120 : 30;
}

function verwerkingstijd(random: SeededRandom, norm: number, teLaat: boolean): number {
  if (teLaat) return norm + 1 + Math.floor(Math.min(2 * norm, random.exponential(norm * 0.6)));
  return 1 + Math.floor(norm * 0.97 * random.next() ** 1.2);
}

export class MazSimulatie {
  private readonly random: SeededRandom;
  private meldingen: Maz[] = [];
  private volgnummer = 0;
  private dag: number;

  /** Care starts from the day after `startdag`. */
  constructor(
    private readonly profiel: RegioProfiel,
    startdag: number,
  ) {
    this.random = seededRandom(profiel.seed, 'maz');
    this.dag = startdag;
  }

  snapshot(peildatum: CalendarDate): MazMelding[] {
    const peildag = dayOf(peildatum);
    if (peildag < this.dag) throw new Error(`Snapshot ${peildatum} ligt vóór de gesimuleerde dag`);
    while (this.dag < peildag) this.simuleerDag(this.dag + 1);

    const maandIndex = monthIndexOfDay(peildag);
    const aanvangVanaf = firstDayOfMonthIndex(maandIndex - MAZ_VENSTER_MAANDEN + 1);
    const verwerktVanaf = firstDayOfMonthIndex(maandIndex);
    // Windows only move forward: what falls outside now is never listed again.
    this.meldingen = this.meldingen.filter(
      (m) => m.aanvangdag >= aanvangVanaf || m.verwerkingdag >= verwerktVanaf,
    );
    const regels: MazMelding[] = [];
    for (const m of this.meldingen) {
      const verwerkt = m.verwerkingdag <= peildag;
      regels.push({
        regio: this.profiel.regio,
        clientId: m.clientId,
        mazId: m.mazId,
        leveringsvorm: m.leveringsvorm,
        aanvangsdatumZorg: dateOfDay(m.aanvangdag),
        verwerkingsdatumCak: verwerkt ? dateOfDay(m.verwerkingdag) : undefined,
        uitval: verwerkt ? m.uitval : undefined,
      });
    }
    return regels;
  }

  private simuleerDag(day: number): void {
    this.dag = day;
    const random = this.random;
    const perDag = ((MAZ_PER_MAAND * 12) / 365.25) * this.profiel.omvang;
    const teLaatKans = Math.min(
      MAX_TE_LAAT,
      this.profiel.mazTeLaat * this.profiel.maandFactor('maz', monthIndexOfDay(day)),
    );
    const aantal = random.poisson(perDag);
    for (let i = 0; i < aantal; i++) {
      const leveringsvorm = LEVERINGSVORM.draw(random);
      const teLaat = random.chance(teLaatKans);
      const ruw = day + verwerkingstijd(random, normDagen(leveringsvorm), teLaat);
      this.meldingen.push({
        mazId: demoMazId(this.profiel.regio, ++this.volgnummer),
        clientId: demoClientId(
          this.profiel.regio,
          random.int(LOSSE_CLIENT_NUMMERS.van, LOSSE_CLIENT_NUMMERS.tot),
        ),
        leveringsvorm,
        aanvangdag: day,
        // The CAK works on working days, without moving a processing date across the norm.
        verwerkingdag: workingDayFor(day, ruw, teLaat),
        uitval: random.chance(UITVAL),
      });
    }
  }
}
