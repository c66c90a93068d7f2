import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { ExtractLogRegel } from '../../storage/extract-log.ts';
import type { ExtractLogStore } from '../../storage/zorgplicht-store.ts';
import type { Gebruiker } from '../gebruiker.ts';
import { magClientniveauZien, magRegioZien, requireRegio } from '../toegang.ts';
import type { ToegangsLogboek } from '../toegangslog.ts';

/**
 * What one user may see of an ingest log entry (contracts §6): a zorgkantoor only its own
 * regions — their rows, errors and counts, not those of other regions in the same file —;
 * toezicht every region, but no value from a file (a value may be a client id); beheer all.
 */
export function logRegelVoor(gebruiker: Gebruiker, regel: ExtractLogRegel): ExtractLogRegel | undefined {
  let zicht = regel;
  if (gebruiker.rol === 'zorgkantoor') {
    const eigen = (regio: RegioCode | undefined) => regio === undefined || magRegioZien(gebruiker, regio);
    const regios = regel.regios.filter((r) => magRegioZien(gebruiker, r));
    if (regios.length === 0) return undefined;
    const rijenPerRegio: Partial<Record<RegioCode, number>> = {};
    for (const regio of regios) {
      const aantal = regel.rijenPerRegio?.[regio];
      if (aantal !== undefined) rijenPerRegio[regio] = aantal;
    }
    const samenvatting = regel.foutSamenvatting?.filter((g) => eigen(g.regio));
    const fouten = regel.fouten.filter((f) => eigen(f.regio));
    zicht = {
      ...regel,
      regios,
      rijenPerRegio,
      rijen: regel.rijenPerRegio ? regios.reduce((n, r) => n + (rijenPerRegio[r] ?? 0), 0) : regel.rijen,
      fouten,
      foutSamenvatting: samenvatting,
      foutAantal: samenvatting ? samenvatting.reduce((n, g) => n + g.aantal, 0) : fouten.length,
    };
  }
  if (!magClientniveauZien(gebruiker)) {
    zicht = { ...zicht, fouten: zicht.fouten.map((f) => ({ ...f, waarde: null })) };
  }
  return zicht;
}

/** How many values from files (possibly client ids) an answer hands out: for the access log. */
export function clientWaarden(regels: readonly ExtractLogRegel[]): number {
  return regels.reduce((n, r) => n + r.fouten.filter((f) => f.waarde !== null && f.waarde !== '').length, 0);
}

/**
 * The ingest log, newest first, as the user may see it (`logRegelVoor`); with `regio`, only files
 * that hold rows of that region. Error values are client-level: an answer that carries them is
 * written to the access log when one is given.
 */
export async function listExtractLog(
  deps: {
    readonly store: { readonly extractLog: Pick<ExtractLogStore, 'listExtractLog'> };
    readonly now: () => Date;
    readonly toegangslog?: ToegangsLogboek | undefined;
  },
  vraag: {
    readonly gebruiker: Gebruiker;
    readonly regio?: RegioCode | undefined;
    readonly aantal?: number | undefined;
    readonly kanaal?: string | undefined;
  },
): Promise<ExtractLogRegel[]> {
  if (vraag.regio) requireRegio(vraag.gebruiker, vraag.regio);
  const alle = await deps.store.extractLog.listExtractLog({ regio: vraag.regio });
  const zichtbaar = alle.flatMap((r) => {
    const regel = logRegelVoor(vraag.gebruiker, r);
    return regel ? [regel] : [];
  });
  const regels = vraag.aantal === undefined ? zichtbaar : zichtbaar.slice(0, vraag.aantal);
  const aantal = clientWaarden(regels);
  if (aantal > 0) {
    await deps.toegangslog?.record({
      gebruiker: vraag.gebruiker,
      kanaal: vraag.kanaal ?? 'extracten',
      regio: vraag.regio ?? null,
      aantal,
      op: deps.now().toISOString(),
    });
  }
  return regels;
}
