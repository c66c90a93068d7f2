import type { CalendarDate } from '../../calendar/calendar-date.ts';
import type { SignaalRegel } from '../../indicators/signaal-regel.ts';
import { berekenSignaallijst } from '../../indicators/signaallijst.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { Gebruiker } from '../gebruiker.ts';
import { requireClientniveau, requireRegio } from '../toegang.ts';
import type { ToegangsLogboek } from '../toegangslog.ts';
import { readSignaallijstInvoer } from './indicator-invoer.ts';
import type { LeesDeps } from './lees-deps.ts';

/**
 * The 75%-lijst of a region (contracts §3, §4): client-level, so never for toezicht, and for a
 * zorgkantoor only of its own regions. With `peildatum`, the list as it stood on that date.
 * Each answer is written to the access log when one is given (who, when, which region, how many
 * rows; never the clients).
 */
export async function getSignaallijst(
  deps: Pick<LeesDeps, 'store' | 'normen' | 'now'> & { readonly toegangslog?: ToegangsLogboek | undefined },
  vraag: {
    readonly gebruiker: Gebruiker;
    readonly regio: RegioCode;
    readonly peildatum?: CalendarDate | undefined;
    /** What asked, for the access log (`GET /api/signaallijst`, `mail`). */
    readonly kanaal?: string | undefined;
  },
): Promise<SignaalRegel[]> {
  requireClientniveau(vraag.gebruiker);
  requireRegio(vraag.gebruiker, vraag.regio);
  const invoer = await readSignaallijstInvoer(deps.store.extractData, vraag.regio, vraag.peildatum);
  const regels = berekenSignaallijst(invoer, deps.normen.normen);
  await deps.toegangslog?.record({
    gebruiker: vraag.gebruiker,
    kanaal: vraag.kanaal ?? 'signaallijst',
    regio: vraag.regio,
    aantal: regels.length,
    op: deps.now().toISOString(),
  });
  return regels;
}
