import { type CalendarDate, type CalendarMonth, monthOf } from '../../calendar/calendar-date.ts';
import { EXTRACT_SOORTEN } from '../../extracts/extract-rows.ts';
import type { Normen } from '../../norms/normen.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { ZorgplichtStore } from '../../storage/zorgplicht-store.ts';
import type { SeinenMetAanpassingen } from '../../seinen/pas-aanpassingen-toe.ts';
import { indicatorenVoorRegio } from './indicatoren-voor-regio.ts';

export interface RegioSeinen {
  readonly regio: RegioCode;
  readonly seinen: SeinenMetAanpassingen;
}

/** What the store holds: the regions with any visible extract, and the month of the newest peildatum. */
export async function gegevensOmvang(
  store: Pick<ZorgplichtStore, 'listZichtbareExtracten'>,
): Promise<{ regios: RegioCode[]; laatsteMaand: CalendarMonth | null }> {
  const zichtbaar = (await Promise.all(EXTRACT_SOORTEN.map((s) => store.listZichtbareExtracten(s)))).flat();
  const regios = [...new Set(zichtbaar.flatMap((z) => z.regios))].sort();
  const laatste = zichtbaar.reduce<CalendarDate | null>(
    (max, z) => (max === null || z.peildatum > max ? z.peildatum : max),
    null,
  );
  return { regios, laatsteMaand: laatste ? monthOf(laatste) : null };
}

/** The computed seinen of every given region for one month, side by side (contracts §3.3). */
export async function berekenSeinenOverzicht(
  store: ZorgplichtStore,
  regios: readonly RegioCode[],
  maand: CalendarMonth,
  normen: Normen,
): Promise<RegioSeinen[]> {
  const uitkomst: RegioSeinen[] = [];
  // A few regions at a time: each reads its own partitions.
  for (let i = 0; i < regios.length; i += 4) {
    const groep = regios.slice(i, i + 4);
    const seinen = await Promise.all(
      groep.map(async (regio) => ({
        regio,
        seinen: (await indicatorenVoorRegio(store, regio, maand, normen)).seinen,
      })),
    );
    uitkomst.push(...seinen);
  }
  return uitkomst;
}
