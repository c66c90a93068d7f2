import { describe, expect, it } from 'vitest';
import type { MazMelding, PgbAanvraag, WachtlijstRegel } from '../../../shared/extracts/extract-rows.ts';
import { berekenIndicatoren } from '../../../shared/indicators/bereken-indicatoren.ts';
import type { Normen } from '../../../shared/norms/normen.ts';
import {
  cijferVan,
  contractNormen,
  d,
  invoer,
  mazVerwerkt,
  normenWith,
  pgbBesloten,
  snapshot,
  stand,
  streefnorm,
  wachtende,
} from './builders.ts';

const PW = d('2023-08-28');
const P = d('2023-08-31');
const M = '2023-08';

function herhaal<T>(aantal: number, maak: () => T): T[] {
  return Array.from({ length: aantal }, maak);
}

/** `binnen` urgent clients well within the norm, `buiten` past it. */
function wachtlijst(
  binnen: number,
  buiten: number,
  extra: readonly WachtlijstRegel[] = [],
): WachtlijstRegel[] {
  return [...herhaal(binnen, () => wachtende(PW, 1)), ...herhaal(buiten, () => wachtende(PW, 15)), ...extra];
}

/** `tijdig` and `teLaat` pgb decisions, all due on 2023-08-12 (in M, before P). */
function pgbDue(tijdig: number, teLaat: number): PgbAanvraag[] {
  const S = d('2023-07-01');
  return [...herhaal(tijdig, () => pgbBesloten(S, 10)), ...herhaal(teLaat, () => pgbBesloten(S, 43))];
}

/** `tijdig` and `teLaat` verblijf MAZ, all due on 2023-08-10. */
function mazDue(tijdig: number, teLaat: number): MazMelding[] {
  const S = d('2023-07-11');
  return [...herhaal(tijdig, () => mazVerwerkt(S, 5)), ...herhaal(teLaat, () => mazVerwerkt(S, 31))];
}

const voorkeur = (): WachtlijstRegel =>
  wachtende(PW, 400, { wachtstatus: 'wacht_op_voorkeur', classificatie: '13' });

describe('sein tijdige_zorg: % of urgent+actief clients not buiten streefnorm (contracts §3.1, §3.3)', () => {
  it.each([
    { naam: '19 of 20: exactly 95 is groen', regels: () => wachtlijst(19, 1), waarde: 95, kleur: 'groen' },
    { naam: '18 of 20: 90 is oranje', regels: () => wachtlijst(18, 2), waarde: 90, kleur: 'oranje' },
    {
      naam: '1899 of 2000 = 94.95: shows 95 but is oranje (unrounded)',
      regels: () => wachtlijst(1899, 101),
      waarde: 95,
      kleur: 'oranje',
    },
    { naam: '2 of 3: 66.7', regels: () => wachtlijst(2, 1), waarde: 66.7, kleur: 'oranje' },
    { naam: '1 of 8: 12.5', regels: () => wachtlijst(1, 7), waarde: 12.5, kleur: 'oranje' },
    {
      naam: '15 of 16 = 93.75: half up to 93.8',
      regels: () => wachtlijst(15, 1),
      waarde: 93.8,
      kleur: 'oranje',
    },
    { naam: 'all buiten: 0', regels: () => wachtlijst(0, 3), waarde: 0, kleur: 'oranje' },
    {
      naam: 'no urgent/actief clients (only wacht op voorkeur): 100',
      regels: () => [voorkeur(), voorkeur()],
      waarde: 100,
      kleur: 'groen',
    },
    {
      naam: 'wacht op voorkeur clients are not in the denominator',
      regels: () => wachtlijst(0, 1, [voorkeur(), voorkeur(), voorkeur()]),
      waarde: 0,
      kleur: 'oranje',
    },
    {
      naam: 'actief clients count too (VV norm 42)',
      regels: () => [
        wachtende(PW, 42, { wachtstatus: 'actief_plaatsen', classificatie: '09' }),
        wachtende(PW, 43, { wachtstatus: 'actief_plaatsen', classificatie: '09' }),
      ],
      waarde: 50,
      kleur: 'oranje',
    },
  ])('$naam', ({ regels, waarde, kleur }) => {
    const result = berekenIndicatoren(invoer(M, { wachtlijst: snapshot(PW, regels()) }), contractNormen());
    expect(result.seinen.tijdige_zorg).toStrictEqual({ waarde, drempel: 95, kleur });
  });

  it('a client without a streefnorm counts as not buiten', () => {
    const normen = normenWith({ streefnormen: [streefnorm('2021-01-01', 'urgent_plaatsen', '*', '*', 14)] });
    const regels = [
      wachtende(PW, 15), // buiten
      wachtende(PW, 900, { wachtstatus: 'actief_plaatsen', classificatie: '10' }), // no actief norm
    ];
    const result = berekenIndicatoren(invoer(M, { wachtlijst: snapshot(PW, regels) }), normen);
    expect(result.seinen.tijdige_zorg).toStrictEqual({ waarde: 50, drempel: 95, kleur: 'oranje' });
  });

  it('no snapshot: waarde null, kleur onbekend', () => {
    const result = berekenIndicatoren(invoer(M), contractNormen());
    expect(result.seinen.tijdige_zorg).toStrictEqual({ waarde: null, drempel: 95, kleur: 'onbekend' });
  });
});

describe('sein tijdige_pgb_toekenning: the pgb figure of month M', () => {
  it.each([
    { tijdig: 19, teLaat: 1, waarde: 95, kleur: 'groen' },
    { tijdig: 1899, teLaat: 101, waarde: 95, kleur: 'oranje' }, // 94.95
    { tijdig: 15, teLaat: 1, waarde: 93.8, kleur: 'oranje' }, // 93.75
    { tijdig: 1, teLaat: 15, waarde: 6.3, kleur: 'oranje' }, // 6.25
    { tijdig: 2, teLaat: 1, waarde: 66.7, kleur: 'oranje' },
    { tijdig: 1, teLaat: 2, waarde: 33.3, kleur: 'oranje' },
    { tijdig: 1, teLaat: 5, waarde: 16.7, kleur: 'oranje' },
    { tijdig: 0, teLaat: 4, waarde: 0, kleur: 'oranje' },
    { tijdig: 4, teLaat: 0, waarde: 100, kleur: 'groen' },
    { tijdig: 199, teLaat: 1, waarde: 99.5, kleur: 'groen' },
  ])('$tijdig tijdig, $teLaat te laat → $waarde $kleur', ({ tijdig, teLaat, waarde, kleur }) => {
    const result = berekenIndicatoren(invoer(M, { pgb: stand(P, pgbDue(tijdig, teLaat)) }), contractNormen());
    expect(result.seinen.tijdige_pgb_toekenning).toStrictEqual({ waarde, drempel: 95, kleur });
    expect(cijferVan(result.pgb.maanden, M)).toStrictEqual({
      maand: M,
      tijdig,
      teLaat,
      percentageTijdig: waarde,
    });
  });

  it('29 of 100 with drempel 29 is exactly 29: groen (the comparison is exact, not floating point)', () => {
    const normen = contractNormen({
      seinDrempels: { tijdige_zorg: 95, tijdige_pgb_toekenning: 29, tijdige_eigen_bijdrage: 80 },
    });
    const result = berekenIndicatoren(invoer(M, { pgb: stand(P, pgbDue(29, 71)) }), normen);
    expect(result.seinen.tijdige_pgb_toekenning).toStrictEqual({ waarde: 29, drempel: 29, kleur: 'groen' });
  });

  it('pgb data but nothing due in M: null / onbekend', () => {
    const regels = [pgbBesloten(d('2023-05-01'), 10)]; // due in June
    const result = berekenIndicatoren(invoer(M, { pgb: stand(P, regels) }), contractNormen());
    expect(result.pgb.peildatum).toBe(P);
    expect(result.seinen.tijdige_pgb_toekenning).toStrictEqual({
      waarde: null,
      drempel: 95,
      kleur: 'onbekend',
    });
  });

  it('an earlier month M takes the figure of M, not of the latest month', () => {
    const regels = [
      pgbBesloten(d('2023-06-01'), 10), // due July, tijdig
      pgbBesloten(d('2023-06-01'), 43), // due July, late
      pgbBesloten(d('2023-07-01'), 10), // due August, tijdig
    ];
    const juli = berekenIndicatoren(invoer('2023-07', { pgb: stand(P, regels) }), contractNormen());
    expect(juli.seinen.tijdige_pgb_toekenning).toStrictEqual({ waarde: 50, drempel: 95, kleur: 'oranje' });
    const augustus = berekenIndicatoren(invoer('2023-08', { pgb: stand(P, regels) }), contractNormen());
    expect(augustus.seinen.tijdige_pgb_toekenning).toStrictEqual({
      waarde: 100,
      drempel: 95,
      kleur: 'groen',
    });
  });
});

describe('sein tijdige_eigen_bijdrage: the MAZ totaal figure of month M (drempel 80)', () => {
  it.each([
    { tijdig: 4, teLaat: 1, waarde: 80, kleur: 'groen' },
    { tijdig: 1999, teLaat: 501, waarde: 80, kleur: 'oranje' }, // 79.96
    { tijdig: 3, teLaat: 1, waarde: 75, kleur: 'oranje' },
    { tijdig: 0, teLaat: 0, waarde: null, kleur: 'onbekend' },
  ])('$tijdig tijdig, $teLaat te laat → $waarde $kleur', ({ tijdig, teLaat, waarde, kleur }) => {
    const regels = mazDue(tijdig, teLaat);
    const maz = regels.length === 0 ? stand<MazMelding>(null, []) : stand(P, regels);
    const result = berekenIndicatoren(invoer(M, { maz }), contractNormen());
    expect(result.seinen.tijdige_eigen_bijdrage).toStrictEqual({ waarde, drempel: 80, kleur });
  });

  it('uses the total over leveringsvormen', () => {
    const regels = [
      mazVerwerkt(d('2023-07-11'), 5, 'verblijf'), // due 2023-08-10, tijdig
      mazVerwerkt(d('2023-04-20'), 130, 'pgb'), // due 2023-08-18, late
    ];
    const result = berekenIndicatoren(invoer(M, { maz: stand(P, regels) }), contractNormen());
    expect(result.seinen.tijdige_eigen_bijdrage).toStrictEqual({ waarde: 50, drempel: 80, kleur: 'oranje' });
  });
});

describe('drempels come from the norms', () => {
  it('each sein carries its own drempel; waarde = drempel is groen', () => {
    const normen: Normen = contractNormen({
      seinDrempels: { tijdige_zorg: 50, tijdige_pgb_toekenning: 75, tijdige_eigen_bijdrage: 66.5 },
    });
    const result = berekenIndicatoren(
      invoer(M, {
        wachtlijst: snapshot(PW, wachtlijst(1, 1)),
        pgb: stand(P, pgbDue(3, 1)),
        maz: stand(P, mazDue(2, 1)), // 66.666…: shows 66.7, above 66.5
      }),
      normen,
    );
    expect(result.seinen).toStrictEqual({
      tijdige_zorg: { waarde: 50, drempel: 50, kleur: 'groen' },
      tijdige_pgb_toekenning: { waarde: 75, drempel: 75, kleur: 'groen' },
      tijdige_eigen_bijdrage: { waarde: 66.7, drempel: 66.5, kleur: 'groen' },
    });
  });

  it('a drempel just above the unrounded value is oranje even when the rounded value reaches it', () => {
    const normen: Normen = contractNormen({
      seinDrempels: { tijdige_zorg: 66.7, tijdige_pgb_toekenning: 66.7, tijdige_eigen_bijdrage: 66.7 },
    });
    const result = berekenIndicatoren(
      invoer(M, {
        wachtlijst: snapshot(PW, wachtlijst(2, 1)),
        pgb: stand(P, pgbDue(2, 1)),
        maz: stand(P, mazDue(2, 1)),
      }),
      normen,
    );
    expect(result.seinen).toStrictEqual({
      tijdige_zorg: { waarde: 66.7, drempel: 66.7, kleur: 'oranje' },
      tijdige_pgb_toekenning: { waarde: 66.7, drempel: 66.7, kleur: 'oranje' },
      tijdige_eigen_bijdrage: { waarde: 66.7, drempel: 66.7, kleur: 'oranje' },
    });
  });
});
