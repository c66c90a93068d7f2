import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { Leveringsvorm } from '../reference/leveringsvorm.ts';
import type { Sector } from '../reference/sector.ts';
import type { Wachtstatus } from '../reference/wachtstatus.ts';
import { ALLE, type MazNormRegel, type Normen, type PgbNormRegel, type StreefnormRegel } from './normen.ts';

/**
 * The rule shared by every norm: among the entries that apply and are in force on `date`
 * (`geldigVanaf` ≤ date), the highest specificity score wins, and among equal scores the
 * latest `geldigVanaf`. `score` returns `undefined` for an entry that does not apply.
 */
function mostSpecificInForce<T extends { readonly geldigVanaf: CalendarDate }>(
  entries: readonly T[],
  date: CalendarDate,
  score: (entry: T) => number | undefined,
): T | undefined {
  let best: T | undefined;
  let bestScore = -1;
  for (const entry of entries) {
    if (entry.geldigVanaf > date) continue;
    const s = score(entry);
    if (s === undefined) continue;
    if (s > bestScore || (s === bestScore && best !== undefined && entry.geldigVanaf > best.geldigVanaf)) {
      best = entry;
      bestScore = s;
    }
  }
  return best;
}

/**
 * The streefnorm for a waiting client on peildatum P (contracts §2): among the entries for
 * the wachtstatus in force on P, a specific classificatie scores 2 and a specific sector 1.
 * No match: no streefnorm (`undefined`).
 */
export function selectStreefnorm(
  normen: Normen,
  client: { wachtstatus: Wachtstatus; sector: Sector; classificatie: string },
  peildatum: CalendarDate,
): StreefnormRegel | undefined {
  return mostSpecificInForce(normen.streefnormen, peildatum, (regel) => {
    if (regel.wachtstatus !== client.wachtstatus) return undefined;
    if (regel.sector !== ALLE && regel.sector !== client.sector) return undefined;
    if (regel.classificatie !== ALLE && regel.classificatie !== client.classificatie) return undefined;
    return (regel.classificatie === ALLE ? 0 : 2) + (regel.sector === ALLE ? 0 : 1);
  });
}

/** The pgb decision norm in force on the ontvangstdatum. */
export function selectPgbNorm(normen: Normen, ontvangstdatum: CalendarDate): PgbNormRegel | undefined {
  return mostSpecificInForce(normen.pgbBesluitDagen, ontvangstdatum, () => 0);
}

/** The MAZ norm in force on the aanvangsdatum_zorg; a specific leveringsvorm beats `*`. */
export function selectMazNorm(
  normen: Normen,
  leveringsvorm: Leveringsvorm,
  aanvangsdatum: CalendarDate,
): MazNormRegel | undefined {
  return mostSpecificInForce(normen.mazDagen, aanvangsdatum, (regel) => {
    if (regel.leveringsvorm === ALLE) return 0;
    return regel.leveringsvorm === leveringsvorm ? 1 : undefined;
  });
}
