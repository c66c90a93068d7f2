import { describe, expect, it } from 'vitest';
import { GebruiksFout } from '../../../cli/cli-errors.ts';
import { jaarOptie } from '../../../cli/options.ts';
import { calendarDate, todayInAmsterdam } from '../../../shared/calendar/calendar-date.ts';

describe('--jaar of jaaroverzicht', () => {
  const vandaag = calendarDate('2026-11-25');

  it('accepts a year from 2015 up to and including the current one', () => {
    expect(jaarOptie('2015', vandaag)).toBe(2015);
    expect(jaarOptie(' 2022 ', vandaag)).toBe(2022);
    expect(jaarOptie('2026', vandaag)).toBe(2026);
  });

  it.each([
    ['2027', 'dat jaar is nog niet begonnen (het is nu 2026)'],
    ['2014', 'jaarcijfers zijn er vanaf 2015'],
    ['abc', 'geef een jaartal van vier cijfers'],
    ['2022.0', 'geef een jaartal van vier cijfers'],
    ['-2022', 'geef een jaartal van vier cijfers'],
    ['', 'geef een jaartal van vier cijfers'],
  ])('refuses %j as a usage error', (tekst, reden) => {
    expect(() => jaarOptie(tekst, vandaag)).toThrow(GebruiksFout);
    expect(() => jaarOptie(tekst, vandaag)).toThrow(reden);
  });

  it('the year begins at midnight in Amsterdam, not in UTC', () => {
    // 31-12-2026 23:30 UTC is already 1 January 2027 in Amsterdam
    const nieuwjaar = todayInAmsterdam(new Date('2026-12-31T23:30:00Z'));
    expect(jaarOptie('2027', nieuwjaar)).toBe(2027);
  });
});
