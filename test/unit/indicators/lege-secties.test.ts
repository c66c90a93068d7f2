import { describe, expect, it } from 'vitest';
import { berekenIndicatoren } from '../../../shared/indicators/bereken-indicatoren.ts';
import {
  LEGE_MAZ,
  LEGE_PGB,
  REGIO,
  contractNormen,
  d,
  invoer,
  legePerSector,
  m,
  nulMaanden,
  pgbBesloten,
  snapshot,
  stand,
  wachtende,
} from './builders.ts';

describe('sections without data (contracts §5: peildatum null and empty/zero content)', () => {
  it('no data at all: the full JSON', () => {
    const result = berekenIndicatoren(invoer('2023-08'), contractNormen());
    expect(result).toStrictEqual({
      regio: REGIO,
      maand: m('2023-08'),
      wachtlijst: { peildatum: null, perSector: legePerSector() },
      pgb: { peildatum: null, maanden: nulMaanden('2023-08'), open: 0, openSignaal75: 0, openTeLaat: 0 },
      maz: { peildatum: null, perLeveringsvorm: {}, totaal: { maanden: nulMaanden('2023-08') } },
      seinen: {
        tijdige_zorg: { waarde: null, drempel: 95, kleur: 'onbekend' },
        tijdige_pgb_toekenning: { waarde: null, drempel: 95, kleur: 'onbekend' },
        tijdige_eigen_bijdrage: { waarde: null, drempel: 80, kleur: 'onbekend' },
      },
    });
  });

  it('the empty JSON survives a JSON round trip unchanged (no undefined, no NaN)', () => {
    const result = berekenIndicatoren(invoer('2024-01'), contractNormen());
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
    expect(result.pgb.maanden.map((c) => c.maand)[0]).toBe('2023-02');
  });

  it('only pgb data: wachtlijst and maz are empty, pgb has its peildatum', () => {
    const P = d('2023-08-31');
    const result = berekenIndicatoren(
      invoer('2023-08', { pgb: stand(P, [pgbBesloten(d('2023-07-01'), 10)]), maz: LEGE_MAZ }),
      contractNormen(),
    );
    expect(result.wachtlijst).toStrictEqual({ peildatum: null, perSector: legePerSector() });
    expect(result.maz).toStrictEqual({
      peildatum: null,
      perLeveringsvorm: {},
      totaal: { maanden: nulMaanden('2023-08') },
    });
    expect(result.pgb.peildatum).toBe(P);
    expect(result.seinen.tijdige_zorg.kleur).toBe('onbekend');
    expect(result.seinen.tijdige_eigen_bijdrage.kleur).toBe('onbekend');
    expect(result.seinen.tijdige_pgb_toekenning).toStrictEqual({ waarde: 100, drempel: 95, kleur: 'groen' });
  });

  it('only a wachtlijst snapshot: pgb keeps its twelve zero months', () => {
    const PW = d('2023-01-15');
    const result = berekenIndicatoren(
      invoer('2023-01', { wachtlijst: snapshot(PW, [wachtende(PW, 3)]), pgb: LEGE_PGB }),
      contractNormen(),
    );
    expect(result.wachtlijst.peildatum).toBe(PW);
    expect(result.pgb).toStrictEqual({
      peildatum: null,
      maanden: nulMaanden('2023-01'),
      open: 0,
      openSignaal75: 0,
      openTeLaat: 0,
    });
    expect(result.pgb.maanden[0]?.maand).toBe('2022-02');
    expect(result.pgb.maanden[11]?.maand).toBe('2023-01');
    expect(result.seinen.tijdige_zorg).toStrictEqual({ waarde: 100, drempel: 95, kleur: 'groen' });
  });
});
