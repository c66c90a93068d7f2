import { describe, expect, it } from 'vitest';
import {
  BSN_VERWIJDERD,
  containsBsnLike,
  findBsnLike,
  maskBsnInText,
  redactBsnInText,
} from '../../../shared/reference/bsn-in-tekst.ts';
import { looksLikeBsn } from '../../../shared/reference/bsn.ts';

const BSN = '111222333';
const ANDER = '123456782';
const ZONDER_NUL = '12345672'; // 012345672 passes the elfproef

describe('BSN-like numbers in free text', () => {
  it.each([
    [`klant ${BSN} belde`, `klant [BSN verwijderd] belde`],
    [`zie BSN: 111 222 333.`, `zie BSN: [BSN verwijderd].`],
    [`BSN${BSN}`, `BSN[BSN verwijderd]`],
    [`bsnnr${BSN}`, `bsnnr[BSN verwijderd]`],
    [`C-${BSN}`, `C-[BSN verwijderd]`],
    [`lijst-${BSN}.csv`, `lijst-[BSN verwijderd].csv`],
    [`lijst_${BSN}.csv`, `lijst_[BSN verwijderd].csv`],
    [`lijst ${ZONDER_NUL}.csv`, `lijst [BSN verwijderd].csv`],
    [`"${BSN}"`, `"[BSN verwijderd]"`],
    [`x,${BSN},y`, `x,[BSN verwijderd],y`],
    [`2026-10-31 ${ANDER}`, `2026-10-31 [BSN verwijderd]`],
    [`2026-10-31-${ANDER}`, `2026-10-31-[BSN verwijderd]`],
    [`06-${ZONDER_NUL}`, `06-[BSN verwijderd]`],
    [`${BSN} en ${ANDER}`, `[BSN verwijderd] en [BSN verwijderd]`],
  ])('%j', (text, redacted) => {
    expect(redactBsnInText(text).tekst).toBe(redacted);
  });

  it.each([
    ['a key with a letter glued before', `K${ANDER}`],
    ['a key with a letter glued after', `${ANDER}K`],
    ['10 digits', `tel 0${BSN}`],
    ['a date', '2026-10-07'],
    ['a Dutch date', '3-10-2026'],
    ['a date with dots', '03.10.2026'],
    ['a timestamp', '2026-10-07T12:00:00.000Z'],
    ['a CSV line of dates and codes', '2026-10-07,5517,C5517-000123,VV,,7,09,2023-06-01,J,,'],
    ['a number split by a line break', '111\n222333'],
    ['a number split by a comma', '111,222333'],
    ['an amount', '1.234.567,89'],
    ['all zeros', '0000 0000 0'],
    ['a hash', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ])('none in %s: %j', (_naam, text) => {
    expect(findBsnLike(text)).toEqual([]);
    expect(containsBsnLike(text)).toBe(false);
    expect(redactBsnInText(text)).toEqual({ tekst: text, aantal: 0 });
  });

  it('joins digits over the same separators as readBsn, character by character', () => {
    const tekens = [
      ...Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c)),
      ...'\u00a0\u0085\u00ad\u2013\u2212\u200b\u3000\uff0e\u00e9\u00b7\u2019',
    ];
    const verschil = tekens.filter((c) => {
      const text = `111${c}222333`;
      return findBsnLike(text).length > 0 !== looksLikeBsn(text);
    });
    expect(verschil).toEqual([]);
    expect(tekens.filter((c) => looksLikeBsn(`111${c}222333`)).length).toBeGreaterThan(30);
  });

  it('a date next to a number does not join it into one', () => {
    // 2026-10-07 passes as 8 digits; followed by " 1" it would give 9 digits.
    expect(findBsnLike('op 2026-10-07 1 keer')).toEqual([]);
  });

  it('gives the place of each find in the text', () => {
    const text = `a ${BSN} b 111.222.333 c`;
    expect(findBsnLike(text)).toEqual([
      { start: 2, end: 11 },
      { start: 14, end: 25 },
    ]);
  });

  it('does not join a whole number with a loose digit after it', () => {
    // 12345672 passes as 8 digits; "12345672 1" is no BSN written in parts (8 + 1 digits).
    const text = `${ZONDER_NUL} 1`;
    expect(findBsnLike(text)).toEqual([{ start: 0, end: 8 }]);
    expect(redactBsnInText(text)).toEqual({ tekst: `${BSN_VERWIJDERD} 1`, aantal: 1 });
    expect(findBsnLike('PGB-5517-00002 en C-5517-00002')).toEqual([]);
  });

  it('masks all but the first three digits, keeping the separators', () => {
    expect(maskBsnInText(`lijst-${ANDER}.csv`)).toBe('lijst-123******.csv');
    expect(maskBsnInText('BSN 111 222 333')).toBe('BSN 111 *** ***');
    expect(maskBsnInText(ZONDER_NUL)).toBe('123*****');
    expect(maskBsnInText('geen nummer')).toBe('geen nummer');
  });

  it('masking is idempotent', () => {
    const masked = maskBsnInText(`lijst-${ANDER}.csv`);
    expect(maskBsnInText(masked)).toBe(masked);
  });

  it('counts the replaced numbers', () => {
    expect(redactBsnInText(`${BSN};${ANDER};x`)).toEqual({
      tekst: `${BSN_VERWIJDERD};${BSN_VERWIJDERD};x`,
      aantal: 2,
    });
  });

  it('scans a large text in reasonable time', () => {
    const regel = '2023-08-28,5517,C5517-000123,VV,VV05,7,09,2023-06-01,J,,73123456\n';
    const text = regel.repeat(50_000);
    const start = performance.now();
    expect(findBsnLike(text)).toHaveLength(50_000); // 73123456 passes with a 0 before it
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
