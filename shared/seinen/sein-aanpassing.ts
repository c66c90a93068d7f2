import type { CalendarMonth } from '../calendar/calendar-date.ts';
import type { Kleur } from '../indicators/indicatoren-json.ts';
import type { SeinIndicator } from '../norms/normen.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';

/** The colours a person may give a sein. */
export const HANDMATIGE_KLEUREN = ['groen', 'oranje'] as const;
export type HandmatigeKleur = (typeof HANDMATIGE_KLEUREN)[number];

/**
 * A manual override of a computed sein (contracts §3.3) by a beheer user, with a mandatory
 * toelichting. The computed colour at that moment is kept beside it. `kleur: null` lifts an
 * earlier override. Every change is kept; the latest one for (region, month, sein) counts.
 */
export interface SeinAanpassing {
  readonly regio: RegioCode;
  readonly maand: CalendarMonth;
  readonly sein: SeinIndicator;
  readonly kleur: HandmatigeKleur | null;
  readonly berekendeKleur: Kleur;
  readonly berekendeWaarde: number | null;
  readonly toelichting: string;
  readonly auteur: string;
  /** ISO timestamp */
  readonly tijdstip: string;
}

/** The three seinen of the uitvoeringsverslag that are judged by hand, per region and year. */
export const OORDEEL_SEINEN = ['keuze_leveringsvormen', 'passende_zorg', 'continuiteit_van_zorg'] as const;
export type OordeelSein = (typeof OORDEEL_SEINEN)[number];

export const OORDEEL_SEIN_NAAM: Readonly<Record<OordeelSein, string>> = {
  keuze_leveringsvormen: 'Keuze tussen leveringsvormen',
  passende_zorg: 'Passende zorg gedurende de looptijd van de indicatie',
  continuiteit_van_zorg: 'Continuïteit van zorg is gewaarborgd',
};

/** A judged sein for a region and year, with its toelichting; every change is kept, the latest counts. */
export interface SeinOordeel {
  readonly regio: RegioCode;
  readonly jaar: number;
  readonly sein: OordeelSein;
  readonly kleur: HandmatigeKleur;
  readonly toelichting: string;
  readonly auteur: string;
  readonly tijdstip: string;
}

export const MAX_TOELICHTING = 2000;

/** A toelichting is mandatory: some words, not a single character. */
export function checkToelichting(toelichting: string): string | undefined {
  const tekst = toelichting.trim();
  if (tekst.length === 0) return 'een toelichting is verplicht';
  if (tekst.length < 10) return 'de toelichting is te kort: leg in een zin uit waarom';
  if (tekst.length > MAX_TOELICHTING) return `de toelichting is langer dan ${MAX_TOELICHTING} tekens`;
  return undefined;
}

/**
 * The latest entry per key: a history collapsed to what counts now. Of entries with the same
 * time, the later one in the list (histories are kept oldest first, in the order made) counts.
 */
export function laatstePer<T extends { readonly tijdstip: string }>(
  items: readonly T[],
  key: (item: T) => string,
): Map<string, T> {
  const laatste = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const huidig = laatste.get(k);
    if (!huidig || item.tijdstip >= huidig.tijdstip) laatste.set(k, item);
  }
  return laatste;
}
