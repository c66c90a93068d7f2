/** Boolean cells in extracts: J/N, ja/nee, true/false, 1/0, in any case. */
const TRUE_VALUES = new Set(['j', 'ja', 'true', '1']);
const FALSE_VALUES = new Set(['n', 'nee', 'false', '0']);

export type BooleanParseResult = { ok: true; value: boolean } | { ok: false; reden: string };

export function parseBooleanValue(text: string): BooleanParseResult {
  const value = text.trim().toLowerCase();
  if (TRUE_VALUES.has(value)) return { ok: true, value: true };
  if (FALSE_VALUES.has(value)) return { ok: true, value: false };
  return { ok: false, reden: 'geen ja/nee-waarde; toegestaan: J/N, ja/nee, true/false, 1/0' };
}
