/**
 * Invisible and control characters: two identifiers that look the same must be the same, and
 * nothing read from a file may steer a terminal (an ESC starts an escape sequence).
 *
 * Covered: control characters (C0 such as BEL and ESC, DEL, C1), format characters
 * (zero-width space and joiners U+200B–U+200D, word joiner U+2060, U+FEFF, soft hyphen,
 * bidi marks and overrides U+202A–U+202E, U+2066–U+2069 …), line and paragraph separators,
 * spaces other than the ordinary space (NBSP, thin space, ideographic space …), the Hangul
 * fillers that render as nothing, variation selectors and the combining grapheme joiner, and
 * lone surrogate halves.
 */
const STUURTEKEN =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u115F\u1160\u3164\uFFA0]|\p{Variation_Selector}|\u034F/u;
const STUURTEKENS = new RegExp(STUURTEKEN.source, 'gu');

function codepunt(teken: string): string {
  return `U+${(teken.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first invisible or control character of `text` as `U+XXXX`, or undefined. */
export function findStuurteken(text: string): string | undefined {
  const match = STUURTEKEN.exec(text);
  return match ? codepunt(match[0]) : undefined;
}

/** `text` with every invisible or control character written out visibly as `<U+XXXX>`. */
export function showStuurtekens(text: string): string {
  return text.replace(STUURTEKENS, (teken) => `<${codepunt(teken)}>`);
}
