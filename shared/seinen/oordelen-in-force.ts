import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import {
  type HandmatigeKleur,
  laatstePer,
  OORDEEL_SEINEN,
  type OordeelSein,
  type SeinOordeel,
} from './sein-aanpassing.ts';

/** A judged sein as the JSON shows it (contracts §3.3: `oordelen`). */
export interface Oordeel {
  readonly sein: OordeelSein;
  readonly kleur: HandmatigeKleur;
  readonly toelichting: string;
  readonly door: string;
  /** ISO timestamp */
  readonly op: string;
}

/**
 * The judged seinen of (region, year) in force: the latest per sein, in the order of the
 * uitvoeringsverslag; a sein never judged is absent.
 */
export function oordelenInForce(oordelen: readonly SeinOordeel[], regio: RegioCode, jaar: number): Oordeel[] {
  const geldend = laatstePer(
    oordelen.filter((o) => o.regio === regio && o.jaar === jaar),
    (o) => o.sein,
  );
  return OORDEEL_SEINEN.flatMap((sein) => {
    const o = geldend.get(sein);
    return o ? [{ sein, kleur: o.kleur, toelichting: o.toelichting, door: o.auteur, op: o.tijdstip }] : [];
  });
}
