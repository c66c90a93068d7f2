/**
 * Demo extracts: realistic wachtlijst, pgb and maz files for a set of regions over a run of
 * months, written as the Wlz-uitvoerder would deliver them (contracts §1), for `zorgplicht
 * demo` and the benchmark. Each region is a simulation that lives from day to day (see
 * `wachtlijst-simulatie.ts`, `pgb-simulatie.ts`, `maz-simulatie.ts`); a monthly file holds the
 * snapshot of every requested region on the last day of the month.
 *
 * Size per region and month at schaal 1 (an average region; sizes vary 0.7–1.3 by region code
 * and average exactly 1 over the 31 distinct regions):
 * - wachtlijst: ~900 waiting clients (a little more as lists grow), one row each   → ~910 rows
 * - pgb: ~40 applications a month; each is listed while open and in the three
 *   months in which it was received or decided, so in ~3.8 extracts              → ~155 rows
 * - maz: ~150 care starts a month; each is listed in the two months of its start,
 *   and after that while unprocessed or in the month it is processed              → ~340 rows
 * That is ≈ 1,400 rows per region and month. A national year (31 regions × 12 months = 372
 * region-months, schaal 1, default seed, eindMaand 2024-12) measured 339,876 wachtlijst +
 * 57,246 pgb + 126,350 maz = 523,472 rows, written in about 2 s on a 2-core machine
 * (`test/unit/demo/demo-extracts-schaal.test.ts` keeps it between 425,000 and 575,000).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type CalendarDate, addMonths, lastDayOfMonth, monthsEndingWith } from '../calendar/calendar-date.ts';
import type { ExtractSoort } from '../extracts/extract-rows.ts';
import { CsvBestandSchrijver } from './csv-bestand-schrijver.ts';
import { dayOf } from './demo-days.ts';
import { type DemoBestand, type DemoOptions, demoInstellingen } from './demo-options.ts';
import {
  type ExtractOpmaak,
  MAZ_OPMAAK,
  PGB_OPMAAK,
  WACHTLIJST_OPMAAK,
  mazMetCodes,
  mazVelden,
  pgbVelden,
  wachtlijstVelden,
} from './extract-opmaak.ts';
import { MazSimulatie } from './maz-simulatie.ts';
import { PgbSimulatie } from './pgb-simulatie.ts';
import { type RegioProfiel, regioProfiel } from './regio-profiel.ts';
import { WachtlijstSimulatie } from './wachtlijst-simulatie.ts';

export type { DemoBestand, DemoOptions } from './demo-options.ts';
export { DemoOptiesFout, STANDAARD_DEMO_MAANDEN, STANDAARD_DEMO_SEED, demoRegios } from './demo-options.ts';

/**
 * Months simulated before the first extract, so the first files look like any other: long
 * pgb lead times and late MAZ (up to several months) are already under way. The wachtlijst
 * starts from a steady-state population and needs less.
 */
const INLOOP_MAANDEN = { wachtlijst: 3, pgb: 6, maz: 9 } as const;

interface RegioSimulatie {
  readonly profiel: RegioProfiel;
  readonly wachtlijst: WachtlijstSimulatie;
  readonly pgb: PgbSimulatie;
  readonly maz: MazSimulatie;
}

/**
 * Writes the CSV files into `dir` (created when missing; existing files of the same name are
 * replaced), streaming, and returns them in order: by peildatum, then wachtlijst, pgb, maz.
 */
export async function writeDemoExtracts(dir: string, options: DemoOptions): Promise<DemoBestand[]> {
  const instellingen = demoInstellingen(options);
  const maanden = monthsEndingWith(instellingen.eindMaand, instellingen.maanden);
  const eersteMaand = maanden[0] ?? instellingen.eindMaand;
  const startdag = (soort: ExtractSoort): number =>
    dayOf(lastDayOfMonth(addMonths(eersteMaand, -INLOOP_MAANDEN[soort] - 1)));

  const regios: RegioSimulatie[] = instellingen.regios.map((regio) => {
    const profiel = regioProfiel(regio, instellingen.seed, instellingen.schaal);
    return {
      profiel,
      wachtlijst: new WachtlijstSimulatie(profiel, startdag('wachtlijst')),
      pgb: new PgbSimulatie(profiel, startdag('pgb')),
      maz: new MazSimulatie(profiel, startdag('maz')),
    };
  });

  await mkdir(dir, { recursive: true });
  const bestanden: DemoBestand[] = [];
  for (const maand of maanden) {
    const peildatum = lastDayOfMonth(maand);
    bestanden.push(
      await schrijfExtract(dir, 'wachtlijst', peildatum, WACHTLIJST_OPMAAK, function* () {
        for (const regio of regios) {
          for (const regel of regio.wachtlijst.snapshot(peildatum)) {
            yield wachtlijstVelden(regel, peildatum, regio.profiel.sectorSynoniemen);
          }
        }
      }),
      await schrijfExtract(dir, 'pgb', peildatum, PGB_OPMAAK, function* () {
        for (const regio of regios) {
          for (const regel of regio.pgb.snapshot(peildatum)) yield pgbVelden(regel, peildatum);
        }
      }),
      await schrijfExtract(dir, 'maz', peildatum, MAZ_OPMAAK, function* () {
        const metCodes = mazMetCodes(peildatum);
        for (const regio of regios) {
          for (const regel of regio.maz.snapshot(peildatum)) yield mazVelden(regel, peildatum, metCodes);
        }
      }),
    );
  }
  return bestanden;
}

async function schrijfExtract(
  dir: string,
  soort: ExtractSoort,
  peildatum: CalendarDate,
  opmaak: ExtractOpmaak,
  rijen: () => Iterable<readonly string[]>,
): Promise<DemoBestand> {
  const naam = `${soort}-${peildatum}.csv`;
  const schrijver = new CsvBestandSchrijver(join(dir, naam), opmaak, opmaak.kolommen);
  try {
    for (const velden of rijen()) await schrijver.schrijfRij(velden);
    await schrijver.sluit();
  } catch (error) {
    schrijver.breekAf();
    throw error;
  }
  return { naam, soort, peildatum, rijen: schrijver.rijen };
}
