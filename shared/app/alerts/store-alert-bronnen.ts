import type { Gebruiker } from '../gebruiker.ts';
import { BerekeningCache } from '../lezen/berekening-cache.ts';
import { kiesStandaardMaand, readGegevensOmvang } from '../lezen/gegevens-omvang.ts';
import { getIndicatoren } from '../lezen/get-indicatoren.ts';
import { getSignaallijst } from '../lezen/get-signaallijst.ts';
import type { LeesDeps, LeesStore } from '../lezen/lees-deps.ts';
import type { NormenInGebruik } from '../normen/normen-in-gebruik.ts';
import type { AlertBronnen } from './alert-bronnen.ts';

/** The alert run reads as the system, for one region at a time; the run itself logs each mail. */
const ALERT_RUN: Gebruiker = { id: 'systeem:alerts', naam: 'Alert-mail', rol: 'beheer', regios: [] };

/**
 * The alert's sources through the read-side use cases, with the norms in force at each run: a
 * region's six seinen of its default month (the newest month with data of all kinds), and its
 * 75%-lijst of the newest data.
 */
export function createStoreAlertBronnen(deps: {
  readonly store: LeesStore;
  readonly normen: () => Promise<NormenInGebruik>;
  readonly now: () => Date;
}): AlertBronnen {
  const berekeningen = new BerekeningCache();
  const lees = async (): Promise<LeesDeps> => ({
    store: deps.store,
    normen: await deps.normen(),
    now: deps.now,
    berekeningen,
  });
  return {
    async seinen(regio) {
      const keuze = kiesStandaardMaand(await readGegevensOmvang(deps.store), [regio]);
      if (!keuze) return null;
      const jaar = Number(keuze.maand.slice(0, 4));
      const [{ indicatoren }, oordelen] = await Promise.all([
        getIndicatoren(await lees(), { gebruiker: ALERT_RUN, regio, maand: keuze.maand }),
        deps.store.seinen.listSeinOordelen(regio, jaar),
      ]);
      return { maand: keuze.maand, seinen: indicatoren.seinen, oordelen };
    },
    async signaallijst(regio) {
      return getSignaallijst(await lees(), { gebruiker: ALERT_RUN, regio });
    },
  };
}
