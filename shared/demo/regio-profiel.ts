import { DISTINCT_REGIOS, type RegioCode } from '../reference/zorgkantoorregio.ts';
import { calendarMonthNumber } from './demo-days.ts';
import { deriveSeed, seededRandom } from './seeded-random.ts';

/**
 * The character of one region in the demo: its size and how well it keeps its norms. Drawn
 * from the seed, so different seeds give different "good" and "bad" regions, except the size,
 * which depends on the region code only (the national total stays the same for every seed).
 */
export interface RegioProfiel {
  readonly regio: RegioCode;
  /** Seed of the region's random streams. */
  readonly seed: number;
  /** Size relative to an average region (the mean over the 31 distinct regions is 1), times schaal. */
  readonly omvang: number;
  /** Base share of urgent/actief waiting episodes that run past the streefnorm. */
  readonly wachtDruk: number;
  /** Base share of pgb decisions taken after 42 days. */
  readonly pgbTeLaat: number;
  /** Base share of MAZ processed by the CAK after its norm. */
  readonly mazTeLaat: number;
  /** Fictitious 8-digit AGB codes of the providers clients in this region prefer. */
  readonly agbCodes: readonly string[];
  /** The region's system writes sector synonyms (`V&V`, `VG`, `LG`) in wachtlijst extracts. */
  readonly sectorSynoniemen: boolean;
  /**
   * Month-to-month variation of the three pressures: a seasonal pattern times noise,
   * around 1. `maandIndex` as in `monthIndexOf`.
   */
  maandFactor(soort: 'wachtlijst' | 'pgb' | 'maz', maandIndex: number): number;
}

/** Seasonal pressure per calendar month (1–12): winter for waiting lists, holidays for the back offices. */
const SEIZOEN: Readonly<Record<'wachtlijst' | 'pgb' | 'maz', readonly number[]>> = {
  wachtlijst: [1.35, 1.3, 1.1, 0.95, 0.9, 0.9, 1.1, 1.15, 0.9, 0.9, 0.95, 1.25],
  pgb: [1.1, 0.9, 0.9, 0.9, 1.0, 1.0, 1.4, 1.5, 1.0, 0.9, 0.9, 1.3],
  maz: [1.2, 1.0, 0.9, 0.9, 0.95, 1.0, 1.2, 1.3, 1.0, 0.95, 0.9, 1.1],
};

/** Spread (log scale) of the month-to-month noise: the CAK is steadier than care offices. */
const MAAND_RUIS: Readonly<Record<'wachtlijst' | 'pgb' | 'maz', number>> = {
  wachtlijst: 0.4,
  pgb: 0.4,
  maz: 0.25,
};

function rawOmvang(code: string): number {
  return 0.7 + 0.6 * seededRandom('omvang', code).next();
}

let meanRawOmvang: number | undefined;

/** Region size factor, normalised so that the 31 distinct regions average exactly 1. */
export function regioOmvang(code: RegioCode): number {
  meanRawOmvang ??= DISTINCT_REGIOS.reduce((sum, r) => sum + rawOmvang(r.code), 0) / DISTINCT_REGIOS.length;
  return rawOmvang(code) / meanRawOmvang;
}

export function regioProfiel(regio: RegioCode, seed: number, schaal: number): RegioProfiel {
  const regioSeed = deriveSeed(seed, regio);
  const random = seededRandom(regioSeed, 'profiel');
  const wachtDruk = 0.01 + 0.07 * random.next();
  const pgbTeLaat = 0.005 + 0.055 * random.next();
  const mazTeLaat = 0.08 + 0.12 * random.next();
  const agbCount = random.int(8, 16);
  const agbCodes = Array.from(
    { length: agbCount },
    () => `${random.pick(['41', '73', '75'])}${random.int(100000, 999999)}`,
  );
  const factors = new Map<string, number>();
  return {
    regio,
    seed: regioSeed,
    omvang: regioOmvang(regio) * schaal,
    wachtDruk,
    pgbTeLaat,
    mazTeLaat,
    agbCodes,
    sectorSynoniemen: Number(regio) % 3 === 0,
    maandFactor(soort, maandIndex) {
      const key = `${soort}:${maandIndex}`;
      let factor = factors.get(key);
      if (factor === undefined) {
        const seizoen = SEIZOEN[soort][calendarMonthNumber(maandIndex) - 1] ?? 1;
        factor = seizoen * Math.exp(MAAND_RUIS[soort] * seededRandom(regioSeed, soort, maandIndex).normal());
        factors.set(key, factor);
      }
      return factor;
    },
  };
}
