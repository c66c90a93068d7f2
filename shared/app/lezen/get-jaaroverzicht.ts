import type { CalendarDate } from '../../calendar/calendar-date.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import { kiesMomentopnamenVanJaar } from '../../verslag/jaar-momentopnamen.ts';
import { berekenJaarcijfers } from '../../verslag/jaarcijfers.ts';
import type { JaarcijfersJson } from '../../verslag/jaarcijfers-json.ts';
import type { Gebruiker } from '../gebruiker.ts';
import { normenGrondslag } from '../normen/normen-in-gebruik.ts';
import { requireRegio } from '../toegang.ts';
import { checkJaar } from '../vandaag.ts';
import type { LeesDeps } from './lees-deps.ts';

/**
 * The year figures of a region for the uitvoeringsverslag (contracts §3.4): the monthly
 * snapshots of the year, the region's current pgb and MAZ state, its judged seinen of the year,
 * and what they rest on. A year that has not begun is refused.
 */
export async function getJaaroverzicht(
  deps: LeesDeps,
  vraag: { readonly gebruiker: Gebruiker; readonly regio: RegioCode; readonly jaar: number },
): Promise<JaarcijfersJson> {
  requireRegio(vraag.gebruiker, vraag.regio);
  checkJaar(vraag.jaar, deps.now);
  const { regio, jaar } = vraag;
  const data = deps.store.extractData;
  const peildata = await data.listWachtlijstPeildata(regio);
  const gekozen = kiesMomentopnamenVanJaar(
    peildata.map((peildatum) => ({ peildatum })),
    jaar,
  );
  const [momentopnamen, pgb, maz, oordelen] = await Promise.all([
    Promise.all(
      gekozen.map(
        async ({ peildatum }) => (await data.getMomentopname(regio, peildatum)) ?? { peildatum, regels: [] },
      ),
    ),
    data.getPgbStand(regio),
    data.getMazStand(regio),
    deps.store.seinen.listSeinOordelen(regio, jaar),
  ]);
  const nieuwsteWachtlijstPeildatum = peildata.reduce<CalendarDate | null>(
    (max, p) => (max === null || p > max ? p : max),
    null,
  );
  return berekenJaarcijfers(
    { regio, jaar, momentopnamen, nieuwsteWachtlijstPeildatum, pgb, maz, oordelen },
    deps.normen.normen,
    normenGrondslag(deps.normen),
  );
}
