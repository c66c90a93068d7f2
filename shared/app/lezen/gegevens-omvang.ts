import { type CalendarMonth, monthOf } from '../../calendar/calendar-date.ts';
import { formatMaand } from '../../text/dutch-format.ts';
import { EXTRACT_SOORTEN, type ExtractSoort } from '../../extracts/extract-rows.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { ZichtbaarExtract } from '../../storage/extract-log.ts';
import type { LeesStore } from './lees-deps.ts';

/** Which months each region has data of, per kind: read from the visibility records alone. */
export interface GegevensOmvang {
  /** Regions with any visible extract, in code order. */
  readonly regios: readonly RegioCode[];
  /** Per region and kind, the months with a peildatum. */
  readonly maanden: ReadonlyMap<RegioCode, Readonly<Record<ExtractSoort, ReadonlySet<CalendarMonth>>>>;
}

export async function readGegevensOmvang(store: Pick<LeesStore, 'extractLog'>): Promise<GegevensOmvang> {
  const perSoort = await Promise.all(EXTRACT_SOORTEN.map((s) => store.extractLog.listZichtbareExtracten(s)));
  const maanden = new Map<RegioCode, Record<ExtractSoort, Set<CalendarMonth>>>();
  const voeg = (z: ZichtbaarExtract) => {
    for (const regio of z.regios) {
      let perRegio = maanden.get(regio);
      if (!perRegio) {
        perRegio = { wachtlijst: new Set(), pgb: new Set(), maz: new Set() };
        maanden.set(regio, perRegio);
      }
      perRegio[z.soort].add(monthOf(z.peildatum));
    }
  };
  for (const lijst of perSoort) lijst.forEach(voeg);
  return { regios: [...maanden.keys()].sort(), maanden };
}

/** The month an overview shows when none is asked, and the rule that chose it, in Dutch. */
export interface MaandKeuze {
  readonly maand: CalendarMonth;
  readonly uitleg: string;
}

/**
 * The default month (issue: one stray early extract must not open a month nobody can judge yet):
 * the newest month in which every region in view has data of all three kinds; if there is none,
 * the newest month in which some region has all three kinds; else the newest month with any data.
 */
export function kiesStandaardMaand(
  omvang: GegevensOmvang,
  regios: readonly RegioCode[],
): MaandKeuze | undefined {
  const metGegevens = regios.filter((r) => omvang.maanden.has(r));
  if (metGegevens.length === 0) return undefined;
  const compleet = (regio: RegioCode): Set<CalendarMonth> => {
    const m = omvang.maanden.get(regio);
    if (!m) return new Set();
    return new Set([...m.wachtlijst].filter((maand) => m.pgb.has(maand) && m.maz.has(maand)));
  };
  const perRegio = metGegevens.map(compleet);
  const nieuwste = (maanden: Iterable<CalendarMonth>) => [...maanden].sort().at(-1);
  const iedereen = nieuwste([...(perRegio[0] ?? [])].filter((maand) => perRegio.every((s) => s.has(maand))));
  const alle = metGegevens.length === 1 ? 'voor deze regio' : "voor alle regio's";
  if (iedereen) {
    return {
      maand: iedereen,
      uitleg: `${formatMaand(iedereen)}, de nieuwste maand met gegevens van alle soorten ${alle}`,
    };
  }
  const iemand = nieuwste(perRegio.flatMap((s) => [...s]));
  if (iemand) {
    return {
      maand: iemand,
      uitleg: `${formatMaand(iemand)}, de nieuwste maand waarin een regio gegevens van alle soorten heeft`,
    };
  }
  const ooit = nieuwste(
    metGegevens.flatMap((r) => {
      const m = omvang.maanden.get(r);
      return m ? [...m.wachtlijst, ...m.pgb, ...m.maz] : [];
    }),
  );
  return ooit
    ? {
        maand: ooit,
        uitleg: `${formatMaand(ooit)}, de nieuwste maand met gegevens (nog niet van alle soorten)`,
      }
    : undefined;
}
