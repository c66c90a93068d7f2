import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import { formatDatum, formatGetal } from '../text/dutch-format.ts';
import type { ExtractFout } from './extract-fout.ts';
import { shownValue } from './extract-fout.ts';
import { MAX_FOUTEN_PER_SOORT } from './fout-verzameling.ts';

interface RegioTelling {
  aantal: number;
  /** The first rows with this peildatum in this region, with the cell as the file has it. */
  readonly eerste: Array<{ readonly rij: number; readonly tekst: string }>;
}

/** The rows deviating from the file's peildatum: the first ones in full, and how many in all. */
export interface PeildatumAfwijkingen {
  /** In row order, at most `MAX_FOUTEN_PER_SOORT` per region and deviating peildatum. */
  readonly fouten: readonly ExtractFout[];
  /** Per region and deviating peildatum: one example and how many more there are. */
  readonly overige: ReadonlyArray<{ readonly voorbeeld: ExtractFout; readonly aantal: number }>;
}

/**
 * Counts the peildatum of every row, per region, to find the file's peildatum (the one most
 * rows carry) and the rows that deviate from it, keeping only the first rows of each
 * (peildatum, region) so that memory stays bounded however many rows deviate.
 */
export class PeildatumTelling {
  private readonly perPeildatum = new Map<CalendarDate, Map<RegioCode | undefined, RegioTelling>>();

  add(peildatum: CalendarDate, rij: number, regio: RegioCode | undefined, tekst: string): void {
    let perRegio = this.perPeildatum.get(peildatum);
    if (!perRegio) {
      perRegio = new Map();
      this.perPeildatum.set(peildatum, perRegio);
    }
    let telling = perRegio.get(regio);
    if (!telling) {
      telling = { aantal: 0, eerste: [] };
      perRegio.set(regio, telling);
    }
    telling.aantal++;
    if (telling.eerste.length < MAX_FOUTEN_PER_SOORT) telling.eerste.push({ rij, tekst });
  }

  private aantalMet(peildatum: CalendarDate): number {
    let aantal = 0;
    for (const telling of this.perPeildatum.get(peildatum)?.values() ?? []) aantal += telling.aantal;
    return aantal;
  }

  /** The peildatum most rows carry (the earliest one on a tie). */
  get peildatum(): CalendarDate | undefined {
    let best: CalendarDate | undefined;
    let bestCount = 0;
    for (const peildatum of this.perPeildatum.keys()) {
      const count = this.aantalMet(peildatum);
      if (count > bestCount || (count === bestCount && best !== undefined && peildatum < best)) {
        best = peildatum;
        bestCount = count;
      }
    }
    return best;
  }

  /** Every row whose peildatum is not `peildatum`, as errors naming the file's peildatum. */
  afwijkingenVan(peildatum: CalendarDate): PeildatumAfwijkingen {
    const aantal = this.aantalMet(peildatum);
    const reden = `wijkt af van de peildatum van het bestand (${formatDatum(peildatum)}, op ${formatGetal(aantal)} ${aantal === 1 ? 'rij' : 'rijen'}); alle rijen moeten dezelfde peildatum hebben`;
    const fouten: ExtractFout[] = [];
    const overige: Array<{ voorbeeld: ExtractFout; aantal: number }> = [];
    for (const [andere, perRegio] of this.perPeildatum) {
      if (andere === peildatum) continue;
      for (const [regio, telling] of perRegio) {
        const regioFouten = telling.eerste.map(({ rij, tekst }) => ({
          rij,
          kolom: 'peildatum',
          waarde: shownValue(tekst),
          reden,
          ...(regio === undefined ? {} : { regio }),
        }));
        fouten.push(...regioFouten);
        const voorbeeld = regioFouten[0];
        if (voorbeeld && telling.aantal > regioFouten.length) {
          overige.push({ voorbeeld, aantal: telling.aantal - regioFouten.length });
        }
      }
    }
    return { fouten: fouten.sort((a, b) => (a.rij ?? 0) - (b.rij ?? 0)), overige };
  }
}
