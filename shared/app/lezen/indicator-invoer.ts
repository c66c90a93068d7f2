import { type CalendarDate, type CalendarMonth, monthOf } from '../../calendar/calendar-date.ts';
import type { IndicatorInvoer } from '../../indicators/bereken-indicatoren.ts';
import type { SignaallijstInvoer } from '../../indicators/signaallijst.ts';
import type { Snapshot } from '../../indicators/wachtlijst-sectie.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { LeesStore } from './lees-deps.ts';

type Data = LeesStore['extractData'];

async function snapshot(
  data: Data,
  regio: RegioCode,
  kies: (peildata: readonly CalendarDate[]) => CalendarDate | undefined,
): Promise<Snapshot | null> {
  const peildatum = kies(await data.listWachtlijstPeildata(regio));
  if (!peildatum) return null;
  return (await data.getMomentopname(regio, peildatum)) ?? { peildatum, regels: [] };
}

/**
 * What the indicators of (region, month) are computed from: the latest wachtlijst snapshot with
 * its peildatum in the month, and the region's current pgb and MAZ state (contracts §3.3).
 */
export async function readIndicatorInvoer(
  data: Data,
  regio: RegioCode,
  maand: CalendarMonth,
): Promise<IndicatorInvoer> {
  const [wachtlijst, pgb, maz] = await Promise.all([
    snapshot(data, regio, (peildata) => peildata.filter((p) => monthOf(p) === maand).at(-1)),
    data.getPgbStand(regio),
    data.getMazStand(regio),
  ]);
  return { regio, maand, wachtlijst, pgb, maz };
}

/**
 * What the 75%-lijst of a region is computed from: by default the latest data of each kind;
 * with `peildatum`, the data as it stood on that date (the latest snapshot and extracts on or
 * before it).
 */
export async function readSignaallijstInvoer(
  data: Data,
  regio: RegioCode,
  peildatum?: CalendarDate,
): Promise<SignaallijstInvoer> {
  const [wachtlijst, pgb, maz] = await Promise.all([
    snapshot(data, regio, (peildata) => peildata.filter((p) => !peildatum || p <= peildatum).at(-1)),
    data.getPgbStand(regio, peildatum),
    data.getMazStand(regio, peildatum),
  ]);
  return { wachtlijst, pgb, maz };
}
