import { readBsn } from '../reference/bsn.ts';
import { containsBsnLike } from '../reference/bsn-in-tekst.ts';
import type { CelLezer } from './cel-lezer.ts';
import { type ExtractFout, shownValue } from './extract-fout.ts';
import { normaliseKolomNaam } from './extract-kolommen.ts';

const NOOIT_BSN = 'de monitor slaat nooit een BSN op';

/**
 * The AGB code column. An AGB code has 8 digits, and one in eleven passes the elfproef with
 * a 0 put before it; a valid AGB code there is an AGB code, not a BSN without its leading
 * zero (otherwise nearly every wachtlijst with preferred providers would be refused). A
 * 9-digit value or one written with separators is no AGB code and is checked as usual.
 */
const AGB_KOLOM = 'voorkeursaanbieder';
const AGB_CODE = /^\d{1,8}$/;

/** A `bsn` column refuses the file from its header (extract-kop.ts); its cells add nothing. */
const BSN_KOLOM = 'bsn';

/** Why a cell value is refused as BSN-like, in Dutch; undefined when it holds no BSN-like number. */
export function bsnReden(text: string): string | undefined {
  // Every value readBsn reads as a BSN holds a BSN-like number: the cheap scan goes first.
  if (!containsBsnLike(text)) return undefined;
  const bsn = readBsn(text);
  if (bsn?.voorloopnulHersteld) {
    return `lijkt een BSN zonder voorloopnul (8 cijfers die met een 0 ervoor de elfproef doorstaan); ${NOOIT_BSN}`;
  }
  if (bsn) return `lijkt een BSN (9 cijfers die de elfproef doorstaan); ${NOOIT_BSN}`;
  return `bevat een getal dat op een BSN lijkt (het doorstaat de elfproef); ${NOOIT_BSN}`;
}

/** A column as an error names it: its name as matched (lower case), or its number. */
function kolomNaam(naam: string | undefined, index: number): string {
  const genormaliseerd = normaliseKolomNaam(naam ?? '');
  return genormaliseerd === '' || containsBsnLike(genormaliseerd)
    ? `${index + 1}`
    : shownValue(genormaliseerd);
}

/** Header cells (row 1) that hold a BSN-like number: a column name must not be one either. */
export function bsnFoutenInKop(kop: readonly string[]): ExtractFout[] {
  const fouten: ExtractFout[] = [];
  kop.forEach((naam, index) => {
    const reden = bsnReden(naam);
    if (reden) fouten.push({ rij: 1, kolom: `${index + 1}`, waarde: shownValue(naam), reden });
  });
  return fouten;
}

/**
 * The BSN check of every cell of a data record, in every column: known, optional, ignored
 * (a free-text remark) or beyond the header. A BSN-like cell is a row error naming row and
 * column, with the value masked, so that the file is refused and nothing of it is stored.
 */
export class BsnCellen {
  private readonly namen: readonly string[];
  private readonly agbKolom: number | undefined;

  /** `kop` the header cells, `kolommen` the known columns of the file's kind. */
  constructor(kop: readonly string[], kolommen: ReadonlyMap<string, number>) {
    this.namen = kop.map(kolomNaam);
    this.agbKolom = kolommen.get(AGB_KOLOM);
  }

  /**
   * Reports through `lezer` each BSN-like cell of the record whose column has no error in
   * this row yet (`fouten`: the errors so far; the row's own come last), so that a value a
   * typed column already refused (`lijkt een BSN` for client_id, `geen datum` for a date)
   * is not reported twice. True when the record holds a BSN-like value.
   */
  controleer(
    velden: readonly string[],
    lezer: Pick<CelLezer, 'rij' | 'fout'>,
    fouten: readonly ExtractFout[],
  ): boolean {
    const alGemeld = new Set<string | null>();
    for (let i = fouten.length - 1; i >= 0 && fouten[i]?.rij === lezer.rij; i--)
      alGemeld.add(fouten[i]?.kolom ?? null);
    let gevonden = false;
    velden.forEach((veld, index) => {
      const kolom = this.namen[index] ?? `${index + 1}`;
      if (kolom === BSN_KOLOM || (index === this.agbKolom && AGB_CODE.test(veld.trim()))) return;
      const reden = bsnReden(veld);
      if (!reden) return;
      gevonden = true;
      if (!alGemeld.has(kolom)) lezer.fout(kolom, veld, reden);
    });
    return gevonden;
  }
}
