import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/calendar/calendar-date.ts';
import { berekenSignaallijst } from '../../../shared/indicators/signaallijst.ts';
import {
  LEGE_MAZ,
  LEGE_PGB,
  contractNormen,
  d,
  mazOpen,
  mazVerwerkt,
  normenWith,
  pgbBesloten,
  pgbOpen,
  snapshot,
  stand,
  wachtende,
} from './builders.ts';

const PW = d('2023-08-28');
const P = d('2023-08-31');

describe('75%-lijst: order within the wachtlijst part (contracts §3.1, decision 10)', () => {
  it('by dagen/normDagen descending, then dagen descending, then client_id ascending', () => {
    const regels = [
      wachtende(PW, 34, { clientId: 'v34', wachtstatus: 'actief_plaatsen', classificatie: '09' }), // 34/42
      wachtende(PW, 14, { clientId: 'm2' }), // 14/14
      wachtende(PW, 21, { clientId: 'a1' }), // 21/14 = 1.5
      wachtende(PW, 100, {
        clientId: 'g100',
        sector: 'GGZ',
        wachtstatus: 'actief_plaatsen',
        classificatie: '11',
      }), // 100/91
      wachtende(PW, 14, { clientId: 'm1' }), // 14/14
      wachtende(PW, 63, { clientId: 'z1', wachtstatus: 'actief_plaatsen', classificatie: '12' }), // 63/42 = 1.5
      wachtende(PW, 20, { clientId: 'u20' }), // 20/14
      wachtende(PW, 10, { clientId: 'niet' }), // 10/14 < 0.75: not on the list
    ];
    const rows = berekenSignaallijst(
      { wachtlijst: snapshot(PW, regels), pgb: LEGE_PGB, maz: LEGE_MAZ },
      contractNormen(),
    );
    expect(rows.map((r) => r.client_id)).toStrictEqual(['z1', 'a1', 'u20', 'g100', 'm1', 'm2', 'v34']);
    expect(rows.map((r) => r.categorie)).toStrictEqual([
      'overschreden',
      'overschreden',
      'overschreden',
      'overschreden',
      'dreigend',
      'dreigend',
      'dreigend',
    ]);
    expect(rows.every((r) => r.soort === 'wachtlijst' && r.peildatum === PW)).toBe(true);
  });

  it('the order does not depend on the order of the rows in the snapshot', () => {
    const regels = [
      wachtende(PW, 14, { clientId: 'b' }),
      wachtende(PW, 14, { clientId: 'a' }),
      wachtende(PW, 14, { clientId: 'c' }),
    ];
    const vooruit = berekenSignaallijst(
      { wachtlijst: snapshot(PW, regels), pgb: LEGE_PGB, maz: LEGE_MAZ },
      contractNormen(),
    );
    const achteruit = berekenSignaallijst(
      { wachtlijst: snapshot(PW, [...regels].reverse()), pgb: LEGE_PGB, maz: LEGE_MAZ },
      contractNormen(),
    );
    expect(vooruit.map((r) => r.client_id)).toStrictEqual(['a', 'b', 'c']);
    expect(achteruit).toStrictEqual(vooruit);
  });
});

describe('75%-lijst: pgb and MAZ parts', () => {
  it('pgb: ratio, then dagen, then client_id', () => {
    const normen = normenWith({
      pgbBesluitDagen: [
        { geldigVanaf: d('2015-01-01'), dagen: 42 },
        { geldigVanaf: d('2023-01-01'), dagen: 35 },
      ],
    });
    const regels = [
      pgbOpen(P, 0, { clientId: 'q70', ontvangstdatum: d('2023-06-22') }), // 70/35 = 2
      pgbOpen(P, 0, { clientId: 'q243', ontvangstdatum: d('2022-12-31') }), // 243/42
      pgbOpen(P, 30, { clientId: 'q2' }), // 30/35
      pgbOpen(P, 30, { clientId: 'q1' }), // 30/35
      pgbOpen(P, 35, { clientId: 'q35' }), // 35/35 = 1: dreigend
      pgbOpen(P, 26, { clientId: 'q26' }), // 26 < 26.25: not on the list
      pgbBesloten(d('2023-06-01'), 80, 'toegekend', { clientId: 'besloten' }), // decided: never on the list
    ];
    const rows = berekenSignaallijst({ wachtlijst: null, pgb: stand(P, regels), maz: LEGE_MAZ }, normen);
    expect(rows.map((r) => [r.client_id, r.categorie, r.dagen, r.normDagen])).toStrictEqual([
      ['q243', 'overschreden', 243, 42],
      ['q70', 'overschreden', 70, 35],
      ['q35', 'dreigend', 35, 35],
      ['q1', 'dreigend', 30, 35],
      ['q2', 'dreigend', 30, 35],
    ]);
    expect(rows.every((r) => r.soort === 'pgb' && r.peildatum === P)).toBe(true);
  });

  it('pgb: the ratio comes first: fewer days against a stricter norm can rank above more days', () => {
    const normen = normenWith({
      pgbBesluitDagen: [
        { geldigVanaf: d('2015-01-01'), dagen: 42 },
        { geldigVanaf: d('2023-01-01'), dagen: 35 },
      ],
    });
    const peildatum = d('2023-03-10');
    const regels = [
      pgbOpen(peildatum, 0, { clientId: 'a-kort', ontvangstdatum: d('2023-01-01') }), // 68 days / 35
      pgbOpen(peildatum, 0, { clientId: 'b-lang', ontvangstdatum: d('2022-12-31') }), // 69 days / 42
      pgbOpen(peildatum, 0, { clientId: 'c-gelijk', ontvangstdatum: d('2023-02-03') }), // 35 / 35 = 1
      pgbOpen(peildatum, 0, { clientId: 'd-gelijk', ontvangstdatum: d('2022-11-17') }), // 113 / 42 = 2.69
      pgbOpen(peildatum, 0, { clientId: 'e-twee', ontvangstdatum: d('2022-12-14') }), // 86/42 ≈ 2.048
      pgbOpen(peildatum, 0, { clientId: 'f-twee', ontvangstdatum: d('2023-01-04') }), // 65/35 ≈ 1.857
    ];
    const rows = berekenSignaallijst(
      { wachtlijst: null, pgb: stand(peildatum, regels), maz: LEGE_MAZ },
      normen,
    );
    expect(rows.map((r) => [r.client_id, r.dagen, r.normDagen])).toStrictEqual([
      ['d-gelijk', 113, 42],
      ['e-twee', 86, 42],
      ['a-kort', 68, 35],
      ['f-twee', 65, 35],
      ['b-lang', 69, 42],
      ['c-gelijk', 35, 35],
    ]);
  });

  it('pgb: an exact ratio tie between two norms is broken by dagen (84/42 before 70/35)', () => {
    const normen = normenWith({
      pgbBesluitDagen: [
        { geldigVanaf: d('2015-01-01'), dagen: 42 },
        { geldigVanaf: d('2023-01-01'), dagen: 35 },
      ],
    });
    const peildatum = d('2023-03-12');
    const regels = [
      pgbOpen(peildatum, 70, { clientId: 'a-ratio2-dagen70' }), // received 2023-01-01, norm 35: 2.0
      pgbOpen(peildatum, 86, { clientId: 'z-dagen86' }), // received 2022-12-16, norm 42: 2.05
      pgbOpen(peildatum, 84, { clientId: 'y-ratio2-dagen84' }), // received 2022-12-18, norm 42: 2.0
    ];
    expect(regels[0]?.ontvangstdatum).toBe(d('2023-01-01'));
    const rows = berekenSignaallijst(
      { wachtlijst: null, pgb: stand(peildatum, regels), maz: LEGE_MAZ },
      normen,
    );
    expect(rows.map((r) => [r.client_id, r.dagen, r.normDagen])).toStrictEqual([
      ['z-dagen86', 86, 42],
      ['y-ratio2-dagen84', 84, 42],
      ['a-ratio2-dagen70', 70, 35],
    ]);
  });

  it('MAZ: ratio, then dagen, then client_id; processed MAZ never on the list', () => {
    const regels = [
      mazOpen(P, 60, 'verblijf', { clientId: 'a' }), // 60/30 = 2
      mazOpen(P, 240, 'pgb', { clientId: 'z' }), // 240/120 = 2: more days first
      mazOpen(P, 25, 'mpt', { clientId: 'n2' }),
      mazOpen(P, 25, 'vpt', { clientId: 'n1' }),
      mazOpen(P, 100, 'pgb', { clientId: 'p' }), // 100/120 = 25/30: same ratio as n1/n2, more days
      mazVerwerkt(d('2023-01-01'), 200, 'verblijf', { clientId: 'klaar' }),
    ];
    const rows = berekenSignaallijst(
      { wachtlijst: null, pgb: LEGE_PGB, maz: stand(P, regels) },
      contractNormen(),
    );
    expect(rows.map((r) => [r.client_id, r.categorie, r.leveringsvorm])).toStrictEqual([
      ['z', 'overschreden', 'pgb'],
      ['a', 'overschreden', 'verblijf'],
      ['p', 'dreigend', 'pgb'],
      ['n1', 'dreigend', 'vpt'],
      ['n2', 'dreigend', 'mpt'],
    ]);
  });
});

describe('75%-lijst: kinds in a fixed order and each judged on its own peildatum', () => {
  it('all wachtlijst rows first, then pgb, then MAZ, whatever the ratios', () => {
    const PP = d('2023-08-20');
    const PM = d('2023-08-25');
    const rows = berekenSignaallijst(
      {
        wachtlijst: snapshot(PW, [wachtende(PW, 11, { clientId: 'w' })]), // 11/14
        pgb: stand(PP, [pgbOpen(PP, 420, { clientId: 'p' })]), // 10×
        maz: stand(PM, [mazOpen(PM, 3000, 'verblijf', { clientId: 'm' })]), // 100×
      },
      contractNormen(),
    );
    expect(rows.map((r) => [r.soort, r.client_id, r.peildatum])).toStrictEqual([
      ['wachtlijst', 'w', PW],
      ['pgb', 'p', PP],
      ['maz', 'm', PM],
    ]);
    expect(rows[1]).toMatchObject({
      dagen: 420,
      normDagen: 42,
      startdatum: addDays(PP, -420),
      deadline: addDays(PP, -378),
    });
    expect(rows[2]).toMatchObject({ dagen: 3000, normDagen: 30 });
  });

  it('without a wachtlijst snapshot only pgb and MAZ rows', () => {
    const rows = berekenSignaallijst(
      { wachtlijst: null, pgb: stand(P, [pgbOpen(P, 40)]), maz: stand(P, [mazOpen(P, 29)]) },
      contractNormen(),
    );
    expect(rows.map((r) => r.soort)).toStrictEqual(['pgb', 'maz']);
  });

  it('nothing to signal: an empty list', () => {
    expect(
      berekenSignaallijst({ wachtlijst: null, pgb: LEGE_PGB, maz: LEGE_MAZ }, contractNormen()),
    ).toStrictEqual([]);
    const rows = berekenSignaallijst(
      {
        wachtlijst: snapshot(PW, [
          wachtende(PW, 10),
          wachtende(PW, 500, { wachtstatus: 'wacht_op_voorkeur', classificatie: '15' }),
        ]),
        pgb: stand(P, [
          pgbOpen(P, 31),
          pgbBesloten(d('2023-01-01'), 100),
          pgbBesloten(d('2023-01-01'), 100, 'ingetrokken'),
        ]),
        maz: stand(P, [mazOpen(P, 22), mazOpen(P, 89, 'pgb')]),
      },
      contractNormen(),
    );
    expect(rows).toStrictEqual([]);
  });
});
