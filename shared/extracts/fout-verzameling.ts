import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import type { ExtractFout } from './extract-fout.ts';
import { foutSoort } from './fout-soort.ts';

/** Of each kind of error (per region, column and reason) this many are kept in full. */
export const MAX_FOUTEN_PER_SOORT = 20;
/** More kinds than this are only counted together (a guard; real files have a few dozen). */
export const MAX_FOUTSOORTEN = 200;

const ANDERE_SOORTEN = 'andere fouten (te veel verschillende soorten om apart te tonen)';

/** How many errors of one kind a file has, and where the first ones are. */
export interface FoutGroep {
  readonly regio?: RegioCode;
  readonly kolom: string | null;
  /** The reason of the first error of this kind. */
  readonly reden: string;
  readonly aantal: number;
  /** The rows of the first errors of this kind (at most `MAX_FOUTEN_PER_SOORT`). */
  readonly eersteRijen: readonly number[];
}

interface Groep {
  readonly regio: RegioCode | undefined;
  readonly kolom: string | null;
  readonly reden: string;
  /** Overflow group: counts errors of many kinds, keeps none of them. */
  readonly gemengd: boolean;
  aantal: number;
  readonly eersteRijen: number[];
  readonly bewaard: Array<{ readonly fout: ExtractFout; readonly volgnummer: number }>;
}

/**
 * The errors of one file, bounded: the first `MAX_FOUTEN_PER_SOORT` of each kind — region,
 * column and reason kind (`foutSoort`) — are kept in full, the rest only counted, so that a
 * file with a million bad rows costs as much memory and report as one with a hundred, and a
 * reader still sees every kind of problem, per region.
 */
export class FoutVerzameling {
  private readonly groepen = new Map<string, Groep>();
  private totaal = 0;
  private volgnummer = 0;

  /** Every error found, also those not kept. */
  get aantal(): number {
    return this.totaal;
  }

  add(fout: ExtractFout): void {
    const groep = this.groepVan(fout);
    groep.aantal++;
    this.totaal++;
    if (groep.eersteRijen.length < MAX_FOUTEN_PER_SOORT && fout.rij !== null)
      groep.eersteRijen.push(fout.rij);
    if (!groep.gemengd && groep.bewaard.length < MAX_FOUTEN_PER_SOORT) {
      groep.bewaard.push({ fout, volgnummer: this.volgnummer++ });
    }
  }

  /** Counts `aantal` more errors of the kind of `voorbeeld` without keeping them. */
  tel(voorbeeld: ExtractFout, aantal: number): void {
    if (aantal <= 0) return;
    this.groepVan(voorbeeld).aantal += aantal;
    this.totaal += aantal;
  }

  /** The errors kept in full, in row order (problems of the whole file first), as found within a row. */
  get fouten(): ExtractFout[] {
    return [...this.groepen.values()]
      .flatMap((groep) => groep.bewaard)
      .sort((a, b) => (a.fout.rij ?? 0) - (b.fout.rij ?? 0) || a.volgnummer - b.volgnummer)
      .map(({ fout }) => fout);
  }

  /** One entry per kind, in the order of their first row. */
  get samenvatting(): FoutGroep[] {
    return [...this.groepen.values()]
      .map((groep, index) => ({ groep, index }))
      .sort((a, b) => (a.groep.eersteRijen[0] ?? 0) - (b.groep.eersteRijen[0] ?? 0) || a.index - b.index)
      .map(({ groep }) => ({
        ...(groep.regio === undefined ? {} : { regio: groep.regio }),
        kolom: groep.kolom,
        reden: groep.reden,
        aantal: groep.aantal,
        eersteRijen: [...groep.eersteRijen],
      }));
  }

  private groepVan(fout: ExtractFout): Groep {
    const sleutel = `${fout.regio ?? ''}\u0000${foutSoort(fout)}`;
    const bestaand = this.groepen.get(sleutel);
    if (bestaand) return bestaand;
    const gemengd = this.groepen.size >= MAX_FOUTSOORTEN;
    const groepSleutel = gemengd ? `${fout.regio ?? ''}\u0000*` : sleutel;
    let groep = this.groepen.get(groepSleutel);
    if (!groep) {
      groep = {
        regio: fout.regio,
        kolom: gemengd ? null : fout.kolom,
        reden: gemengd ? ANDERE_SOORTEN : fout.reden,
        gemengd,
        aantal: 0,
        eersteRijen: [],
        bewaard: [],
      };
      this.groepen.set(groepSleutel, groep);
    }
    return groep;
  }
}
