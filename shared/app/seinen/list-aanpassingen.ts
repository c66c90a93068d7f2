import type { CalendarMonth } from '../../calendar/calendar-date.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { SeinAanpassing, SeinOordeel } from '../../seinen/sein-aanpassing.ts';
import type { Gebruiker } from '../gebruiker.ts';
import type { LeesStore } from '../lezen/lees-deps.ts';
import { requireRegio } from '../toegang.ts';

/**
 * The history of a region's overrides and judged seinen, oldest first: every role that may see
 * the region may read it (it is part of the verantwoording). With `maand`, only that month's
 * overrides and no judged seinen.
 */
export async function listAanpassingen(
  deps: { readonly store: Pick<LeesStore, 'seinen'> },
  vraag: {
    readonly gebruiker: Gebruiker;
    readonly regio: RegioCode;
    readonly maand?: CalendarMonth | undefined;
  },
): Promise<{ aanpassingen: SeinAanpassing[]; oordelen: SeinOordeel[] }> {
  requireRegio(vraag.gebruiker, vraag.regio);
  const [aanpassingen, oordelen] = await Promise.all([
    deps.store.seinen.listSeinAanpassingen(vraag.regio, vraag.maand),
    vraag.maand ? Promise.resolve([]) : deps.store.seinen.listSeinOordelen(vraag.regio),
  ]);
  return { aanpassingen, oordelen };
}
