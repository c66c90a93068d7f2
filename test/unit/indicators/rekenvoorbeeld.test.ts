import { describe, expect, it } from 'vitest';
import { calendarMonth } from '../../../shared/calendar/calendar-date.ts';
import { berekenIndicatoren } from '../../../shared/indicators/bereken-indicatoren.ts';
import { berekenSignaallijst } from '../../../shared/indicators/signaallijst.ts';
import { STANDAARD_NORMEN } from '../../../shared/norms/standaard-normen.ts';
import { d, maz, pgb, R, wacht } from './rekenvoorbeeld-regels.ts';

/** The worked example of docs/rekenregels.md, number for number. */
const invoer = {
  wachtlijst: {
    peildatum: d('2023-08-28'),
    regels: [
      wacht('A', 'VV', 'urgent_plaatsen', '01', '2023-08-20', true),
      wacht('B', 'VV', 'urgent_plaatsen', '01', '2023-08-16', true),
      wacht('C', 'VV', 'actief_plaatsen', '09', '2023-07-10', false),
      wacht('D', 'GHZ', 'actief_plaatsen', '10', '2023-06-15', true),
      wacht('E', 'GGZ', 'wacht_op_voorkeur', '13', '2022-01-01', true),
    ],
  },
  pgb: {
    peildatum: d('2023-08-31'),
    regels: [
      pgb('P1', '2023-06-01', ['2023-07-10', 'toegekend']),
      pgb('P2', '2023-06-20', ['2023-08-05', 'afgewezen']),
      pgb('P3', '2023-07-01'),
      pgb('P4', '2023-07-10', ['2023-08-15', 'toegekend']),
      pgb('P5', '2023-08-01'),
      pgb('P6', '2023-07-25'),
      pgb('P7', '2023-07-01', ['2023-07-20', 'ingetrokken']),
    ],
  },
  maz: {
    peildatum: d('2023-08-31'),
    regels: [
      maz('M1', 'verblijf', '2023-07-01', '2023-07-20'),
      maz('M2', 'verblijf', '2023-07-10', '2023-08-25'),
      maz('M3', 'pgb', '2023-05-01', '2023-08-20'),
      maz('M4', 'mpt', '2023-07-15'),
      maz('M5', 'vpt', '2023-08-05'),
    ],
  },
};

describe('the worked example of docs/rekenregels.md', async () => {
  const normen = STANDAARD_NORMEN;
  const json = berekenIndicatoren({ regio: R, maand: calendarMonth('2023-08'), ...invoer }, normen);

  it('wachtlijst', () => {
    expect(json.wachtlijst.perSector.VV.urgent_plaatsen).toEqual({
      aantal: 2,
      metZorg: 2,
      zonderZorg: 0,
      buitenStreefnorm: 0,
      buitenStreefnormZonderZorg: 0,
      signaal75: 1,
    });
    expect(json.wachtlijst.perSector.VV.actief_plaatsen).toEqual({
      aantal: 1,
      metZorg: 0,
      zonderZorg: 1,
      buitenStreefnorm: 1,
      buitenStreefnormZonderZorg: 1,
      signaal75: 1,
    });
    expect(json.wachtlijst.perSector.GHZ.actief_plaatsen.signaal75).toBe(1);
    expect(json.wachtlijst.perSector.GGZ.wacht_op_voorkeur).toEqual({ aantal: 1, metZorg: 1, zonderZorg: 0 });
    expect(json.seinen.tijdige_zorg).toEqual({ waarde: 75, drempel: 95, kleur: 'oranje' });
  });

  it('pgb', () => {
    expect(json.pgb.maanden.slice(-2)).toEqual([
      { maand: '2023-07', tijdig: 1, teLaat: 0, percentageTijdig: 100 },
      { maand: '2023-08', tijdig: 1, teLaat: 2, percentageTijdig: 33.3 },
    ]);
    expect(json.pgb).toMatchObject({ peildatum: '2023-08-31', open: 2, openSignaal75: 1, openTeLaat: 1 });
    expect(json.seinen.tijdige_pgb_toekenning).toEqual({ waarde: 33.3, drempel: 95, kleur: 'oranje' });
  });

  it('maz', () => {
    const aug = (maanden: readonly { maand: string }[] | undefined) =>
      maanden?.find((m) => m.maand === '2023-08');
    expect(aug(json.maz.totaal.maanden)).toEqual({
      maand: '2023-08',
      tijdig: 1,
      teLaat: 2,
      percentageTijdig: 33.3,
    });
    expect(aug(json.maz.perLeveringsvorm.verblijf?.maanden)).toMatchObject({
      tijdig: 0,
      teLaat: 1,
      percentageTijdig: 0,
    });
    expect(aug(json.maz.perLeveringsvorm.pgb?.maanden)).toMatchObject({
      tijdig: 1,
      teLaat: 0,
      percentageTijdig: 100,
    });
    expect(aug(json.maz.perLeveringsvorm.mpt?.maanden)).toMatchObject({
      tijdig: 0,
      teLaat: 1,
      percentageTijdig: 0,
    });
    expect(aug(json.maz.perLeveringsvorm.vpt?.maanden)).toMatchObject({
      tijdig: 0,
      teLaat: 0,
      percentageTijdig: null,
    });
    expect(Object.keys(json.maz.perLeveringsvorm)).toEqual(['verblijf', 'vpt', 'mpt', 'pgb']);
    expect(json.seinen.tijdige_eigen_bijdrage).toEqual({ waarde: 33.3, drempel: 80, kleur: 'oranje' });
  });

  it('75%-lijst', () => {
    const lijst = berekenSignaallijst(invoer, normen);
    expect(lijst.map((r) => [r.soort, r.client_id, r.categorie, r.dagen, r.normDagen])).toEqual([
      ['wachtlijst', 'C', 'overschreden', 49, 42],
      ['wachtlijst', 'B', 'dreigend', 12, 14],
      ['wachtlijst', 'D', 'dreigend', 74, 91],
      ['pgb', 'P3', 'overschreden', 61, 42],
      ['pgb', 'P6', 'dreigend', 37, 42],
      ['maz', 'M4', 'overschreden', 47, 30],
      ['maz', 'M5', 'dreigend', 26, 30],
    ]);
    expect(lijst[3]).toMatchObject({
      startdatum: '2023-07-01',
      deadline: '2023-08-12',
      peildatum: '2023-08-31',
    });
  });
});
