import type { CalendarDate } from '../../calendar/calendar-date.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { ExtractDataStore, SeinStore } from '../../storage/zorgplicht-store.ts';
import { kiesMomentopnamenVanJaar } from '../../verslag/jaar-momentopnamen.ts';
import type { JaarInvoer } from '../../verslag/jaarcijfers.ts';

/** The store reads the year figures need, and no more. */
export type JaarInvoerStore = Pick<
  ExtractDataStore,
  'listWachtlijstPeildata' | 'getWachtlijst' | 'getPgbStand' | 'getMazStand'
> &
  Pick<SeinStore, 'listSeinOordelen'>;

/**
 * What the year figures of (region, year) are computed from (contracts §3.4): the latest
 * wachtlijst snapshot of each month of the year (the one §3.3 uses for that month), the region's
 * current pgb and MAZ state, and its judged seinen of the year.
 */
export async function leesJaarInvoer(
  store: JaarInvoerStore,
  regio: RegioCode,
  jaar: number,
): Promise<JaarInvoer> {
  const peildata = await store.listWachtlijstPeildata(regio);
  const gekozen = kiesMomentopnamenVanJaar(
    peildata.map((peildatum) => ({ peildatum })),
    jaar,
  );
  const [momentopnamen, pgb, maz, oordelen] = await Promise.all([
    Promise.all(
      gekozen.map(async ({ peildatum }) => ({
        peildatum,
        regels: (await store.getWachtlijst(regio, peildatum)) ?? [],
      })),
    ),
    store.getPgbStand(regio),
    store.getMazStand(regio),
    store.listSeinOordelen(regio, jaar),
  ]);
  const nieuwsteWachtlijstPeildatum = peildata.reduce<CalendarDate | null>(
    (max, p) => (max === null || p > max ? p : max),
    null,
  );
  return { regio, jaar, momentopnamen, nieuwsteWachtlijstPeildatum, pgb, maz, oordelen };
}
