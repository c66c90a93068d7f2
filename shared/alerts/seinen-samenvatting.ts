import type { CalendarMonth } from '../calendar/calendar-date.ts';
import type { Kleur } from '../indicators/indicatoren-json.ts';
import { SEIN_INDICATOREN, type SeinIndicator } from '../norms/normen.ts';
import {
  type HandmatigeKleur,
  laatstePer,
  OORDEEL_SEINEN,
  type OordeelSein,
} from '../seinen/sein-aanpassing.ts';
import type { SeinenStand } from './seinen-stand.ts';

export interface SeinSamenvatting {
  readonly kleur: Kleur;
  readonly waarde: number | null;
  /** The colour was set by hand (✎). */
  readonly handmatig: boolean;
}

/**
 * What a mail said about the seinen, kept with its sent marker so that the next mail can say
 * what changed. Holds no client data.
 */
export interface SeinenSamenvatting {
  readonly maand: CalendarMonth;
  readonly seinen: Readonly<Record<SeinIndicator, SeinSamenvatting>>;
  /** The judged seinen in force; a sein not judged yet is absent. */
  readonly oordelen: Readonly<Partial<Record<OordeelSein, HandmatigeKleur>>>;
}

/** The judged seinen in force: the latest judgement per sein of the month's year. */
export function oordelenInStand(stand: SeinenStand): Partial<Record<OordeelSein, HandmatigeKleur>> {
  const jaar = Number(stand.maand.slice(0, 4));
  const laatste = laatstePer(
    stand.oordelen.filter((o) => o.jaar === jaar),
    (o) => o.sein,
  );
  const uitkomst: Partial<Record<OordeelSein, HandmatigeKleur>> = {};
  for (const sein of OORDEEL_SEINEN) {
    const oordeel = laatste.get(sein);
    if (oordeel) uitkomst[sein] = oordeel.kleur;
  }
  return uitkomst;
}

export function vatSeinenSamen(stand: SeinenStand): SeinenSamenvatting {
  const seinen = Object.fromEntries(
    SEIN_INDICATOREN.map((id) => {
      const sein = stand.seinen[id];
      return [id, { kleur: sein.kleur, waarde: sein.waarde, handmatig: 'aanpassing' in sein }];
    }),
  ) as Record<SeinIndicator, SeinSamenvatting>; // one entry per SEIN_INDICATOREN id, built just above
  return { maand: stand.maand, seinen, oordelen: oordelenInStand(stand) };
}
