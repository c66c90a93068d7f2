import type { ExtractFout } from './extract-fout.ts';

/**
 * The kind of an error, stable across rows: its column and its reason with the values the
 * reason names left out — quoted text, parenthesised details, numbers and dates, code points.
 * So "ligt na de peildatum (31-10-2026)" and "ligt na de peildatum (30-09-2026)" in one column
 * are one kind, and a million of them can be counted instead of listed.
 */
export function foutSoort(fout: Pick<ExtractFout, 'kolom' | 'reden'>): string {
  const reden = fout.reden
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\([^()]*\)/g, '(…)')
    .replace(/U\+[0-9A-F]{4,6}/gi, 'U+…')
    .replace(/\d+(?:[.,-]\d+)*/g, '#');
  return `${fout.kolom ?? ''}\u0000${reden}`;
}
