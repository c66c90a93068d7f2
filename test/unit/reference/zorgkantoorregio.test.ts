import { describe, expect, it } from 'vitest';
import {
  DISTINCT_REGIOS,
  findRegio,
  isRegioCode,
  type RegioCode,
  regioLabel,
  ZORGKANTOORREGIOS,
} from '../../../shared/reference/zorgkantoorregio.ts';

describe('zorgkantoorregio codes (COD001)', () => {
  it('holds 5501–5533 except 5522: 32 codes', () => {
    const codes = ZORGKANTOORREGIOS.map((r) => Number(r.code));
    const expected = Array.from({ length: 33 }, (_, i) => 5501 + i).filter((c) => c !== 5522);
    expect(codes).toEqual(expected);
  });

  it('has 31 distinct regions: Friesland appears as 5502 and 5533', () => {
    expect(new Set(ZORGKANTOORREGIOS.map((r) => r.naam)).size).toBe(31);
    expect(findRegio('5502')?.naam).toBe('Friesland');
    expect(findRegio('5533')?.naam).toBe('Friesland');
    expect(DISTINCT_REGIOS).toHaveLength(31);
    expect(new Set(DISTINCT_REGIOS.map((r) => r.naam)).size).toBe(31);
  });

  it.each([
    ['5501', 'Groningen'],
    ['5516', 'Amstelland en De Meerlanden'],
    ['5517', 'Zuid-Holland Noord'],
    ['5521', 'Rotterdam'],
    ['5532', 'Midden-IJssel'],
  ])('%s is %s', (code, naam) => {
    expect(findRegio(code)?.naam).toBe(naam);
    expect(isRegioCode(code)).toBe(true);
  });

  it.each(['5522', '5500', '5534', '551', '55170', 'ZHN', ''])('rejects %j', (code) => {
    expect(findRegio(code)).toBeUndefined();
    expect(isRegioCode(code)).toBe(false);
  });

  it('finds a code with surrounding spaces and labels it', () => {
    expect(findRegio(' 5517 ')?.code).toBe('5517');
    expect(regioLabel('5517' as RegioCode)).toBe('5517 Zuid-Holland Noord');
  });
});
