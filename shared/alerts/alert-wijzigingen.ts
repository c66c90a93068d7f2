import type { CalendarDate, CalendarMonth } from '../calendar/calendar-date.ts';
import { SEIN_INDICATOREN, type SeinIndicator } from '../norms/normen.ts';
import { type HandmatigeKleur, OORDEEL_SEINEN, type OordeelSein } from '../seinen/sein-aanpassing.ts';
import type { SeinenSamenvatting, SeinSamenvatting } from './seinen-samenvatting.ts';

/** What the previous mail to a subscriber said: kept with its sent marker. */
export interface VorigeMail {
  readonly cyclus: CalendarDate;
  readonly samenvatting: SeinenSamenvatting | null;
  /** `lijstHash` of every item the mail listed. */
  readonly lijstHashes: readonly string[];
}

export type SeinWijziging =
  | {
      readonly soort: 'berekend';
      readonly sein: SeinIndicator;
      readonly van: SeinSamenvatting;
      readonly naar: SeinSamenvatting;
    }
  | {
      readonly soort: 'oordeel';
      readonly sein: OordeelSein;
      readonly van: HandmatigeKleur | null;
      readonly naar: HandmatigeKleur | null;
    };

/** What changed since the previous mail to this subscriber; `vorige` null for a first mail. */
export interface AlertWijzigingen {
  readonly vorige: { readonly cyclus: CalendarDate; readonly maand: CalendarMonth | null } | null;
  readonly seinen: readonly SeinWijziging[];
  /** Items on the list now that the previous mail did not list. */
  readonly nieuwOpLijst: number;
  /** Items the previous mail listed that are not on the list now. */
  readonly vanLijstAf: number;
}

function berekendGewijzigd(van: SeinSamenvatting, naar: SeinSamenvatting): boolean {
  return van.kleur !== naar.kleur || van.waarde !== naar.waarde || van.handmatig !== naar.handmatig;
}

export function bepaalWijzigingen(
  vorige: VorigeMail | null,
  nu: SeinenSamenvatting | null,
  lijstHashes: readonly string[],
): AlertWijzigingen {
  if (!vorige) return { vorige: null, seinen: [], nieuwOpLijst: lijstHashes.length, vanLijstAf: 0 };
  const eerder = new Set(vorige.lijstHashes);
  const huidig = new Set(lijstHashes);
  const seinen: SeinWijziging[] = [];
  const oud = vorige.samenvatting;
  if (oud && nu) {
    for (const sein of SEIN_INDICATOREN) {
      const van = oud.seinen[sein];
      const naar = nu.seinen[sein];
      if (berekendGewijzigd(van, naar)) seinen.push({ soort: 'berekend', sein, van, naar });
    }
    for (const sein of OORDEEL_SEINEN) {
      const van = oud.oordelen[sein] ?? null;
      const naar = nu.oordelen[sein] ?? null;
      if (van !== naar) seinen.push({ soort: 'oordeel', sein, van, naar });
    }
  }
  return {
    vorige: { cyclus: vorige.cyclus, maand: oud?.maand ?? null },
    seinen,
    nieuwOpLijst: lijstHashes.filter((h) => !eerder.has(h)).length,
    vanLijstAf: vorige.lijstHashes.filter((h) => !huidig.has(h)).length,
  };
}
