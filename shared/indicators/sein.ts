import type { Kleur, Sein } from './indicatoren-json.ts';
import { type Aandeel, haaltDrempel, percentageEenDecimaal } from './percentage.ts';

/**
 * A computed sein (contracts §3.3): `groen` when the value reaches the threshold, `oranje`
 * below it, `onbekend` without data. The colour is decided on the unrounded value; the
 * value is shown rounded to one decimal, or as `afronden` says (two decimals for year figures).
 */
export function bepaalSein(
  aandeel: Aandeel | null,
  drempel: number,
  afronden: (aandeel: Aandeel) => number | null = percentageEenDecimaal,
): Sein {
  if (!aandeel || aandeel.noemer === 0) return { waarde: null, drempel, kleur: 'onbekend' };
  const kleur: Kleur = haaltDrempel(aandeel, drempel) ? 'groen' : 'oranje';
  return { waarde: afronden(aandeel), drempel, kleur };
}
