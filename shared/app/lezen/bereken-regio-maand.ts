import type { CalendarMonth } from '../../calendar/calendar-date.ts';
import { berekenIndicatoren } from '../../indicators/bereken-indicatoren.ts';
import type { IndicatorenJson } from '../../indicators/indicatoren-json.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import { readIndicatorInvoer } from './indicator-invoer.ts';
import type { LeesDeps } from './lees-deps.ts';

/**
 * The computed indicators of (region, month) (contracts §5), without overrides: read from the
 * store and computed, or taken from the process's cache under the key of everything they depend
 * on (see BerekeningCache).
 */
export async function computeRegioMaand(
  deps: Pick<LeesDeps, 'store' | 'normen' | 'berekeningen'>,
  regio: RegioCode,
  maand: CalendarMonth,
): Promise<IndicatorenJson> {
  const invoer = await readIndicatorInvoer(deps.store.extractData, regio, maand);
  const sleutel = deps.berekeningen?.sleutel(invoer, deps.normen.hash);
  const bekend = sleutel === undefined ? undefined : deps.berekeningen?.get(sleutel);
  if (bekend) return bekend;
  const json = berekenIndicatoren(invoer, deps.normen.normen);
  if (sleutel !== undefined) deps.berekeningen?.set(sleutel, json);
  return json;
}
