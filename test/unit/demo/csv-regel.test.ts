import { describe, expect, it } from 'vitest';
import { csvRegel, csvVeld } from '../../../shared/demo/csv-regel.ts';

describe('csvVeld', () => {
  it('quotes only where RFC 4180 needs it', () => {
    expect(csvVeld('V&V', ';')).toBe('V&V');
    expect(csvVeld('a,b', ';')).toBe('a,b');
    expect(csvVeld('a,b', ',')).toBe('"a,b"');
    expect(csvVeld('a;b', ';')).toBe('"a;b"');
    expect(csvVeld('zei "ja"', ',')).toBe('"zei ""ja"""');
    expect(csvVeld('twee\nregels', ',')).toBe('"twee\nregels"');
    expect(csvVeld('', ',')).toBe('');
  });
});

describe('csvRegel', () => {
  it('joins the fields with the delimiter', () => {
    expect(csvRegel(['31-12-2024', '5517', 'C5517-000001', ''], ';')).toBe('31-12-2024;5517;C5517-000001;');
    expect(csvRegel(['x', 'a,b'], ',')).toBe('x,"a,b"');
  });
});
