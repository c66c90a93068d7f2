import { describe, expect, it } from 'vitest';
import { formatAantal, telwoord } from '../../../shared/text/aantal.ts';

describe('formatAantal: a count with its Dutch noun', () => {
  it.each([
    [0, 'regio', "0 regio's"],
    [1, 'regio', '1 regio'],
    [2, 'regio', "2 regio's"],
    [1, 'rij', '1 rij'],
    [1234, 'rij', '1.234 rijen'],
    [1, 'fout', '1 fout'],
    [3, 'fout', '3 fouten'],
    [1, 'extract', '1 extract'],
    [2, 'cliënt', '2 cliënten'],
    [1, 'seconde', '1 seconde'],
    [15, 'seconde', '15 seconden'],
  ] as const)('%d %s → %s', (aantal, woord, verwacht) => {
    expect(formatAantal(aantal, woord)).toBe(verwacht);
  });

  it('telwoord gives the noun alone', () => {
    expect(telwoord(1, 'sein')).toBe('sein');
    expect(telwoord(0, 'sein')).toBe('seinen');
  });
});
