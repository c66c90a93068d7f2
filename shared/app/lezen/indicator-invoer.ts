import { type CalendarDate, type CalendarMonth, monthOf } from '../../calendar/calendar-date.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { ExtractDataStore } from '../../storage/zorgplicht-store.ts';
import type { IndicatorInvoer } from '../../indicators/bereken-indicatoren.ts';
import type { SignaallijstInvoer } from '../../indicators/signaallijst.ts';
import type { Snapshot } from '../../indicators/wachtlijst-sectie.ts';

async function snapshot(
  store: ExtractDataStore,
  regio: RegioCode,
  kies: (peildata: readonly CalendarDate[]) => CalendarDate | undefined,
): Promise<Snapshot | null> {
  const peildatum = kies(await store.listWachtlijstPeildata(regio));
  if (!peildatum) return null;
  return { peildatum, regels: (await store.getWachtlijst(regio, peildatum)) ?? [] };
}

/**
 * What the indicators of (region, month) are computed from: the latest wachtlijst snapshot with
 * its peildatum in the month, and the region's current pgb and MAZ state (contracts §3.3).
 */
export async function leesIndicatorInvoer(
  store: ExtractDataStore,
  regio: RegioCode,
  maand: CalendarMonth,
): Promise<IndicatorInvoer> {
  const [wachtlijst, pgb, maz] = await Promise.all([
    snapshot(store, regio, (peildata) => peildata.filter((p) => monthOf(p) === maand).at(-1)),
    store.getPgbStand(regio),
    store.getMazStand(regio),
  ]);
  return { regio, maand, wachtlijst, pgb, maz };
}

/**
 * What the 75%-lijst of a region is computed from: by default the latest data of each kind;
 * with `peildatum`, the data as it stood on that date (the latest snapshot and extracts on or
 * before it).
 */
export async function leesSignaallijstInvoer(
  store: ExtractDataStore,
  regio: RegioCode,
  peildatum?: CalendarDate,
): Promise<SignaallijstInvoer> {
  const [wachtlijst, pgb, maz] = await Promise.all([
    snapshot(store, regio, (peildata) => peildata.filter((p) => !peildatum || p <= peildatum).at(-1)),
    store.getPgbStand(regio, peildatum),
    store.getMazStand(regio, peildatum),
  ]);
  return { wachtlijst, pgb, maz };
}
