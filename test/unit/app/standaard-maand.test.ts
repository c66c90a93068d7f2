import { describe, expect, it } from 'vitest';
import type { CalendarMonth } from '../../../shared/calendar/calendar-date.ts';
import type { ExtractSoort } from '../../../shared/extracts/extract-rows.ts';
import { type GegevensOmvang, kiesStandaardMaand } from '../../../shared/app/lezen/gegevens-omvang.ts';
import type { RegioCode } from '../../../shared/reference/zorgkantoorregio.ts';

const R1 = '5517' as RegioCode;
const R2 = '5521' as RegioCode;

/** Per region: the months with data per kind, e.g. { wachtlijst: ['2026-09'], … }. */
function omvang(perRegio: Record<string, Partial<Record<ExtractSoort, string[]>>>): GegevensOmvang {
  const maanden = new Map<RegioCode, Record<ExtractSoort, Set<CalendarMonth>>>();
  for (const [regio, soorten] of Object.entries(perRegio)) {
    const set = (s: ExtractSoort) => new Set((soorten[s] ?? []) as CalendarMonth[]);
    maanden.set(regio as RegioCode, { wachtlijst: set('wachtlijst'), pgb: set('pgb'), maz: set('maz') });
  }
  return { regios: [...maanden.keys()].sort(), maanden };
}

const alle = (...m: string[]) => ({ wachtlijst: m, pgb: m, maz: m });

describe('the default month: the newest month the data are complete enough to judge', () => {
  it('one stray early extract does not open a month nobody can judge yet', () => {
    const keuze = kiesStandaardMaand(
      omvang({
        [R1]: { ...alle('2026-09', '2026-10'), pgb: ['2026-09', '2026-10', '2026-11'] },
        [R2]: alle('2026-09', '2026-10'),
      }),
      [R1, R2],
    );
    expect(keuze).toEqual({
      maand: '2026-10',
      uitleg: "oktober 2026, de nieuwste maand met gegevens van alle soorten voor alle regio's",
    });
  });

  it('a region that lags holds the common month back', () => {
    const keuze = kiesStandaardMaand(omvang({ [R1]: alle('2026-09', '2026-10'), [R2]: alle('2026-09') }), [
      R1,
      R2,
    ]);
    expect(keuze?.maand).toBe('2026-09');
  });

  it('without a month common to all, the newest month one region has complete', () => {
    const keuze = kiesStandaardMaand(omvang({ [R1]: alle('2026-10'), [R2]: alle('2026-08') }), [R1, R2]);
    expect(keuze).toEqual({
      maand: '2026-10',
      uitleg: 'oktober 2026, de nieuwste maand waarin een regio gegevens van alle soorten heeft',
    });
  });

  it('without any complete month, the newest month with data, and says so', () => {
    const keuze = kiesStandaardMaand(omvang({ [R1]: { wachtlijst: ['2026-07'], pgb: ['2026-09'] } }), [R1]);
    expect(keuze).toEqual({
      maand: '2026-09',
      uitleg: 'september 2026, de nieuwste maand met gegevens (nog niet van alle soorten)',
    });
  });

  it('only the regions in view count (a zorgkantoor user sees its own)', () => {
    const data = omvang({ [R1]: alle('2026-10'), [R2]: alle('2026-08') });
    expect(kiesStandaardMaand(data, [R2])).toEqual({
      maand: '2026-08',
      uitleg: 'augustus 2026, de nieuwste maand met gegevens van alle soorten voor deze regio',
    });
    expect(kiesStandaardMaand(data, [])).toBeUndefined();
  });
});
