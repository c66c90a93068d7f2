import { type CalendarDate, monthOf } from '../../calendar/calendar-date.ts';
import { EXTRACT_SOORTEN } from '../../extracts/extract-rows.ts';
import { leesSignaallijstInvoer } from '../../indicators/indicator-invoer.ts';
import { indicatorenVoorRegio } from '../../indicators/indicatoren-voor-regio.ts';
import { berekenSignaallijst } from '../../indicators/signaallijst.ts';
import type { Normen } from '../../norms/normen.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { ZorgplichtStore } from '../../storage/zorgplicht-store.ts';
import type { AlertBronnen } from './alert-bronnen.ts';

/** The newest peildatum of any visible extract that holds rows of the region. */
async function nieuwstePeildatum(store: ZorgplichtStore, regio: RegioCode): Promise<CalendarDate | null> {
  const zichtbaar = (await Promise.all(EXTRACT_SOORTEN.map((s) => store.listZichtbareExtracten(s)))).flat();
  return zichtbaar
    .filter((z) => z.regios.includes(regio))
    .reduce<CalendarDate | null>((max, z) => (max === null || z.peildatum > max ? z.peildatum : max), null);
}

/** The alert's sources computed on read from the store, with the norms in force. */
export function createStoreAlertBronnen(store: ZorgplichtStore, normen: Normen): AlertBronnen {
  return {
    async seinen(regio) {
      const peildatum = await nieuwstePeildatum(store, regio);
      if (!peildatum) return null;
      const maand = monthOf(peildatum);
      const [indicatoren, oordelen] = await Promise.all([
        indicatorenVoorRegio(store, regio, maand, normen),
        store.listSeinOordelen(regio, Number(maand.slice(0, 4))),
      ]);
      return { maand, seinen: indicatoren.seinen, oordelen };
    },
    async signaallijst(regio) {
      return berekenSignaallijst(await leesSignaallijstInvoer(store, regio), normen);
    },
  };
}
