import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bsnVanCijfers, looksLikeBsn, passesElfproef, readBsn } from '../../../shared/reference/bsn.ts';
import { findBsnLike } from '../../../shared/reference/bsn-in-tekst.ts';

// Test numbers computed with the elfproef itself (asserted below), not real persons.
const BSN = '111222333';
const BSN_MET_NUL = '012345672'; // Excel writes it as 12345672
const ZONDER_NUL = '12345672';

const FULL_WIDTH = (digits: string) =>
  [...digits].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');

describe('the test numbers', () => {
  it('pass the elfproef', () => {
    expect(passesElfproef(BSN)).toBe(true);
    expect(passesElfproef(BSN_MET_NUL)).toBe(true);
    expect(passesElfproef('41999999'.padStart(9, '0'))).toBe(false);
    expect(passesElfproef('012345670')).toBe(false);
  });
});

describe('readBsn normalises a value before the elfproef', () => {
  const vormen: Array<[string, string]> = [
    ['plain', '111222333'],
    ['spaces', '111 222 333'],
    ['NBSP', '111\u00a0222\u00a0333'],
    ['narrow NBSP and ideographic space', '111\u202f222\u3000333'],
    ['tab', '111\t222\t333'],
    ['dots', '111.222.333'],
    ['Dutch notation', '1112.22.333'],
    ['dashes', '111-222-333'],
    ['en dash', '111\u2013222\u2013333'],
    ['em dash and minus sign', '111\u2014222\u2212333'],
    ['full-width hyphen and dot', '111\uff0d222\uff0e333'],
    ['zero-width space inside', '111\u200b222333'],
    ['soft hyphen inside', '111\u00ad222333'],
    ['NUL inside', '111\u0000222333'],
    ["Excel's apostrophe", "'111222333"],
    ['typographic apostrophe', '\u2019111222333'],
    ['label BSN', 'BSN 111222333'],
    ['label BSN:', 'BSN: 111222333'],
    ['label glued', 'BSN111222333'],
    ['label in lower case', 'bsn:111222333'],
    ['label bsn-nummer:', 'bsn-nummer: 111 222 333'],
    ['label BSN-nr.', 'BSN-nr. 111.222.333'],
    ['label burgerservicenummer', 'Burgerservicenummer: 111222333'],
    ['label with a dash', 'BSN-111222333'],
    ['apostrophe and label', "'BSN 111222333"],
    ['full-width digits', FULL_WIDTH(BSN)],
    ['full-width digits with spaces', `${FULL_WIDTH('111')} ${FULL_WIDTH('222')} ${FULL_WIDTH('333')}`],
    ['surrounding spaces and BOM', '\ufeff 111222333 '],
  ];

  it.each(vormen)('%s: %j', (_naam, value) => {
    expect(readBsn(value)).toEqual({ cijfers: BSN, voorloopnulHersteld: false });
    expect(looksLikeBsn(value)).toBe(true);
  });

  it.each([
    ['8 digits', ZONDER_NUL],
    ['8 digits with dots', '12.345.672'],
    ['8 digits with the apostrophe', `'${ZONDER_NUL}`],
    ['8 full-width digits', FULL_WIDTH(ZONDER_NUL)],
  ])('%s that pass with the leading zero Excel drops: %j', (_naam, value) => {
    expect(readBsn(value)).toEqual({ cijfers: BSN_MET_NUL, voorloopnulHersteld: true });
  });

  it('the 9 digits with their zero count as they are', () => {
    expect(readBsn(BSN_MET_NUL)).toEqual({ cijfers: BSN_MET_NUL, voorloopnulHersteld: false });
  });

  it.each([
    ['9 digits failing the elfproef', '111222334'],
    ['9 digits failing, with separators', '111 222 334'],
    ['10 digits', '1112223330'],
    ['10 digits holding a BSN', '0111222333'],
    ['7 digits', '1234567'],
    ['8 digits failing with a 0 before them', '12345670'],
    ['an AGB code of 8 digits failing with a 0 before it', '41999999'],
    ['a letter-prefixed key', 'K123456782'],
    ['a letter-suffixed key', '123456782A'],
    ['a key with a dash', 'C-111222333'],
    ['a letter among the digits', '111222a333'],
    ['a line break among the digits', '111\n222333'],
    ['a comma among the digits', '111,222,333'],
    ['a slash among the digits', '111/222/333'],
    ['another label', 'AGB: 111222333'],
    ['two numbers in a sentence', 'rij 12 en 345'],
    ['all zeros', '000.000.000'],
    ['empty', ''],
    ['only separators', ' - . '],
  ])('%s is no BSN: %j', (_naam, value) => {
    expect(readBsn(value)).toBeUndefined();
  });

  it('a date written as a date is no BSN, even when its digits pass', () => {
    // 20261007 and 03102026 pass the elfproef with a 0 before them.
    expect(bsnVanCijfers('20261007')).toBe('020261007');
    expect(bsnVanCijfers('03102026')).toBe('003102026');
    for (const datum of ['2026-10-07', '2026-10-7', '03-10-2026', '3-10-2026', '03.10.2026', '2026.10.07']) {
      expect(looksLikeBsn(datum), datum).toBe(false);
    }
  });

  it('an impossible day is still written as a date', () => {
    // 20230230 passes with a 0 before it; 30 February is a date error, not a BSN.
    expect(bsnVanCijfers('20230230')).toBeDefined();
    expect(looksLikeBsn('2023-02-30')).toBe(false);
  });

  it('a date shape without a month, or with mixed separators, is not a BSN written in parts', () => {
    // 2026-13-05 has no month 13; 2026-10.07 mixes separators. Written in parts, a BSN has 9
    // digits (or is a number in thousands): 8 digits in parts are no number Excel shortened.
    expect(bsnVanCijfers('20261305')).toBeDefined();
    expect(looksLikeBsn('2026-13-05')).toBe(false);
    expect(looksLikeBsn('2026-10.07')).toBe(false);
  });

  it('a key of region and serial number is not a BSN written in parts', () => {
    // 5517-00002 → 551700002 passes the elfproef, but no one writes a BSN as 4 + 5 digits.
    expect(bsnVanCijfers('551700002')).toBeDefined();
    expect(looksLikeBsn('5517-00002')).toBe(false);
    expect(looksLikeBsn('PGB-5517-00002')).toBe(false);
    expect(looksLikeBsn('551700002')).toBe(true);
  });

  it('a date without separators cannot be told from a BSN without its leading zero', () => {
    expect(looksLikeBsn('20261007')).toBe(true);
  });
});

describe('a purely numeric key of 8 or 9 digits passes by chance one time in eleven', () => {
  it('holds over all 9-digit numbers from a range', () => {
    let passed = 0;
    for (let n = 100_000_000; n < 100_011_000; n++) if (looksLikeBsn(String(n))) passed++;
    expect(passed).toBe(1000);
  });
});

describe('the text scan finds every value readBsn reads as a BSN', () => {
  const cijfer = fc.constantFrom(...'0123456789');
  const scheiding = fc.constantFrom('', '', '', ' ', '.', '-', '\u00a0', '\u2013', '\u200b', '\t');
  const bsnLike = fc
    .array(cijfer, { minLength: 8, maxLength: 9 })
    .map((d) => d.join(''))
    .filter((d) => bsnVanCijfers(d) !== undefined);
  const geschreven = fc
    .tuple(
      bsnLike,
      fc.array(scheiding, { minLength: 9, maxLength: 9 }),
      fc.constantFrom('', "'", 'BSN', 'BSN ', 'bsn: ', 'BSN-nummer:', "'bsn ", ' '),
      fc.boolean(),
    )
    .map(([digits, seps, voor, breed]) => {
      const d = breed ? FULL_WIDTH(digits) : digits;
      return voor + [...d].map((c, i) => (i === 0 ? c : `${seps[i] ?? ''}${c}`)).join('');
    });

  it('in any form', () => {
    fc.assert(
      fc.property(geschreven, (value) => {
        if (!looksLikeBsn(value)) return; // a date shape, e.g.
        expect(findBsnLike(value)).toHaveLength(1);
        expect(findBsnLike(`opmerking: ${value}; verder niets`)).toHaveLength(1);
      }),
      { numRuns: 2000 },
    );
  });
});
