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

/** Invisible and control characters (not line breaks): they hide nothing, so a digit run goes on across them. */
const ONZICHTBAAR = /[\p{Cf}\p{Cc}]/u;

function isOnzichtbaar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x20) return code !== 0x0a && code !== 0x0d;
  if (code < 0x7f) return false;
  return ONZICHTBAAR.test(text.charAt(i));
}

/**
 * The digit groups of a text, in order. A group is a run of digits; an invisible or control
 * character inside it (`111\u200B222333`) does not split it, so that it cannot hide a BSN.
 */
export function cijferGroepen(text: string): CijferGroep[] {
  const groepen: CijferGroep[] = [];
  let start = -1;
  let laatste = -1;
  let cijfers = '';
  const sluit = () => {
    if (start !== -1) groepen.push({ cijfers: toAsciiCijfers(cijfers), start, end: laatste + 1 });
    start = -1;
    cijfers = '';
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCijferCode(code)) {
      if (start === -1) start = i;
      cijfers += text.charAt(i);
      laatste = i;
    } else if (start === -1 || !isOnzichtbaar(text, i)) {
      sluit();
    }
  }
  sluit();
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

/** The most digits in one group of a BSN written in parts (`123 456 782`, `1234.56.782`). */
export const MAX_GROEP_IN_DELEN = 4;

/**
 * The BSN of digit groups read as one number: one group of 9 digits (or 8, with the leading
 * zero restored that Excel drops from a number); a number in thousands (`123.456.782`, and
 * `12.345.672` as Dutch Excel shows a number whose leading zero it dropped); or groups of at
 * most four digits that make 9 together (`1234 56 782`). A key such as `5517-00012` (region
 * and serial number) is not a BSN written in parts.
 */
export function bsnVanGroepen(groepen: readonly CijferGroep[]): string | undefined {
  const [eerste, ...rest] = groepen;
  if (!eerste) return undefined;
  const digits = groepen.map((g) => g.cijfers).join('');
  if (rest.length === 0) return bsnVanCijfers(digits);
  const duizendtallen = eerste.cijfers.length <= 3 && rest.every((g) => g.cijfers.length === 3);
  if (duizendtallen) return bsnVanCijfers(digits);
  if (groepen.some((g) => g.cijfers.length > MAX_GROEP_IN_DELEN)) return undefined;
  return digits.length === 9 ? bsnVanCijfers(digits) : undefined;
}

/**
 * The BSN a value as a whole is written as (normalised as described above), as 9 ASCII
 * digits, or undefined. `K123456782` and `C-111222333` are keys, not BSNs: a letter remains.
 */
export function readBsn(value: string): { cijfers: string; voorloopnulHersteld: boolean } | undefined {
  const rest = value.trim().replace(VOORVOEGSEL, '');
  if (!ALLEEN_GETAL.test(rest)) return undefined;
  const groepen = cijferGroepen(rest);
  // Digits written as a date are a date (the text scan skips them the same way).
  for (let i = 0; i + 2 < groepen.length; i++) if (isDatumVorm(rest, groepen, i)) return undefined;
  const cijfers = bsnVanGroepen(groepen);
  return cijfers
    ? { cijfers, voorloopnulHersteld: groepen.map((g) => g.cijfers).join('').length === 8 }
    : undefined;
}

/** True when the value as a whole is a BSN in one of the forms above. */
export function looksLikeBsn(value: string): boolean {
  return readBsn(value) !== undefined;
}
