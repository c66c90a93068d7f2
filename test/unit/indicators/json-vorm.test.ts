import { describe, expect, it } from 'vitest';
import { calendarMonth } from '../../../shared/calendar/calendar-date.ts';
import { berekenIndicatoren } from '../../../shared/indicators/bereken-indicatoren.ts';
import type { MaandCijfer } from '../../../shared/indicators/indicatoren-json.ts';
import { berekenSignaallijst } from '../../../shared/indicators/signaallijst.ts';
import {
  REGIO,
  contractNormen,
  d,
  invoer,
  mazOpen,
  mazVerwerkt,
  nulGenormeerd,
  nulMaanden,
  nulTelling,
  pgbBesloten,
  pgbOpen,
  snapshot,
  stand,
  wachtende,
} from './builders.ts';

const M = '2023-08';
const PW = d('2023-08-28');
const P = d('2023-08-31');

/** Twelve months ending with M, zero except the months given. */
function maandenMet(maand: string, cijfers: Record<string, [number, number, number | null]>): MaandCijfer[] {
  return nulMaanden(maand).map((c) => {
    const gegeven = cijfers[c.maand];
    if (!gegeven) return c;
    const [tijdig, teLaat, percentageTijdig] = gegeven;
    return { maand: c.maand, tijdig, teLaat, percentageTijdig };
  });
}

const k1 = wachtende(PW, 15, {
  clientId: 'k1',
  sector: 'VV',
  wachtstatus: 'urgent_plaatsen',
  classificatie: '01',
});
const k2 = wachtende(PW, 5, {
  clientId: 'k2',
  sector: 'VV',
  wachtstatus: 'urgent_plaatsen',
  classificatie: '02',
  zorgTijdensWachten: true,
});
const k3 = wachtende(PW, 40, {
  clientId: 'k3',
  sector: 'VV',
  wachtstatus: 'actief_plaatsen',
  classificatie: '09',
  zorgTijdensWachten: true,
});
const k4 = wachtende(PW, 100, {
  clientId: 'k4',
  sector: 'GHZ',
  wachtstatus: 'actief_plaatsen',
  classificatie: '10',
});
const k5 = wachtende(PW, 300, {
  clientId: 'k5',
  sector: 'GGZ',
  wachtstatus: 'wacht_op_voorkeur',
  classificatie: '13',
  zorgTijdensWachten: true,
});
const k6 = wachtende(PW, 10, {
  clientId: 'k6',
  sector: 'GHZ',
  wachtstatus: 'wacht_uit_voorzorg',
  classificatie: '19',
});

const a1 = pgbBesloten(d('2023-07-01'), 40, 'toegekend', { aanvraagId: 'a1', clientId: 'p1' }); // due 08-12, tijdig
const a2 = pgbOpen(P, 0, { aanvraagId: 'a2', clientId: 'p2', ontvangstdatum: d('2023-07-10') }); // 52 days: late
const a3 = pgbOpen(P, 0, { aanvraagId: 'a3', clientId: 'p3', ontvangstdatum: d('2023-08-01') }); // 30 days: open
const a4 = pgbOpen(P, 0, { aanvraagId: 'a4', clientId: 'p4', ontvangstdatum: d('2023-07-25') }); // 37 days: signaal
const a5 = pgbBesloten(d('2023-06-01'), 59, 'ingetrokken', { aanvraagId: 'a5', clientId: 'p5' });

const z1 = mazVerwerkt(d('2023-07-10'), 22, 'verblijf', { mazId: 'z1', clientId: 'm1' }); // due 08-09, tijdig
const z2 = mazVerwerkt(d('2023-04-01'), 141, 'pgb', { mazId: 'z2', clientId: 'm2' }); // due 07-30, late
const z3 = mazOpen(P, 16, 'mpt', { mazId: 'z3', clientId: 'm3' });
const z4 = mazOpen(P, 25, 'vkb', { mazId: 'z4', clientId: 'm4', uitval: true }); // 25 ≥ 22.5: dreigend

const normen = contractNormen();
const input = invoer(M, {
  wachtlijst: snapshot(PW, [k1, k2, k3, k4, k5, k6]),
  pgb: stand(P, [a1, a2, a3, a4, a5]),
  maz: stand(P, [z1, z2, z3, z4]),
});

describe('the JSON of indicatoren (contracts §5), one full example', () => {
  it('is exactly this object', () => {
    expect(berekenIndicatoren(input, normen)).toStrictEqual({
      regio: REGIO,
      maand: calendarMonth(M),
      wachtlijst: {
        peildatum: PW,
        perSector: {
          VV: {
            urgent_plaatsen: {
              aantal: 2,
              metZorg: 1,
              zonderZorg: 1,
              buitenStreefnorm: 1,
              buitenStreefnormZonderZorg: 1,
              signaal75: 1,
            },
            actief_plaatsen: {
              aantal: 1,
              metZorg: 1,
              zonderZorg: 0,
              buitenStreefnorm: 0,
              buitenStreefnormZonderZorg: 0,
              signaal75: 1,
            },
            wacht_op_voorkeur: nulTelling(),
            wacht_uit_voorzorg: nulTelling(),
          },
          GHZ: {
            urgent_plaatsen: nulGenormeerd(),
            actief_plaatsen: {
              aantal: 1,
              metZorg: 0,
              zonderZorg: 1,
              buitenStreefnorm: 1,
              buitenStreefnormZonderZorg: 1,
              signaal75: 1,
            },
            wacht_op_voorkeur: nulTelling(),
            wacht_uit_voorzorg: { aantal: 1, metZorg: 0, zonderZorg: 1 },
          },
          GGZ: {
            urgent_plaatsen: nulGenormeerd(),
            actief_plaatsen: nulGenormeerd(),
            wacht_op_voorkeur: { aantal: 1, metZorg: 1, zonderZorg: 0 },
            wacht_uit_voorzorg: nulTelling(),
          },
        },
      },
      pgb: {
        peildatum: P,
        maanden: maandenMet(M, { '2023-08': [1, 1, 50] }),
        open: 2,
        openSignaal75: 1,
        openTeLaat: 1,
      },
      maz: {
        peildatum: P,
        perLeveringsvorm: {
          verblijf: { maanden: maandenMet(M, { '2023-08': [1, 0, 100] }) },
          pgb: { maanden: maandenMet(M, { '2023-07': [0, 1, 0] }) },
          mpt: { maanden: nulMaanden(M) },
          vkb: { maanden: nulMaanden(M) },
        },
        totaal: { maanden: maandenMet(M, { '2023-07': [0, 1, 0], '2023-08': [1, 0, 100] }) },
      },
      seinen: {
        tijdige_zorg: { waarde: 50, drempel: 95, kleur: 'oranje' },
        tijdige_pgb_toekenning: { waarde: 50, drempel: 95, kleur: 'oranje' },
        tijdige_eigen_bijdrage: { waarde: 100, drempel: 80, kleur: 'groen' },
      },
    });
  });

  it('has exactly the keys of §5 at every level', () => {
    const result = berekenIndicatoren(input, normen);
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(result)).toStrictEqual(['maand', 'maz', 'pgb', 'regio', 'seinen', 'wachtlijst']);
    expect(keys(result.wachtlijst)).toStrictEqual(['peildatum', 'perSector']);
    expect(keys(result.wachtlijst.perSector)).toStrictEqual(['GGZ', 'GHZ', 'VV']);
    for (const sector of Object.values(result.wachtlijst.perSector)) {
      expect(keys(sector)).toStrictEqual([
        'actief_plaatsen',
        'urgent_plaatsen',
        'wacht_op_voorkeur',
        'wacht_uit_voorzorg',
      ]);
      for (const genormeerd of [sector.urgent_plaatsen, sector.actief_plaatsen]) {
        expect(keys(genormeerd)).toStrictEqual([
          'aantal',
          'buitenStreefnorm',
          'buitenStreefnormZonderZorg',
          'metZorg',
          'signaal75',
          'zonderZorg',
        ]);
      }
      expect(keys(sector.wacht_op_voorkeur)).toStrictEqual(['aantal', 'metZorg', 'zonderZorg']);
      expect(keys(sector.wacht_uit_voorzorg)).toStrictEqual(['aantal', 'metZorg', 'zonderZorg']);
    }
    expect(keys(result.pgb)).toStrictEqual(['maanden', 'open', 'openSignaal75', 'openTeLaat', 'peildatum']);
    expect(keys(result.maz)).toStrictEqual(['peildatum', 'perLeveringsvorm', 'totaal']);
    expect(keys(result.maz.totaal)).toStrictEqual(['maanden']);
    for (const cijfer of [...result.pgb.maanden, ...result.maz.totaal.maanden]) {
      expect(keys(cijfer)).toStrictEqual(['maand', 'percentageTijdig', 'teLaat', 'tijdig']);
    }
    expect(keys(result.seinen)).toStrictEqual([
      'tijdige_eigen_bijdrage',
      'tijdige_pgb_toekenning',
      'tijdige_zorg',
    ]);
    for (const sein of Object.values(result.seinen)) {
      expect(keys(sein)).toStrictEqual(['drempel', 'kleur', 'waarde']);
    }
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  it('the months are plain YYYY-MM strings, oldest first', () => {
    const maanden = berekenIndicatoren(input, normen).pgb.maanden.map((c) => c.maand);
    expect(maanden).toStrictEqual(nulMaanden(M).map((c) => c.maand));
    expect(maanden[0]).toBe('2022-09');
  });
});

describe('the 75%-lijst of the same example', () => {
  it('holds the signalled clients, then pgb, then MAZ, each sorted by dagen/normDagen', () => {
    const rows = berekenSignaallijst(
      { wachtlijst: input.wachtlijst, pgb: input.pgb, maz: input.maz },
      normen,
    );
    expect(rows).toMatchObject([
      {
        soort: 'wachtlijst',
        client_id: 'k4',
        categorie: 'overschreden',
        dagen: 100,
        normDagen: 91,
        peildatum: PW,
        startdatum: d('2023-05-20'),
        deadline: d('2023-08-19'),
        wachtstatus: 'actief_plaatsen',
        sector: 'GHZ',
        classificatie: '10',
      },
      {
        soort: 'wachtlijst',
        client_id: 'k1',
        categorie: 'overschreden',
        dagen: 15,
        normDagen: 14,
        peildatum: PW,
        startdatum: d('2023-08-13'),
        deadline: d('2023-08-27'),
        wachtstatus: 'urgent_plaatsen',
        sector: 'VV',
        classificatie: '01',
      },
      {
        soort: 'wachtlijst',
        client_id: 'k3',
        categorie: 'dreigend',
        dagen: 40,
        normDagen: 42,
        peildatum: PW,
        startdatum: d('2023-07-19'),
        deadline: d('2023-08-30'),
        wachtstatus: 'actief_plaatsen',
        sector: 'VV',
        classificatie: '09',
      },
      {
        soort: 'pgb',
        client_id: 'p2',
        aanvraag_id: 'a2',
        categorie: 'overschreden',
        dagen: 52,
        normDagen: 42,
        peildatum: P,
        startdatum: d('2023-07-10'),
        deadline: d('2023-08-21'),
      },
      {
        soort: 'pgb',
        client_id: 'p4',
        aanvraag_id: 'a4',
        categorie: 'dreigend',
        dagen: 37,
        normDagen: 42,
        peildatum: P,
        startdatum: d('2023-07-25'),
        deadline: d('2023-09-05'),
      },
      {
        soort: 'maz',
        client_id: 'm4',
        maz_id: 'z4',
        leveringsvorm: 'vkb',
        uitval: true,
        categorie: 'dreigend',
        dagen: 25,
        normDagen: 30,
        peildatum: P,
        startdatum: d('2023-08-06'),
        deadline: d('2023-09-05'),
      },
    ]);
    for (const row of rows) {
      if (row.soort !== 'wachtlijst') expect(row.wachtstatus).toBeUndefined();
      if (row.soort !== 'maz') expect(row.leveringsvorm).toBeUndefined();
    }
  });
});
