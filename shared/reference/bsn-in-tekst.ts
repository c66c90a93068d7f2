import {
  BSN_LABEL,
  bsnVanGroepen,
  cijferGroepen,
  isCijferCode,
  isDatumVorm,
  SCHEIDING_TEKENS,
} from './bsn.ts';

/**
 * BSN-like numbers anywhere in a text: a free-text remark, a file name, a whole file. The
 * same normalisation as `readBsn` (bsn.ts), applied to every number in the text, so that a
 * value `readBsn` reads as a BSN is always found here too.
 *
 * A number is a run of digit groups joined by separators (spaces, dots, dashes, invisible
 * and control characters; not line breaks, commas or semicolons). Within a number every run
 * of whole consecutive groups is tried as `bsnVanGroepen` reads it: one group of 9 digits that
 * pass the elfproef (or 8 with a leading zero restored), or groups of at most four digits that
 * make 9 together (`2026-10-31 123 456 782` holds one; the key `PGB-5517-00012` does not). Not tried:
 * - a group glued to a letter (`K123456782`, `123456782A`): that is a key, not a number —
 *   except after a BSN label (`BSN123456782`). A dash, dot, space or underscore in between
 *   leaves the number loose (`K-123456782`, `lijst_123456782.csv`);
 * - the three groups of a real date (`2026-10-31`, `31-10-2026`), see `isDatumVorm`.
 */

export const BSN_VERWIJDERD = '[BSN verwijderd]';

/** Where a BSN-like number stands in a text: `[start, end)` in UTF-16 code units. */
export interface BsnPlek {
  readonly start: number;
  readonly end: number;
}

/** One separator character at `lastIndex` (sticky), for characters outside ASCII. */
const SCHEIDING = new RegExp(`[${SCHEIDING_TEKENS}]`, 'uy');
const CIJFER = /[0-9\uFF10-\uFF19]/g;
const WOORDTEKEN_ERVOOR = /[\p{L}\p{M}\p{N}]$/u;
const WOORDTEKEN_ERNA = /^[\p{L}\p{M}\p{N}]/u;
const LABEL_ERVOOR = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${BSN_LABEL}$`, 'iu');
/** Enough text before a number to see a glued label (`burger-service-nummer`). */
const LABEL_VENSTER = 32;

function isAsciiWoordteken(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A letter or digit right before `offset`: the number is glued to a word (an underscore separates). */
function woordErvoor(text: string, offset: number): boolean {
  if (offset === 0) return false;
  const code = text.charCodeAt(offset - 1);
  if (code < 0x80) return isAsciiWoordteken(code);
  return WOORDTEKEN_ERVOOR.test(text.slice(Math.max(0, offset - 2), offset));
}

function woordErna(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const code = text.charCodeAt(end);
  if (code < 0x80) return isAsciiWoordteken(code);
  return WOORDTEKEN_ERNA.test(text.slice(end, end + 2));
}

function cijferAantal(text: string): number {
  let aantal = 0;
  for (let i = 0; i < text.length; i++) if (isCijferCode(text.charCodeAt(i))) aantal++;
  return aantal;
}

/** The BSN-like runs of groups in one number that starts at `offset` in `text`. */
function inGetal(text: string, offset: number, getal: string): BsnPlek[] {
  const groepen = cijferGroepen(getal);
  const n = groepen.length;
  const datum: boolean[] = [];
  for (let i = 0; i + 2 < n; i++) {
    if (isDatumVorm(getal, groepen, i)) datum[i] = datum[i + 1] = datum[i + 2] = true;
  }
  const linksVast =
    woordErvoor(text, offset) && !LABEL_ERVOOR.test(text.slice(Math.max(0, offset - LABEL_VENSTER), offset));
  const rechtsVast = woordErna(text, offset + getal.length);

  const plekken: BsnPlek[] = [];
  for (let i = 0; i < n; i++) {
    const eerste = groepen[i];
    if (!eerste || datum[i] || (i === 0 && linksVast)) continue;
    let aantal = 0;
    for (let j = i; j < n && !datum[j] && !(j === n - 1 && rechtsVast); j++) {
      const groep = groepen[j];
      if (!groep) break;
      aantal += groep.cijfers.length;
      if (aantal > 9) break;
      if (bsnVanGroepen(groepen.slice(i, j + 1)))
        plekken.push({ start: offset + eerste.start, end: offset + groep.end });
    }
  }
  return plekken;
}

/** The length of the separator at `i` (0 when there is none): the same set as SCHEIDING_TEKENS, ASCII first. */
function scheidingLengte(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) {
    const scheiding =
      code === 0x20 ||
      code === 0x2e ||
      code === 0x2d ||
      code === 0x7f ||
      (code < 0x20 && code !== 0x0a && code !== 0x0d);
    return scheiding ? 1 : 0;
  }
  SCHEIDING.lastIndex = i;
  return SCHEIDING.exec(text)?.[0].length ?? 0;
}

/**
 * Every BSN-like number in `text`, in order; overlapping finds merged into one. A number is
 * `digit (separator* digit)*`, read by hand rather than by a regular expression: a file of
 * 200,000 rows holds a million numbers (dates, codes) to pass by quickly.
 */
export function findBsnLike(text: string): BsnPlek[] {
  const plekken: BsnPlek[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isCijferCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    let cijfers = 1;
    for (let j = end; j < text.length;) {
      if (isCijferCode(text.charCodeAt(j))) {
        cijfers++;
        end = ++j;
        continue;
      }
      const lengte = scheidingLengte(text, j);
      if (lengte === 0) break;
      j += lengte;
    }
    if (cijfers >= 8) plekken.push(...inGetal(text, i, text.slice(i, end)));
    i = end;
  }
  plekken.sort((a, b) => a.start - b.start);
  const samen: BsnPlek[] = [];
  for (const plek of plekken) {
    const vorige = samen[samen.length - 1];
    if (vorige && plek.start < vorige.end) {
      samen[samen.length - 1] = { start: vorige.start, end: Math.max(vorige.end, plek.end) };
    } else {
      samen.push(plek);
    }
  }
  return samen;
}

export function containsBsnLike(text: string): boolean {
  return cijferAantal(text) >= 8 && findBsnLike(text).length > 0;
}

function vervang(text: string, plekken: readonly BsnPlek[], door: (stuk: string) => string): string {
  const delen: string[] = [];
  let vanaf = 0;
  for (const plek of plekken) {
    delen.push(text.slice(vanaf, plek.start), door(text.slice(plek.start, plek.end)));
    vanaf = plek.end;
  }
  delen.push(text.slice(vanaf));
  return delen.join('');
}

/**
 * The text with each BSN-like number masked for a report: its first three digits stay, the
 * other digits become `*` (`lijst-123456782.csv` → `lijst-123******.csv`).
 */
export function maskBsnInText(text: string): string {
  const plekken = findBsnLike(text);
  if (plekken.length === 0) return text;
  return vervang(text, plekken, (stuk) => {
    let gezien = 0;
    return stuk.replace(CIJFER, (c) => (++gezien <= 3 ? c : '*'));
  });
}

/** The text with each BSN-like number replaced by `[BSN verwijderd]`, and how many were replaced. */
export function redactBsnInText(text: string): { readonly tekst: string; readonly aantal: number } {
  const plekken = findBsnLike(text);
  if (plekken.length === 0) return { tekst: text, aantal: 0 };
  return { tekst: vervang(text, plekken, () => BSN_VERWIJDERD), aantal: plekken.length };
}
