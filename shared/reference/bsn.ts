/**
 * BSN detection (contracts §1). The product never stores a BSN; a value that looks like one
 * is refused. A BSN has 9 digits and passes the elfproef:
 * 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 is divisible by 11.
 *
 * People and spreadsheets write a BSN in many forms, so a value is normalised before the
 * elfproef: spaces (also NBSP and other Unicode spaces), dots, dashes (also Unicode dashes),
 * invisible and control characters between the digits, a leading apostrophe (Excel's text
 * marker), a leading label (`BSN`, `BSN:`, `bsn-nummer:`, `burgerservicenummer` …) and
 * full-width digits (U+FF10–FF19). Eight digits count too when they pass with the leading
 * zero restored that Excel drops from a number.
 *
 * Not a BSN: 000000000 (all zeros), and a value written as a date (`2026-10-31`, `31.10.2026`,
 * see `isDatumVorm`): its digits may pass the 8-digit test, but nobody writes a BSN that way.
 * A date written without separators (`20261031`) cannot be told from a BSN without its leading
 * zero and counts. Only ASCII and full-width digits are read as digits.
 */
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/** Digits as the detector reads them: ASCII and full-width (U+FF10–FF19). */
export const CIJFER_TEKENS = '0-9\\uFF10-\\uFF19';

/**
 * What may stand between the digits of one written number: Unicode spaces, tab, dots
 * (also full-width), dashes (Unicode dash punctuation, minus sign), invisible format
 * characters (zero-width space, soft hyphen, bidi marks …) and control characters other
 * than line breaks (a NUL or ESC must not hide a BSN).
 */
export const SCHEIDING_TEKENS =
  '\\p{Zs}\\p{Cf}\\p{Pd}\\u2212.\\uFF0E\\u0000-\\u0009\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';

/** A label that may precede a BSN, without its trailing colon: `bsn`, `BSN-nummer`, `bsnnr`, `burgerservicenummer`. */
export const BSN_LABEL = '(?:bsn|burger[\\s_-]?service[\\s_-]?nummer)(?:[\\s_-]?(?:nummer|nr))?\\.?';

const APOSTROF = "['\\u2018\\u2019]";
const VOORVOEGSEL = new RegExp(`^${APOSTROF}?\\s*(?:${BSN_LABEL}\\s*[:=#]?)?\\s*${APOSTROF}?`, 'iu');
const ALLEEN_GETAL = new RegExp(
  `^[${SCHEIDING_TEKENS}]*[${CIJFER_TEKENS}][${CIJFER_TEKENS}${SCHEIDING_TEKENS}]*$`,
  'u',
);
const DATUM_SCHEIDING = /^[-.\p{Pd}]$/u;

export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (WEIGHTS[i] ?? 0);
  return sum % 11 === 0;
}

/** Full-width digits to ASCII; other characters unchanged. */
export function toAsciiCijfers(text: string): string {
  if (!/[\uFF10-\uFF19]/.test(text)) return text;
  return text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
}

/**
 * The 9 digits of a BSN when `digits` (ASCII) are one: 9 digits passing the elfproef, or 8
 * digits that pass with the leading zero restored. Never all zeros.
 */
export function bsnVanCijfers(digits: string): string | undefined {
  const negen = digits.length === 8 ? `0${digits}` : digits;
  if (!/^\d{9}$/.test(negen) || /^0+$/.test(negen)) return undefined;
  return passesElfproef(negen) ? negen : undefined;
}

/** One run of digits in a text, with its offsets. */
export interface CijferGroep {
  /** ASCII digits. */
  readonly cijfers: string;
  readonly start: number;
  readonly end: number;
}

/** True for the UTF-16 code of an ASCII or full-width digit. */
export function isCijferCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** The digit groups of a text, in order. */
export function cijferGroepen(text: string): CijferGroep[] {
  const groepen: CijferGroep[] = [];
  let start = -1;
  let breed = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (isCijferCode(code)) {
      if (start === -1) start = i;
      if (code >= 0xff10) breed = true;
    } else if (start !== -1) {
      const cijfers = text.slice(start, i);
      groepen.push({ cijfers: breed ? toAsciiCijfers(cijfers) : cijfers, start, end: i });
      start = -1;
      breed = false;
    }
  }
  return groepen;
}

/**
 * True when the groups `i`, `i+1` and `i+2` of `text` are written as a date: `JJJJ-M-D` or
 * `D-M-JJJJ`, joined twice by the same dash or dot, year 1900–2199, month 1–12, day 1–31.
 * The day is not checked against the month: `2023-02-30` is an impossible date, which a date
 * column reports as such, not a BSN.
 */
export function isDatumVorm(text: string, groepen: readonly CijferGroep[], i: number): boolean {
  const a = groepen[i];
  const b = groepen[i + 1];
  const c = groepen[i + 2];
  if (!a || !b || !c) return false;
  const iso = a.cijfers.length === 4 && b.cijfers.length <= 2 && c.cijfers.length <= 2;
  const nl = a.cijfers.length <= 2 && b.cijfers.length <= 2 && c.cijfers.length === 4;
  if (!iso && !nl) return false;
  if (b.start - a.end !== 1 || c.start - b.end !== 1) return false;
  const sep = text.charAt(a.end);
  if (sep !== text.charAt(b.end) || !DATUM_SCHEIDING.test(sep)) return false;
  const year = Number(iso ? a.cijfers : c.cijfers);
  const month = Number(b.cijfers);
  const day = Number(iso ? c.cijfers : a.cijfers);
  return year >= 1900 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * The BSN a value as a whole is written as (normalised as described above), as 9 ASCII
 * digits, or undefined. `K123456782` and `C-111222333` are keys, not BSNs: a letter remains.
 */
export function readBsn(value: string): { cijfers: string; voorloopnulHersteld: boolean } | undefined {
  const rest = value.trim().replace(VOORVOEGSEL, '');
  if (!ALLEEN_GETAL.test(rest)) return undefined;
  const groepen = cijferGroepen(rest);
  if (groepen.length === 3 && isDatumVorm(rest, groepen, 0)) return undefined;
  const digits = groepen.map((g) => g.cijfers).join('');
  const cijfers = bsnVanCijfers(digits);
  return cijfers ? { cijfers, voorloopnulHersteld: digits.length === 8 } : undefined;
}

/** True when the value as a whole is a BSN in one of the forms above. */
export function looksLikeBsn(value: string): boolean {
  return readBsn(value) !== undefined;
}
