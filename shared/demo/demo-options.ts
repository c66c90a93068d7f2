import {
  type CalendarDate,
  type CalendarMonth,
  addMonths,
  parseCalendarMonth,
} from '../calendar/calendar-date.ts';
import type { ExtractSoort } from '../extracts/extract-rows.ts';
import { DISTINCT_REGIOS, type RegioCode, isRegioCode } from '../reference/zorgkantoorregio.ts';

export interface DemoOptions {
  /** Regions to generate, e.g. `demoRegios(4)`. */
  readonly regios: readonly RegioCode[];
  /** Number of monthly extracts per kind (the CLI's default is `STANDAARD_DEMO_MAANDEN`). */
  readonly maanden: number;
  /** Month of the last extracts, e.g. the previous month. */
  readonly eindMaand: CalendarMonth;
  /** Same options and seed ⇒ byte-identical files. Default `STANDAARD_DEMO_SEED`. */
  readonly seed?: number;
  /** Size multiplier per region, default 1 (about 900 waiting clients per region). */
  readonly schaal?: number;
}

/** One written extract file. */
export interface DemoBestand {
  /** File name within the output directory, e.g. `wachtlijst-2024-03-31.csv`. */
  readonly naam: string;
  readonly soort: ExtractSoort;
  readonly peildatum: CalendarDate;
  /** Data rows, the header not counted. */
  readonly rijen: number;
}

export const STANDAARD_DEMO_MAANDEN = 18;
export const STANDAARD_DEMO_SEED = 20_210_101;

/** The first `aantal` of the 31 distinct regions, in code order. */
export function demoRegios(aantal: number): RegioCode[] {
  return DISTINCT_REGIOS.slice(0, aantal).map((r) => r.code);
}

/** Options that do not describe a demo; the message is Dutch, for the command line. */
export class DemoOptiesFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoOptiesFout';
  }
}

export interface DemoInstellingen {
  readonly regios: readonly RegioCode[];
  readonly maanden: number;
  readonly eindMaand: CalendarMonth;
  readonly seed: number;
  readonly schaal: number;
}

const MAX_MAANDEN = 240;
const MAX_SCHAAL = 1000;
const EERSTE_MAAND = '2015-01';

export function demoInstellingen(options: DemoOptions): DemoInstellingen {
  const fouten: string[] = [];
  if (options.regios.length === 0) fouten.push('geef minstens één zorgkantoorregio');
  const gezien = new Set<string>();
  for (const regio of options.regios) {
    if (!isRegioCode(regio)) fouten.push(`onbekende zorgkantoorregio "${regio}"`);
    else if (gezien.has(regio)) fouten.push(`zorgkantoorregio ${regio} staat er twee keer in`);
    gezien.add(regio);
  }
  if (!Number.isInteger(options.maanden) || options.maanden < 1 || options.maanden > MAX_MAANDEN) {
    fouten.push(`het aantal maanden moet een geheel getal van 1 tot en met ${MAX_MAANDEN} zijn`);
  }
  const eindMaand = parseCalendarMonth(String(options.eindMaand));
  if (!eindMaand.ok) {
    fouten.push(`eindmaand "${options.eindMaand}" is geen maand in de vorm JJJJ-MM`);
  } else if (
    Number.isInteger(options.maanden) &&
    addMonths(eindMaand.month, 1 - options.maanden) < EERSTE_MAAND
  ) {
    fouten.push(`de eerste maand ligt vóór ${EERSTE_MAAND}: de Wlz bestaat sinds 1 januari 2015`);
  }
  const seed = options.seed ?? STANDAARD_DEMO_SEED;
  if (!Number.isFinite(seed)) fouten.push('de seed moet een getal zijn');
  const schaal = options.schaal ?? 1;
  if (!Number.isFinite(schaal) || schaal <= 0 || schaal > MAX_SCHAAL) {
    fouten.push(`de schaal moet groter dan 0 en hoogstens ${MAX_SCHAAL} zijn`);
  }
  if (fouten.length > 0 || !eindMaand.ok) {
    throw new DemoOptiesFout(`Ongeldige demo-opties: ${fouten.join('; ')}`);
  }
  return { regios: [...options.regios], maanden: options.maanden, eindMaand: eindMaand.month, seed, schaal };
}
