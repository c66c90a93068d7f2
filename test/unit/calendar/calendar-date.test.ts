import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  type CalendarDate,
  calendarDate,
  calendarMonth,
  daysBetween,
  lastDayOfMonth,
  monthOf,
  monthsEndingWith,
  parseCalendarDate,
  parseCalendarMonth,
  parseIsoDate,
  todayInAmsterdam,
} from '../../../shared/calendar/calendar-date.ts';

describe('parseCalendarDate', () => {
  it.each([
    ['2023-08-28', '2023-08-28'],
    ['28-08-2023', '2023-08-28'],
    [' 2023-08-28 ', '2023-08-28'],
    ['01-01-2021', '2021-01-01'],
    ['2024-02-29', '2024-02-29'],
    ['29-02-2000', '2000-02-29'],
    ['2023-12-31', '2023-12-31'],
    // Day and month without leading zero, as Dutch Excel writes them.
    ['1-9-2023', '2023-09-01'],
    ['1-10-2026', '2026-10-01'],
    ['01-9-2023', '2023-09-01'],
    ['9-01-2023', '2023-01-09'],
    [' 31-12-2023 ', '2023-12-31'],
  ])('accepts %s as %s', (text, expected) => {
    expect(parseCalendarDate(text)).toEqual({ ok: true, date: expected });
  });

  it.each([
    ['2023-02-30', 'dag 30 bestaat niet in februari 2023'],
    ['2023-02-29', 'dag 29 bestaat niet in februari 2023'],
    ['29-02-1900', 'dag 29 bestaat niet in februari 1900'],
    ['2023-04-31', 'dag 31 bestaat niet in april 2023'],
    ['2023-13-01', 'maand 13 bestaat niet'],
    ['2023-00-10', 'maand 0 bestaat niet'],
    ['00-01-2023', 'dag 0 bestaat niet in januari 2023'],
    ['1850-01-01', 'jaartal 1850 ligt buiten 1900–2199'],
    ['29-2-2023', 'dag 29 bestaat niet in februari 2023'],
    ['8-28-2023', 'maand 28 bestaat niet'],
    ['0-1-2023', 'dag 0 bestaat niet in januari 2023'],
  ])('rejects the impossible date %s', (text, reden) => {
    expect(parseCalendarDate(text)).toEqual({ ok: false, reden });
  });

  it.each([
    ['1-10-26', 'jaartal met twee cijfers (26): schrijf het jaar voluit, bv. 01-10-2026'],
    ['28-08-23', 'jaartal met twee cijfers (23): schrijf het jaar voluit, bv. 28-08-2023'],
    ['31-12-99', 'jaartal met twee cijfers (99): schrijf het jaar voluit, bv. 31-12-1999'],
    ['1-1-00', 'jaartal met twee cijfers (00): schrijf het jaar voluit, bv. 01-01-2000'],
    // The ISO form keeps two digits for month and day.
    ['2023-8-28', 'in de vorm JJJJ-MM-DD hebben maand en dag twee cijfers: schrijf 2023-08-28'],
    ['2023-09-1', 'in de vorm JJJJ-MM-DD hebben maand en dag twee cijfers: schrijf 2023-09-01'],
  ])('refuses %s rather than guess, showing the full form', (text, reden) => {
    expect(parseCalendarDate(text)).toEqual({ ok: false, reden });
  });

  it.each([
    '2023/08/28',
    '28/08/2023',
    '1-1-202',
    '123-1-2023',
    '1-1-20233',
    '20230828',
    'gisteren',
    '',
    '2023-08-28T00:00',
  ])('rejects %j as not a date in either form', (text) => {
    expect(parseCalendarDate(text)).toEqual({
      ok: false,
      reden: 'geen datum in de vorm JJJJ-MM-DD of DD-MM-JJJJ',
    });
  });

  it('parseIsoDate accepts only the ISO form', () => {
    expect(parseIsoDate('2021-01-01')).toEqual({ ok: true, date: '2021-01-01' });
    expect(parseIsoDate('01-01-2021').ok).toBe(false);
  });

  it('calendarDate throws on an invalid constant', () => {
    expect(() => calendarDate('2023-02-30')).toThrow(/dag 30 bestaat niet/);
  });
});

describe('calendar-day arithmetic', () => {
  const d = (text: string) => calendarDate(text);

  it.each([
    ['2023-08-01', '2023-08-28', 27],
    ['2023-08-28', '2023-08-01', -27],
    ['2023-01-01', '2023-01-01', 0],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2023-03-25', '2023-03-27', 2], // across the spring clock change
    ['2023-10-28', '2023-10-30', 2], // across the autumn clock change
    ['2022-12-31', '2024-01-01', 366],
  ])('daysBetween(%s, %s) = %i', (earlier, later, days) => {
    expect(daysBetween(d(earlier), d(later))).toBe(days);
  });

  it('addDays crosses months and leap days', () => {
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2023-02-28'), 1)).toBe('2023-03-01');
    expect(addDays(d('2023-12-31'), 1)).toBe('2024-01-01');
    expect(addDays(d('2023-08-01'), 42)).toBe('2023-09-12');
    expect(addDays(d('2023-01-01'), -1)).toBe('2022-12-31');
  });

  it('months', () => {
    expect(monthOf(d('2023-08-28'))).toBe('2023-08');
    expect(lastDayOfMonth(calendarMonth('2024-02'))).toBe('2024-02-29');
    expect(lastDayOfMonth(calendarMonth('2023-02'))).toBe('2023-02-28');
    expect(lastDayOfMonth(calendarMonth('2023-12'))).toBe('2023-12-31');
    expect(addMonths(calendarMonth('2023-01'), -1)).toBe('2022-12');
    expect(addMonths(calendarMonth('2023-11'), 3)).toBe('2024-02');
    expect(monthsEndingWith(calendarMonth('2023-02'), 3)).toEqual(['2022-12', '2023-01', '2023-02']);
    expect(monthsEndingWith(calendarMonth('2023-08'), 12)).toHaveLength(12);
    expect(parseCalendarMonth('2023-13').ok).toBe(false);
    expect(parseCalendarMonth('2023-8').ok).toBe(false);
  });

  it('today in Amsterdam follows the Dutch date, not UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1).
    expect(todayInAmsterdam(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01' as CalendarDate);
    expect(todayInAmsterdam(new Date('2023-07-01T21:59:00Z'))).toBe('2023-07-01' as CalendarDate);
  });
});
