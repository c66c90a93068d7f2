import { describe, expect, it } from 'vitest';
import { parseAlertAnker } from '../../../shared/alerts/alert-anker.ts';
import { huidigeCyclus, overgeslagenCycli } from '../../../shared/alerts/alert-cyclus.ts';
import { amsterdamsTijdstip } from '../../../shared/alerts/amsterdam-tijd.ts';
import { calendarDate } from '../../../shared/calendar/calendar-date.ts';

const ANKER = calendarDate('2024-01-01');
/** The cycle id due at an instant given with its UTC offset, or null. */
const due = (iso: string, anker = ANKER) => huidigeCyclus(new Date(iso), anker)?.id ?? null;

describe('what is due now: the cycle whose Monday 07:00 (Amsterdam) has passed', () => {
  it.each([
    // [moment, due cycle, why]
    ['2023-12-31T23:59:00+01:00', null, 'before the anchor nothing is due'],
    ['2024-01-01T06:59:00+01:00', null, 'the anchor itself, a minute before 07:00'],
    ['2024-01-01T07:00:00+01:00', '2024-01-01', 'the anchor at 07:00 sharp'],
    ['2024-01-01T08:00:00+01:00', '2024-01-01', 'the anchor, an hour after'],
    ['2024-01-14T23:59:00+01:00', '2024-01-01', 'the last minute of the first cycle (a Sunday)'],
    [
      '2024-01-15T06:00:00+01:00',
      '2024-01-01',
      'the next cycle’s Monday, an hour before 07:00: still the old one',
    ],
    ['2024-01-15T07:00:00+01:00', '2024-01-15', 'the next cycle’s Monday at 07:00'],
    ['2024-01-15T08:00:00+01:00', '2024-01-15', 'an hour missed: still that cycle'],
    ['2024-01-22T09:00:00+01:00', '2024-01-15', 'a week missed: still that cycle'],
    ['2024-01-08T07:00:00+01:00', '2024-01-01', 'the Monday between two cycles is no start'],
    ['2024-02-05T10:00:00+01:00', '2024-01-29', 'a whole cycle missed (the 15th): only the current one'],
    ['2026-11-16T07:30:00+01:00', '2026-11-16', 'years later, a cycle from the contract’s example'],
  ])('%s → %s (%s)', (moment, verwacht, _waarom) => {
    expect(due(moment)).toBe(verwacht);
  });

  it('in summer time 07:00 Amsterdam is 05:00 UTC: the start follows the local clock', () => {
    // 2026-06-01 is anchor + 882 days = 63 cycles: a cycle Monday in summer time.
    expect(due('2026-06-01T04:59:00Z')).toBe('2026-05-18');
    expect(due('2026-06-01T05:00:00Z')).toBe('2026-06-01');
  });

  it('summer time starts the Sunday before a cycle Monday (30 March 2026): 07:00 CEST counts', () => {
    const anker = calendarDate('2026-03-16');
    // Clocks go forward on Sunday 29 March 2026; Monday 30 March 07:00 CEST is 05:00 UTC.
    expect(amsterdamsTijdstip(calendarDate('2026-03-30'), '07:00').toISOString()).toBe(
      '2026-03-30T05:00:00.000Z',
    );
    expect(due('2026-03-30T04:59:00Z', anker)).toBe('2026-03-16');
    expect(due('2026-03-30T05:00:00Z', anker)).toBe('2026-03-30');
    // Read on the local clock: 06:30 summer time is before the start, 07:30 after.
    expect(due('2026-03-30T06:30:00+02:00', anker)).toBe('2026-03-16');
    expect(due('2026-03-30T07:30:00+02:00', anker)).toBe('2026-03-30');
  });

  it('winter time starts the Sunday before a cycle Monday (26 October 2026): 07:00 CET counts', () => {
    const anker = calendarDate('2026-10-12');
    // Clocks go back on Sunday 25 October 2026; Monday 26 October 07:00 CET is 06:00 UTC.
    expect(amsterdamsTijdstip(calendarDate('2026-10-26'), '07:00').toISOString()).toBe(
      '2026-10-26T06:00:00.000Z',
    );
    // 05:30 UTC was 07:30 in summer time, but is 06:30 CET now: not yet due.
    expect(due('2026-10-26T05:30:00Z', anker)).toBe('2026-10-12');
    expect(due('2026-10-26T06:00:00Z', anker)).toBe('2026-10-26');
  });

  it('the cycle knows its start moment, its neighbours and the anchor has no predecessor', () => {
    const cyclus = huidigeCyclus(new Date('2024-01-16T12:00:00+01:00'), ANKER);
    expect(cyclus).toEqual({
      id: '2024-01-15',
      begin: new Date('2024-01-15T06:00:00.000Z'),
      volgende: '2024-01-29',
      vorige: '2024-01-01',
    });
    expect(huidigeCyclus(new Date('2024-01-02T12:00:00+01:00'), ANKER)?.vorige).toBeNull();
  });

  it('counts the cycles skipped between two mails', () => {
    expect(overgeslagenCycli(calendarDate('2024-01-01'), calendarDate('2024-01-15'))).toBe(0);
    expect(overgeslagenCycli(calendarDate('2024-01-01'), calendarDate('2024-01-29'))).toBe(1);
    expect(overgeslagenCycli(calendarDate('2024-01-01'), calendarDate('2024-02-26'))).toBe(3);
  });
});

describe('the anchor (ZORGPLICHT_ALERT_ANKER)', () => {
  it('is a Monday written as JJJJ-MM-DD', () => {
    expect(parseAlertAnker('2024-01-01')).toEqual({ ok: true, anker: '2024-01-01' });
    expect(parseAlertAnker('2024-01-02')).toEqual({
      ok: false,
      reden: '2024-01-02 is geen maandag (een alertcyclus begint op maandag)',
    });
    expect(parseAlertAnker('01-01-2024')).toMatchObject({ ok: false });
    expect(parseAlertAnker('2024-02-30')).toMatchObject({
      ok: false,
      reden: 'dag 30 bestaat niet in februari 2024',
    });
  });
});
