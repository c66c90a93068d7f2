import type { Sein, Seinen } from '../indicators/indicatoren-json.ts';
import { SEIN_INDICATOREN } from '../norms/normen.ts';
import { type HandmatigeKleur, laatstePer, type SeinAanpassing } from './sein-aanpassing.ts';

/** A sein with a manual override: the colour in force, and the computed colour and the override beside it. */
export interface AangepastSein extends Sein {
  readonly berekendeKleur: Sein['kleur'];
  readonly aanpassing: {
    readonly kleur: HandmatigeKleur;
    readonly toelichting: string;
    /** Who set it (contracts §3.3). */
    readonly door: string;
    /** When (ISO timestamp). */
    readonly op: string;
    /** The computed colour when the override was made. */
    readonly berekendeKleurToen: Sein['kleur'];
  };
}

export type SeinenMetAanpassingen = { readonly [K in keyof Seinen]: Sein | AangepastSein };

/**
 * Applies the overrides in force (the latest per sein; a lifted override counts as none).
 * A sein without an override keeps exactly the shape of contracts §5.
 */
export function pasAanpassingenToe(
  seinen: Seinen,
  aanpassingen: readonly SeinAanpassing[],
): SeinenMetAanpassingen {
  const laatste = laatstePer(aanpassingen, (a) => a.sein);
  const uitkomst: Record<string, Sein | AangepastSein> = {};
  for (const id of SEIN_INDICATOREN) {
    const sein = seinen[id];
    const aanpassing = laatste.get(id);
    if (!aanpassing?.kleur) {
      uitkomst[id] = sein;
      continue;
    }
    uitkomst[id] = {
      ...sein,
      kleur: aanpassing.kleur,
      berekendeKleur: sein.kleur,
      aanpassing: {
        kleur: aanpassing.kleur,
        toelichting: aanpassing.toelichting,
        door: aanpassing.auteur,
        op: aanpassing.tijdstip,
        berekendeKleurToen: aanpassing.berekendeKleur,
      },
    };
  }
  return uitkomst as SeinenMetAanpassingen;
}
