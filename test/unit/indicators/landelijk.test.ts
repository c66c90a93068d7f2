import { describe, expect, it } from 'vitest';
import { calendarDate, calendarMonth } from '../../../shared/calendar/calendar-date.ts';
import type { RegioCode } from '../../../shared/reference/zorgkantoorregio.ts';
import { berekenIndicatoren } from '../../../shared/indicators/bereken-indicatoren.ts';
import { poolSeinen } from '../../../shared/indicators/landelijk.ts';
import type { IndicatorenJson } from '../../../shared/indicators/indicatoren-json.ts';
import { STANDAARD_NORMEN } from '../../../shared/norms/standaard-normen.ts';

const OKT = calendarMonth('2026-10');

/** A region's §5 JSON with only the counts the national row pools set. */
function regio(
  zorg: { aantal: number; buiten: number } | null,
  pgb: { tijdig: number; teLaat: number },
  maz: { tijdig: number; teLaat: number },
): IndicatorenJson {
  const leeg = berekenIndicatoren(
    {
      regio: '5517' as RegioCode,
      maand: OKT,
      wachtlijst: null,
      pgb: { peildatum: null, regels: [] },
      maz: { peildatum: null, regels: [] },
    },
    STANDAARD_NORMEN,
  );
  const maand = (t: { tijdig: number; teLaat: number }) => [{ maand: OKT, ...t, percentageTijdig: null }];
  const vv = leeg.wachtlijst.perSector.VV;
  const perSector = zorg
    ? {
        ...leeg.wachtlijst.perSector,
        VV: {
          ...vv,
          actief_plaatsen: { ...vv.actief_plaatsen, aantal: zorg.aantal, buitenStreefnorm: zorg.buiten },
        },
      }
    : leeg.wachtlijst.perSector;
  return {
    ...leeg,
    wachtlijst: { peildatum: zorg ? calendarDate('2026-10-31') : null, perSector },
    pgb: { ...leeg.pgb, maanden: maand(pgb) },
    maz: { ...leeg.maz, totaal: { maanden: maand(maz) } },
  };
}

describe('the national row pools the counts, never an average of percentages (contracts §3.3)', () => {
  it('Σ tijdig / Σ (tijdig + teLaat) and Σ binnen / Σ urgent+actief', () => {
    // 99/100 and 1/10 average to 55%, but pooled they are 100/110 = 90,9%.
    const pooled = poolSeinen(
      [
        regio({ aantal: 100, buiten: 1 }, { tijdig: 99, teLaat: 1 }, { tijdig: 9, teLaat: 1 }),
        regio({ aantal: 10, buiten: 9 }, { tijdig: 1, teLaat: 9 }, { tijdig: 0, teLaat: 0 }),
      ],
      STANDAARD_NORMEN.seinDrempels,
    );
    expect(pooled.tellingen).toEqual({
      tijdige_zorg: { binnen: 100, totaal: 110 },
      tijdige_pgb_toekenning: { binnen: 100, totaal: 110 },
      tijdige_eigen_bijdrage: { binnen: 9, totaal: 10 },
    });
    expect(pooled.seinen.tijdige_zorg).toEqual({ waarde: 90.9, drempel: 95, kleur: 'oranje' });
    expect(pooled.seinen.tijdige_eigen_bijdrage).toEqual({ waarde: 90, drempel: 80, kleur: 'groen' });
    expect(pooled.regios).toBe(2);
  });

  it('tijdige zorg: unknown without any snapshot, 100 with snapshots but nobody urgent or actief', () => {
    const zonder = poolSeinen(
      [regio(null, { tijdig: 0, teLaat: 0 }, { tijdig: 0, teLaat: 0 })],
      STANDAARD_NORMEN.seinDrempels,
    );
    expect(zonder.seinen.tijdige_zorg.kleur).toBe('onbekend');
    expect(zonder.seinen.tijdige_pgb_toekenning.kleur).toBe('onbekend');
    const leeg = poolSeinen(
      [regio({ aantal: 0, buiten: 0 }, { tijdig: 0, teLaat: 0 }, { tijdig: 0, teLaat: 0 })],
      STANDAARD_NORMEN.seinDrempels,
    );
    expect(leeg.seinen.tijdige_zorg).toEqual({ waarde: 100, drempel: 95, kleur: 'groen' });
  });
});
