import type { CalendarMonth } from '../../calendar/calendar-date.ts';
import type { Normen } from '../../norms/normen.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import { pasAanpassingenToe, type SeinenMetAanpassingen } from '../../seinen/pas-aanpassingen-toe.ts';
import type { ZorgplichtStore } from '../../storage/zorgplicht-store.ts';
import { berekenIndicatoren } from '../../indicators/bereken-indicatoren.ts';
import type { IndicatorenJson } from '../../indicators/indicatoren-json.ts';
import { leesIndicatorInvoer } from './indicator-invoer.ts';

/** The JSON of contracts §5; a sein with a manual override also carries it (see AangepastSein). */
export type IndicatorenMetAanpassingen = Omit<IndicatorenJson, 'seinen'> & {
  readonly seinen: SeinenMetAanpassingen;
};

/**
 * The indicators of (region, month) from the store, computed on read with the norms given, and
 * with the manual overrides in force applied to the seinen. Changing the norms changes the
 * answer at once: nothing computed is stored.
 */
export async function indicatorenVoorRegio(
  store: ZorgplichtStore,
  regio: RegioCode,
  maand: CalendarMonth,
  normen: Normen,
): Promise<IndicatorenMetAanpassingen> {
  const [invoer, aanpassingen] = await Promise.all([
    leesIndicatorInvoer(store, regio, maand),
    store.listSeinAanpassingen(regio, maand),
  ]);
  const json = berekenIndicatoren(invoer, normen);
  return aanpassingen.length === 0
    ? json
    : { ...json, seinen: pasAanpassingenToe(json.seinen, aanpassingen) };
}
