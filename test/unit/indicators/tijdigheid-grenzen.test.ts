import { describe, expect, it } from 'vitest';
import { addDays, monthsEndingWith } from '../../../shared/calendar/calendar-date.ts';
import type { MazMelding, PgbAanvraag, PgbBesluit } from '../../../shared/extracts/extract-rows.ts';
import { berekenIndicatoren } from '../../../shared/indicators/bereken-indicatoren.ts';
import { berekenSignaallijst } from '../../../shared/indicators/signaallijst.ts';
import type { Normen } from '../../../shared/norms/normen.ts';
import type { Leveringsvorm } from '../../../shared/reference/leveringsvorm.ts';
import {
  LEGE_MAZ,
  LEGE_PGB,
  cijferVan,
  contractNormen,
  d,
  invoer,
  m,
  mazNorm,
  mazOpen,
  mazVerwerkt,
  normenWith,
  nulMaanden,
  pgbBesloten,
  pgbOpen,
  stand,
  totaalGeteld,
} from './builders.ts';

const P = d('2023-08-31');
const M = '2023-08';

function pgb(regels: readonly PgbAanvraag[], normen: Normen = contractNormen(), maand = M, peildatum = P) {
  return berekenIndicatoren(invoer(maand, { pgb: stand(peildatum, regels) }), normen).pgb;
}

function maz(regels: readonly MazMelding[], normen: Normen = contractNormen(), maand = M, peildatum = P) {
  return berekenIndicatoren(invoer(maand, { maz: stand(peildatum, regels) }), normen).maz;
}

function pgbLijst(regels: readonly PgbAanvraag[], normen: Normen = contractNormen(), peildatum = P) {
  return berekenSignaallijst({ wachtlijst: null, pgb: stand(peildatum, regels), maz: LEGE_MAZ }, normen);
}

function mazLijst(regels: readonly MazMelding[], normen: Normen = contractNormen(), peildatum = P) {
  return berekenSignaallijst({ wachtlijst: null, pgb: LEGE_PGB, maz: stand(peildatum, regels) }, normen);
}

describe('pgb: open applications at the peildatum (norm 42, 75% = 31.5)', () => {
  it.each([
    { dagenOpen: 0, open: 1, openSignaal75: 0, openTeLaat: 0, categorie: undefined },
    { dagenOpen: 31, open: 1, openSignaal75: 0, openTeLaat: 0, categorie: undefined },
    { dagenOpen: 32, open: 1, openSignaal75: 1, openTeLaat: 0, categorie: 'dreigend' },
    { dagenOpen: 41, open: 1, openSignaal75: 1, openTeLaat: 0, categorie: 'dreigend' },
    { dagenOpen: 42, open: 1, openSignaal75: 1, openTeLaat: 0, categorie: 'dreigend' },
    { dagenOpen: 43, open: 0, openSignaal75: 0, openTeLaat: 1, categorie: 'overschreden' },
    { dagenOpen: 200, open: 0, openSignaal75: 0, openTeLaat: 1, categorie: 'overschreden' },
  ])('open for $dagenOpen days', ({ dagenOpen, open, openSignaal75, openTeLaat, categorie }) => {
    const aanvraag = pgbOpen(P, dagenOpen);
    const sectie = pgb([aanvraag]);
    expect(sectie.peildatum).toBe(P);
    expect({
      open: sectie.open,
      openSignaal75: sectie.openSignaal75,
      openTeLaat: sectie.openTeLaat,
    }).toStrictEqual({
      open,
      openSignaal75,
      openTeLaat,
    });
    const rows = pgbLijst([aanvraag]);
    if (categorie === undefined) {
      expect(rows).toStrictEqual([]);
    } else {
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        soort: 'pgb',
        client_id: aanvraag.clientId,
        aanvraag_id: aanvraag.aanvraagId,
        categorie,
        dagen: dagenOpen,
        normDagen: 42,
        peildatum: P,
        startdatum: aanvraag.ontvangstdatum,
        deadline: addDays(aanvraag.ontvangstdatum, 42),
      });
    }
  });

  it('an open application exactly at the norm (deadline = P) is in no month yet; one day past it is teLaat in its deadline month', () => {
    const opDeadline = pgb([pgbOpen(P, 42)]);
    expect(totaalGeteld(opDeadline.maanden)).toStrictEqual({ tijdig: 0, teLaat: 0 });
    const erover = pgb([pgbOpen(P, 43)]); // deadline 2023-08-30
    expect(cijferVan(erover.maanden, '2023-08')).toStrictEqual({
      maand: '2023-08',
      tijdig: 0,
      teLaat: 1,
      percentageTijdig: 0,
    });
    expect(totaalGeteld(erover.maanden)).toStrictEqual({ tijdig: 0, teLaat: 1 });
  });

  it('a backlog item counts as late in the month it fell due, not later', () => {
    const aanvraag = pgbOpen(P, 0, { ontvangstdatum: d('2023-03-01') }); // deadline 2023-04-12
    const sectie = pgb([aanvraag]);
    expect(cijferVan(sectie.maanden, '2023-04')).toMatchObject({ tijdig: 0, teLaat: 1, percentageTijdig: 0 });
    expect(totaalGeteld(sectie.maanden)).toStrictEqual({ tijdig: 0, teLaat: 1 });
    expect(sectie.openTeLaat).toBe(1);
  });

  it('signaalFractie 0.55 × norm 100 is exactly 55 (no floating-point drift)', () => {
    const normen = normenWith({
      signaalFractie: 0.55,
      pgbBesluitDagen: [{ geldigVanaf: d('2015-01-01'), dagen: 100 }],
    });
    expect(pgb([pgbOpen(P, 54)], normen).openSignaal75).toBe(0);
    expect(pgb([pgbOpen(P, 55)], normen).openSignaal75).toBe(1);
    expect(pgbLijst([pgbOpen(P, 55)], normen)).toHaveLength(1);
  });
});

describe('pgb: decided applications (counted in the month of their deadline)', () => {
  const S = d('2023-06-01'); // deadline 2023-07-13

  it.each<{ doorlooptijd: number; besluit: PgbBesluit; tijdig: number; teLaat: number }>([
    { doorlooptijd: 0, besluit: 'toegekend', tijdig: 1, teLaat: 0 },
    { doorlooptijd: 41, besluit: 'toegekend', tijdig: 1, teLaat: 0 },
    { doorlooptijd: 42, besluit: 'toegekend', tijdig: 1, teLaat: 0 },
    { doorlooptijd: 43, besluit: 'toegekend', tijdig: 0, teLaat: 1 },
    { doorlooptijd: 42, besluit: 'afgewezen', tijdig: 1, teLaat: 0 },
    { doorlooptijd: 43, besluit: 'afgewezen', tijdig: 0, teLaat: 1 },
  ])('$besluit after $doorlooptijd days', ({ doorlooptijd, besluit, tijdig, teLaat }) => {
    const aanvraag = pgbBesloten(S, doorlooptijd, besluit);
    const sectie = pgb([aanvraag]);
    expect(cijferVan(sectie.maanden, '2023-07')).toStrictEqual({
      maand: '2023-07',
      tijdig,
      teLaat,
      percentageTijdig: tijdig === 1 ? 100 : 0,
    });
    expect(totaalGeteld(sectie.maanden)).toStrictEqual({ tijdig, teLaat });
    expect({
      open: sectie.open,
      openSignaal75: sectie.openSignaal75,
      openTeLaat: sectie.openTeLaat,
    }).toStrictEqual({
      open: 0,
      openSignaal75: 0,
      openTeLaat: 0,
    });
    expect(pgbLijst([aanvraag])).toStrictEqual([]);
  });

  it.each([0, 42, 43, 80])('ingetrokken after %i days counts nowhere', (doorlooptijd) => {
    const sectie = pgb([pgbBesloten(S, doorlooptijd, 'ingetrokken')]);
    expect(sectie.maanden).toStrictEqual(nulMaanden(M));
    expect([sectie.open, sectie.openSignaal75, sectie.openTeLaat]).toStrictEqual([0, 0, 0]);
    expect(pgbLijst([pgbBesloten(S, doorlooptijd, 'ingetrokken')])).toStrictEqual([]);
  });

  it('ingetrokken does not dilute the others', () => {
    const sectie = pgb([pgbBesloten(S, 43, 'toegekend'), pgbBesloten(S, 10, 'ingetrokken')]);
    expect(cijferVan(sectie.maanden, '2023-07')).toMatchObject({ tijdig: 0, teLaat: 1, percentageTijdig: 0 });
  });

  it('counted in the deadline month, not in the month of the decision', () => {
    const aanvraag = pgbBesloten(d('2023-05-01'), 80); // deadline 2023-06-12, decided 2023-07-20
    const sectie = pgb([aanvraag]);
    expect(cijferVan(sectie.maanden, '2023-06')).toMatchObject({ tijdig: 0, teLaat: 1 });
    expect(cijferVan(sectie.maanden, '2023-07')).toMatchObject({
      tijdig: 0,
      teLaat: 0,
      percentageTijdig: null,
    });
  });

  it.each([
    { naam: 'deadline on the last day of July', ontvangst: '2023-06-19', maand: '2023-07' },
    { naam: 'deadline on the first day of August', ontvangst: '2023-06-20', maand: '2023-08' },
    { naam: 'deadline on the last day of February', ontvangst: '2023-01-17', maand: '2023-02' },
    { naam: 'deadline on the first day of March', ontvangst: '2023-01-18', maand: '2023-03' },
  ])('$naam', ({ ontvangst, maand }) => {
    const sectie = pgb([pgbBesloten(d(ontvangst), 10)]);
    const verwacht = nulMaanden(M).map((c) =>
      c.maand === maand ? { maand: c.maand, tijdig: 1, teLaat: 0, percentageTijdig: 100 } : c,
    );
    expect(sectie.maanden).toStrictEqual(verwacht);
  });

  it('a deadline after P is not counted yet, even when decided in time', () => {
    const vroeg = pgbBesloten(addDays(P, -10), 5); // deadline P + 32
    const sectie = pgb([vroeg]);
    expect(sectie.maanden).toStrictEqual(nulMaanden(M));
    expect(sectie.open).toBe(0);
  });

  it('a month after the peildatum has nothing due yet', () => {
    const aanvraag = pgbBesloten(d('2023-08-01'), 19); // deadline 2023-09-12 > P
    const sectie = pgb([aanvraag], contractNormen(), '2023-09');
    expect(sectie.peildatum).toBe(P);
    expect(sectie.maanden).toStrictEqual(nulMaanden('2023-09'));
  });

  it('a decided application with deadline = P is counted', () => {
    const aanvraag = pgbBesloten(addDays(P, -42), 42);
    expect(cijferVan(pgb([aanvraag]).maanden, '2023-08')).toMatchObject({ tijdig: 1, teLaat: 0 });
  });
});

describe('pgb: P is the Stand peildatum, whatever month is asked (decision 1)', () => {
  it('an earlier month M uses the latest peildatum P for open and late items', () => {
    const backlog = pgbOpen(P, 0, { ontvangstdatum: d('2023-03-01') }); // due 2023-04-12, open at P
    const vers = pgbOpen(P, 5);
    const sectie = pgb([backlog, vers], contractNormen(), '2023-05');
    expect(sectie.peildatum).toBe(P);
    expect(sectie.maanden.map((c) => c.maand)).toStrictEqual(monthsEndingWith(m('2023-05'), 12));
    expect(cijferVan(sectie.maanden, '2023-04')).toMatchObject({ tijdig: 0, teLaat: 1 });
    expect([sectie.open, sectie.openSignaal75, sectie.openTeLaat]).toStrictEqual([1, 0, 1]);
  });
});

describe('pgb: norms by ontvangstdatum', () => {
  const normen = normenWith({
    pgbBesluitDagen: [
      { geldigVanaf: d('2015-01-01'), dagen: 42 },
      { geldigVanaf: d('2023-01-01'), dagen: 35 },
    ],
  });

  it('received the day before the change: old norm; on the change date: new norm', () => {
    const voor = pgbBesloten(d('2022-12-31'), 40); // norm 42: tijdig, deadline 2023-02-11
    const op = pgbBesloten(d('2023-01-01'), 40); // norm 35: teLaat, deadline 2023-02-05
    const sectie = pgb([voor, op], normen);
    expect(cijferVan(sectie.maanden, '2023-02')).toStrictEqual({
      maand: '2023-02',
      tijdig: 1,
      teLaat: 1,
      percentageTijdig: 50,
    });
    expect(totaalGeteld(sectie.maanden)).toStrictEqual({ tijdig: 1, teLaat: 1 });
  });

  it('an open application keeps the norm of its ontvangstdatum after the change', () => {
    const peildatum = d('2023-02-05');
    const voor = pgbOpen(peildatum, 0, { ontvangstdatum: d('2022-12-31') }); // 36 days: open under 42
    const op = pgbOpen(peildatum, 0, { ontvangstdatum: d('2023-01-01') }); // 35 days: at the new norm
    const sectie = pgb([voor, op], normen, '2023-02', peildatum);
    expect([sectie.open, sectie.openSignaal75, sectie.openTeLaat]).toStrictEqual([2, 2, 0]);
    const rows = pgbLijst([voor, op], normen, peildatum);
    expect(rows.map((r) => [r.aanvraag_id, r.categorie, r.dagen, r.normDagen])).toStrictEqual([
      [op.aanvraagId, 'dreigend', 35, 35],
      [voor.aanvraagId, 'dreigend', 36, 42],
    ]);
  });

  it('an application received before any norm was in force counts nowhere', () => {
    const laat = normenWith({ pgbBesluitDagen: [{ geldigVanaf: d('2023-01-01'), dagen: 42 }] });
    const regels = [
      pgbOpen(P, 0, { ontvangstdatum: d('2022-12-01') }),
      pgbBesloten(d('2022-12-31'), 100),
      pgbBesloten(d('2023-01-01'), 100), // has a norm: teLaat, due 2023-02-12
    ];
    const sectie = pgb(regels, laat);
    expect([sectie.open, sectie.openSignaal75, sectie.openTeLaat]).toStrictEqual([0, 0, 0]);
    expect(totaalGeteld(sectie.maanden)).toStrictEqual({ tijdig: 0, teLaat: 1 });
    expect(pgbLijst(regels, laat)).toStrictEqual([]);
  });
});

describe('the twelve-month window', () => {
  it('lists exactly the 12 months ending with M, oldest first, across a year boundary', () => {
    const peildatum = d('2023-02-28');
    const regels = [
      pgbBesloten(addDays(d('2022-02-28'), -42), 1), // due 2022-02-28: outside the window
      pgbBesloten(addDays(d('2022-03-01'), -42), 1), // due 2022-03-01: first month
      pgbBesloten(addDays(d('2022-12-31'), -42), 43), // due 2022-12-31, teLaat
      pgbBesloten(addDays(d('2023-01-01'), -42), 2), // due 2023-01-01
      pgbOpen(peildatum, 42), // due 2023-02-28 = P, open: in no month
      pgbOpen(peildatum, 43), // due 2023-02-27: teLaat in the last month
    ];
    const sectie = pgb(regels, contractNormen(), '2023-02', peildatum);
    expect(sectie.maanden.map((c) => c.maand)).toStrictEqual([
      '2022-03',
      '2022-04',
      '2022-05',
      '2022-06',
      '2022-07',
      '2022-08',
      '2022-09',
      '2022-10',
      '2022-11',
      '2022-12',
      '2023-01',
      '2023-02',
    ]);
    expect(sectie.maanden.map((c) => [c.tijdig, c.teLaat])).toStrictEqual([
      [1, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 1],
      [1, 0],
      [0, 1],
    ]);
    expect(sectie.maanden.map((c) => c.percentageTijdig)).toStrictEqual([
      100,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      0,
      100,
      0,
    ]);
  });

  it('MAZ totaal and per leveringsvorm use the same window', () => {
    const peildatum = d('2023-02-28');
    const regels = [
      mazVerwerkt(addDays(d('2022-02-28'), -30), 1, 'mpt'), // outside
      mazVerwerkt(addDays(d('2022-03-01'), -30), 1, 'mpt'),
      mazVerwerkt(addDays(d('2023-02-27'), -120), 121, 'pgb'), // due 2023-02-27, processed on P: late
    ];
    const sectie = maz(regels, contractNormen(), '2023-02', peildatum);
    const maanden = monthsEndingWith(m('2023-02'), 12);
    for (const reeks of [sectie.totaal, sectie.perLeveringsvorm.mpt, sectie.perLeveringsvorm.pgb]) {
      expect(reeks?.maanden.map((c) => c.maand)).toStrictEqual(maanden);
    }
    expect(cijferVan(sectie.totaal.maanden, '2022-03')).toMatchObject({ tijdig: 1, teLaat: 0 });
    expect(cijferVan(sectie.totaal.maanden, '2023-02')).toMatchObject({ tijdig: 0, teLaat: 1 });
    expect(totaalGeteld(sectie.totaal.maanden)).toStrictEqual({ tijdig: 1, teLaat: 1 });
  });
});

describe('MAZ: norms per leveringsvorm (pgb 120, others 30)', () => {
  it('the same processing time is tijdig for pgb and late for verblijf', () => {
    const S = d('2023-03-01');
    const sectie = maz([mazVerwerkt(S, 100, 'pgb'), mazVerwerkt(S, 100, 'verblijf')]);
    // pgb: due 2023-06-29, tijdig; verblijf: due 2023-03-31, late
    expect(cijferVan(sectie.perLeveringsvorm.pgb?.maanden ?? [], '2023-06')).toMatchObject({
      tijdig: 1,
      teLaat: 0,
    });
    expect(cijferVan(sectie.perLeveringsvorm.verblijf?.maanden ?? [], '2023-03')).toMatchObject({
      tijdig: 0,
      teLaat: 1,
    });
    expect(cijferVan(sectie.totaal.maanden, '2023-03')).toMatchObject({
      tijdig: 0,
      teLaat: 1,
      percentageTijdig: 0,
    });
    expect(cijferVan(sectie.totaal.maanden, '2023-06')).toMatchObject({
      tijdig: 1,
      teLaat: 0,
      percentageTijdig: 100,
    });
    expect(totaalGeteld(sectie.totaal.maanden)).toStrictEqual({ tijdig: 1, teLaat: 1 });
  });

  it.each<{
    vorm: Leveringsvorm;
    dagenOpen: number;
    categorie: 'dreigend' | 'overschreden' | undefined;
    norm: number;
  }>([
    { vorm: 'verblijf', dagenOpen: 22, categorie: undefined, norm: 30 },
    { vorm: 'verblijf', dagenOpen: 23, categorie: 'dreigend', norm: 30 },
    { vorm: 'vpt', dagenOpen: 30, categorie: 'dreigend', norm: 30 },
    { vorm: 'mpt', dagenOpen: 31, categorie: 'overschreden', norm: 30 },
    { vorm: 'pgb', dagenOpen: 89, categorie: undefined, norm: 120 },
    { vorm: 'pgb', dagenOpen: 90, categorie: 'dreigend', norm: 120 },
    { vorm: 'pgb', dagenOpen: 120, categorie: 'dreigend', norm: 120 },
    { vorm: 'pgb', dagenOpen: 121, categorie: 'overschreden', norm: 120 },
  ])('open $vorm for $dagenOpen days → $categorie', ({ vorm, dagenOpen, categorie, norm }) => {
    const melding = mazOpen(P, dagenOpen, vorm, { uitval: false });
    const rows = mazLijst([melding]);
    if (categorie === undefined) {
      expect(rows).toStrictEqual([]);
    } else {
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        soort: 'maz',
        client_id: melding.clientId,
        maz_id: melding.mazId,
        leveringsvorm: vorm,
        uitval: false,
        categorie,
        dagen: dagenOpen,
        normDagen: norm,
        peildatum: P,
        startdatum: melding.aanvangsdatumZorg,
        deadline: addDays(melding.aanvangsdatumZorg, norm),
      });
    }
    const sectie = maz([melding]);
    const teLaat = categorie === 'overschreden' ? 1 : 0;
    expect(totaalGeteld(sectie.totaal.maanden)).toStrictEqual({ tijdig: 0, teLaat });
    expect(totaalGeteld(sectie.perLeveringsvorm[vorm]?.maanden ?? [])).toStrictEqual({ tijdig: 0, teLaat });
  });

  it.each([
    { doorlooptijd: 30, tijdig: 1, teLaat: 0 },
    { doorlooptijd: 31, tijdig: 0, teLaat: 1 },
  ])('processed after $doorlooptijd days (norm 30)', ({ doorlooptijd, tijdig, teLaat }) => {
    const sectie = maz([mazVerwerkt(d('2023-07-01'), doorlooptijd, 'dtv')]); // due 2023-07-31
    expect(cijferVan(sectie.perLeveringsvorm.dtv?.maanden ?? [], '2023-07')).toMatchObject({
      tijdig,
      teLaat,
    });
    expect(cijferVan(sectie.totaal.maanden, '2023-07')).toMatchObject({ tijdig, teLaat });
  });

  it('a specific leveringsvorm beats a newer * entry; the norm is the one in force on aanvangsdatum_zorg', () => {
    const normen = normenWith({
      mazDagen: [
        mazNorm('2015-01-01', '*', 30),
        mazNorm('2023-01-01', '*', 28),
        mazNorm('2015-01-01', 'vkb', 14),
      ],
    });
    const regels = [
      mazVerwerkt(d('2023-03-01'), 14, 'vkb'), // vkb 14: tijdig
      mazVerwerkt(d('2023-03-01'), 15, 'vkb'), // late
      mazVerwerkt(d('2022-12-31'), 29, 'verblijf'), // * 30 in force: tijdig
      mazVerwerkt(d('2023-01-01'), 29, 'verblijf'), // * 28 in force: late
    ];
    const sectie = maz(regels, normen);
    expect(totaalGeteld(sectie.perLeveringsvorm.vkb?.maanden ?? [])).toStrictEqual({ tijdig: 1, teLaat: 1 });
    expect(totaalGeteld(sectie.perLeveringsvorm.verblijf?.maanden ?? [])).toStrictEqual({
      tijdig: 1,
      teLaat: 1,
    });
    // both verblijf items are due in January 2023 (2023-01-30 and 2023-01-29)
    expect(cijferVan(sectie.perLeveringsvorm.verblijf?.maanden ?? [], '2023-01')).toStrictEqual({
      maand: '2023-01',
      tijdig: 1,
      teLaat: 1,
      percentageTijdig: 50,
    });
  });

  it('a MAZ with no norm in force counts nowhere', () => {
    const alleenPgb = normenWith({ mazDagen: [mazNorm('2015-01-01', 'pgb', 120)] });
    const regels = [mazVerwerkt(d('2023-07-01'), 100, 'verblijf'), mazOpen(P, 400, 'verblijf')];
    const sectie = maz(regels, alleenPgb);
    expect(totaalGeteld(sectie.totaal.maanden)).toStrictEqual({ tijdig: 0, teLaat: 0 });
    expect(mazLijst(regels, alleenPgb)).toStrictEqual([]);
  });

  it('uitval does not change timeliness, and is shown on the list', () => {
    const regels = [
      mazVerwerkt(d('2023-07-01'), 10, 'verblijf', { uitval: true }), // tijdig
      mazOpen(P, 31, 'verblijf', { uitval: true }), // late, on the list
    ];
    const sectie = maz(regels);
    expect(totaalGeteld(sectie.totaal.maanden)).toStrictEqual({ tijdig: 1, teLaat: 1 });
    expect(mazLijst(regels)).toMatchObject([
      { soort: 'maz', categorie: 'overschreden', uitval: true, dagen: 31 },
    ]);
  });
});

describe('MAZ: perLeveringsvorm keys', () => {
  it('a key for every leveringsvorm the region has any MAZ of, with zeros when nothing falls in the window', () => {
    const regels = [mazVerwerkt(d('2019-05-01'), 10, 'verblijf'), mazVerwerkt(d('2023-07-01'), 10, 'mpt')];
    const sectie = maz(regels);
    expect(Object.keys(sectie.perLeveringsvorm).sort()).toStrictEqual(['mpt', 'verblijf']);
    expect(sectie.perLeveringsvorm.verblijf).toStrictEqual({ maanden: nulMaanden(M) });
    expect(totaalGeteld(sectie.perLeveringsvorm.mpt?.maanden ?? [])).toStrictEqual({ tijdig: 1, teLaat: 0 });
  });

  it('an open MAZ alone also makes its leveringsvorm appear', () => {
    const sectie = maz([mazOpen(P, 3, 'vkb')]);
    expect(sectie.perLeveringsvorm).toStrictEqual({ vkb: { maanden: nulMaanden(M) } });
    expect(sectie.totaal).toStrictEqual({ maanden: nulMaanden(M) });
    expect(sectie.peildatum).toBe(P);
  });

  it('no MAZ of the region: no keys at all', () => {
    const sectie = berekenIndicatoren(invoer(M), contractNormen()).maz;
    expect(sectie.perLeveringsvorm).toStrictEqual({});
  });

  it('totaal is the sum of the leveringsvormen in each month', () => {
    const regels = [
      mazVerwerkt(d('2023-07-01'), 10, 'verblijf'),
      mazVerwerkt(d('2023-07-02'), 31, 'vpt'),
      mazVerwerkt(d('2023-03-01'), 110, 'pgb'),
      mazVerwerkt(d('2023-03-01'), 125, 'pgb'),
      mazOpen(P, 40, 'dtv'),
    ];
    const sectie = maz(regels);
    const totaal = sectie.totaal.maanden;
    for (const [i, cijfer] of totaal.entries()) {
      const som = Object.values(sectie.perLeveringsvorm).reduce(
        (acc, reeks) => ({
          tijdig: acc.tijdig + (reeks.maanden[i]?.tijdig ?? 0),
          teLaat: acc.teLaat + (reeks.maanden[i]?.teLaat ?? 0),
        }),
        { tijdig: 0, teLaat: 0 },
      );
      expect({ tijdig: cijfer.tijdig, teLaat: cijfer.teLaat }).toStrictEqual(som);
    }
    expect(totaalGeteld(totaal)).toStrictEqual({ tijdig: 2, teLaat: 3 });
  });
});
