import { describe, expect, it } from 'vitest';
import { shownValue } from '../../../shared/extracts/extract-fout.ts';
import { shownFileName } from '../../../shared/extracts/shown-text.ts';
import { BSN, BSN_ZONDER_NUL, bsnVormen, gevondenVormen } from '../../support/bsn-vormen.ts';

describe('a file name is recorded without a BSN', () => {
  it.each(Object.entries(bsnVormen(BSN)))('written with %s', (_naam, vorm) => {
    const naam = `wachtlijst ${vorm}.csv`;
    const getoond = shownFileName(naam);
    expect(gevondenVormen(getoond)).toEqual([]);
    expect(getoond).toMatch(/^wachtlijst .*\*\*\*.*\.csv$/);
    expect(shownFileName(getoond)).toBe(getoond);
  });

  it('as in the brief', () => {
    expect(shownFileName('lijst-123456782.csv')).toBe('lijst-123******.csv');
    expect(shownFileName(`export_${BSN}_v2.csv`)).toBe('export_111******_v2.csv');
    expect(shownFileName(`export ${BSN_ZONDER_NUL}.csv`)).toBe('export 123*****.csv');
  });

  it('names without a BSN stay as they are; control characters are written out', () => {
    expect(shownFileName('wachtlijst-2026-10-07.csv')).toBe('wachtlijst-2026-10-07.csv');
    expect(shownFileName('lijst\u001b[2J.csv')).toBe('lijst<U+001B>[2J.csv');
  });
});

describe('shownValue', () => {
  it('masks before it shortens, so that a cut cannot leave a BSN readable', () => {
    const waarde = `${'x'.repeat(55)} ${BSN} en verder`;
    const getoond = shownValue(waarde);
    expect(getoond).toBe(`${'x'.repeat(55)} 111*…`);
    expect(getoond).not.toContain('11122');
  });

  it('writes out control characters after shortening, whole', () => {
    expect(shownValue(`${'a'.repeat(59)}\u001b[31m`)).toBe(`${'a'.repeat(59)}<U+001B>…`);
  });
});
