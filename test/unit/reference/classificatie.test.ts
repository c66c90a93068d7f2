import { describe, expect, it } from 'vitest';
import { type CalendarDate, calendarDate } from '../../../shared/calendar/calendar-date.ts';
import {
  CLASSIFICATIE_RELEASES,
  type ClassificatieRelease,
  classificatieReleaseOn,
  parseClassificatie,
} from '../../../shared/reference/classificatie.ts';
import { WACHTSTATUSSEN, type Wachtstatus } from '../../../shared/reference/wachtstatus.ts';

const PEILDATUM = calendarDate('2023-08-28');

/** Contracts §1.1: urgent 01–08, actief 09–12, wacht op voorkeur 13–19, wacht uit voorzorg 13–19 except 16. */
function allowedByContract(status: Wachtstatus, code: number): boolean {
  switch (status) {
    case 'urgent_plaatsen':
      return code >= 1 && code <= 8;
    case 'actief_plaatsen':
      return code >= 9 && code <= 12;
    case 'wacht_op_voorkeur':
      return code >= 13 && code <= 19;
    case 'wacht_uit_voorzorg':
      return code >= 13 && code <= 19 && code !== 16;
  }
}

const PAIRS = WACHTSTATUSSEN.flatMap((status) =>
  Array.from({ length: 19 }, (_, i) => {
    const code = String(i + 1).padStart(2, '0');
    return { status, code, allowed: allowedByContract(status, i + 1) };
  }),
);

describe('classificatie per wachtstatus (COD168, rule CS131)', () => {
  it('covers all 76 status/classificatie pairs', () => {
    expect(PAIRS).toHaveLength(76);
    expect(PAIRS.filter((p) => p.allowed)).toHaveLength(8 + 4 + 7 + 6);
  });

  it.each(PAIRS.filter((p) => p.allowed))('allows $status with $code', ({ status, code }) => {
    expect(parseClassificatie(code, status, PEILDATUM)).toEqual({ ok: true, classificatie: code });
  });

  it.each(PAIRS.filter((p) => !p.allowed))('refuses $status with $code', ({ status, code }) => {
    const result = parseClassificatie(code, status, PEILDATUM);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reden).toContain(`hoort niet bij wachtstatus ${status}`);
  });

  it('names the allowed codes in the reason', () => {
    const result = parseClassificatie('13', 'urgent_plaatsen', PEILDATUM);
    expect(result).toEqual({
      ok: false,
      reden:
        'classificatie 13 (Specifieke locatie/woonwens) hoort niet bij wachtstatus urgent_plaatsen; toegestaan: 01–08',
    });
    const voorzorg = parseClassificatie('16', 'wacht_uit_voorzorg', PEILDATUM);
    expect(voorzorg.ok).toBe(false);
    if (!voorzorg.ok) expect(voorzorg.reden).toContain('toegestaan: 13, 14, 15, 17, 18, 19');
  });

  it('accepts a single digit as the two-digit code', () => {
    expect(parseClassificatie('9', 'actief_plaatsen', PEILDATUM)).toEqual({ ok: true, classificatie: '09' });
  });

  it.each(['20', '00', 'A1', '123', ''])('refuses %j as no known code', (code) => {
    expect(parseClassificatie(code, 'actief_plaatsen', PEILDATUM).ok).toBe(false);
  });
});

describe('dated code list', () => {
  const base = CLASSIFICATIE_RELEASES[0] as ClassificatieRelease;
  const newer: ClassificatieRelease = {
    release: 'iWlz 2.4 (test)',
    geldigVanaf: '2024-01-01' as CalendarDate,
    classificaties: [
      ...base.classificaties,
      { code: '20', omschrijving: 'Doorstroom klinische GGZ', wachtstatussen: ['urgent_plaatsen'] },
    ],
  };
  const releases = [newer, base];

  it('uses the release in force on the date', () => {
    expect(classificatieReleaseOn(calendarDate('2023-12-31'), releases).release).toBe('iWlz 2.2');
    expect(classificatieReleaseOn(calendarDate('2024-01-01'), releases).release).toBe('iWlz 2.4 (test)');
    expect(classificatieReleaseOn(calendarDate('2019-06-01'), releases).release).toBe('iWlz 2.2');
  });

  it('a newer release adds a code without changing what older extracts may carry', () => {
    expect(parseClassificatie('20', 'urgent_plaatsen', calendarDate('2024-03-01'), releases)).toEqual({
      ok: true,
      classificatie: '20',
    });
    const before = parseClassificatie('20', 'urgent_plaatsen', calendarDate('2023-03-01'), releases);
    expect(before).toEqual({ ok: false, reden: 'onbekende classificatie 20 in de codelijst iWlz 2.2' });
  });
});
