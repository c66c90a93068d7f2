import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { Leveringsvorm } from '../reference/leveringsvorm.ts';
import type { Sector } from '../reference/sector.ts';
import type { Wachtstatus } from '../reference/wachtstatus.ts';
import { ALLE, type MazNormRegel, type Normen, type PgbNormRegel, type StreefnormRegel } from './normen.ts';

/**
 * The streefnorm for a waiting client on peildatum P (contracts §2): among the entries
 * for the wachtstatus with `geldigVanaf` ≤ P, the most specific wins (a specific
 * classificatie scores 2, a specific sector 1); among equal scores the latest
 * `geldigVanaf`. No match: no streefnorm (`undefined`).
 */
export function selectStreefnorm(
  normen: Normen,
  client: { wachtstatus: Wachtstatus; sector: Sector; classificatie: string },
  peildatum: CalendarDate,
): StreefnormRegel | undefined {
  let best: StreefnormRegel | undefined;
  let bestScore = -1;
  for (const regel of normen.streefnormen) {
    if (regel.wachtstatus !== client.wachtstatus || regel.geldigVanaf > peildatum) continue;
    if (regel.sector !== ALLE && regel.sector !== client.sector) continue;
    if (regel.classificatie !== ALLE && regel.classificatie !== client.classificatie) continue;
    const score = (regel.classificatie === ALLE ? 0 : 2) + (regel.sector === ALLE ? 0 : 1);
    if (
      score > bestScore ||
      (score === bestScore && best !== undefined && regel.geldigVanaf > best.geldigVanaf)
    ) {
      best = regel;
      bestScore = score;
    }
  }
  return best;
}

/** The pgb decision norm in force on the ontvangstdatum: the latest `geldigVanaf` on or before it. */
export function selectPgbNorm(normen: Normen, ontvangstdatum: CalendarDate): PgbNormRegel | undefined {
  let best: PgbNormRegel | undefined;
  for (const regel of normen.pgbBesluitDagen) {
    if (regel.geldigVanaf > ontvangstdatum) continue;
    if (!best || regel.geldigVanaf > best.geldigVanaf) best = regel;
  }
  return best;
}

/**
 * The MAZ norm in force on the aanvangsdatum_zorg: a specific leveringsvorm beats `*`;
 * among equal specificity the latest `geldigVanaf` on or before the date.
 */
export function selectMazNorm(
  normen: Normen,
  leveringsvorm: Leveringsvorm,
  aanvangsdatum: CalendarDate,
): MazNormRegel | undefined {
  let best: MazNormRegel | undefined;
  let bestScore = -1;
  for (const regel of normen.mazDagen) {
    if (regel.geldigVanaf > aanvangsdatum) continue;
    if (regel.leveringsvorm !== ALLE && regel.leveringsvorm !== leveringsvorm) continue;
    const score = regel.leveringsvorm === ALLE ? 0 : 1;
    if (
      score > bestScore ||
      (score === bestScore && best !== undefined && regel.geldigVanaf > best.geldigVanaf)
    ) {
      best = regel;
      bestScore = score;
    }
  }
  return best;
}
