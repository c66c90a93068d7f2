import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, daysBetween } from '../../../shared/calendar/calendar-date.ts';
import type { MazMelding, PgbAanvraag, WachtlijstRegel } from '../../../shared/extracts/extract-rows.ts';
import { berekenJaarcijfers } from '../../../shared/verslag/jaarcijfers.ts';
import type { Normen } from '../../../shared/norms/normen.ts';
import {
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
} from '../indicators/builders.ts';
import { GRONDSLAG, herhaal, jaarInvoer, oordeel } from './jaar-builders.ts';

/** Written from contracts §3.4 (and §3.2/§3.3 it builds on), rule by rule. */

const NA_HET_JAAR = d('2023-01-31');

function pgbJaar(
  regels: readonly PgbAanvraag[],
  jaar = 2022,
  P: CalendarDate = NA_HET_JAAR,
  normen?: Normen,
) {
  return berekenJaarcijfers(
    jaarInvoer(jaar, { pgb: stand(P, regels) }),
    normen ?? contractNormen(),
    GRONDSLAG,
  );
}

function mazJaar(regels: readonly MazMelding[], jaar = 2022, P: CalendarDate = NA_HET_JAAR, normen?: Normen) {
  return berekenJaarcijfers(
    jaarInvoer(jaar, { maz: stand(P, regels) }),
    normen ?? contractNormen(),
    GRONDSLAG,
  );
}

/** `tijdig` and `teLaat` pgb decisions received on S (norm 42). */
function pgbBesluiten(S: string, tijdig: number, teLaat: number): PgbAanvraag[] {
  return [...herhaal(tijdig, () => pgbBesloten(d(S), 30)), ...herhaal(teLaat, () => pgbBesloten(d(S), 50))];
}

describe('pgb year figure: the sum of the twelve monthly figures of J (contracts §3.4, §3.2)', () => {
  it('sums over every deadline month of the year', () => {
    const regels = [
      ...pgbBesluiten('2022-01-10', 3, 1), // due 21-02
      ...pgbBesluiten('2022-06-01', 2, 2), // due 13-07
      ...pgbBesluiten('2022-10-01', 5, 0), // due 12-11
    ];
    expect(pgbJaar(regels).pgb).toStrictEqual({ tijdig: 10, teLaat: 3, percentageTijdig: 76.92 });
  });

  it('counts by deadline, not by decision: 31 December is in J, 1 January in the next year', () => {
    const regels = [
      pgbBesloten(d('2022-11-19'), 30), // deadline 31-12-2022: tijdig in 2022
      pgbBesloten(d('2022-11-20'), 30), // deadline 01-01-2023: tijdig in 2023
      pgbBesloten(d('2021-11-20'), 50), // deadline 01-01-2022, decided 2022: te laat in 2022
      pgbBesloten(d('2021-11-19'), 30), // deadline 31-12-2021, decided 2021: tijdig in 2021
    ];
    expect(addDays(d('2022-11-19'), 42)).toBe('2022-12-31');
    expect(addDays(d('2022-11-20'), 42)).toBe('2023-01-01');
    expect(pgbJaar(regels, 2022).pgb).toStrictEqual({ tijdig: 1, teLaat: 1, percentageTijdig: 50 });
    expect(pgbJaar(regels, 2023).pgb).toStrictEqual({ tijdig: 1, teLaat: 0, percentageTijdig: 100 });
    expect(pgbJaar(regels, 2021).pgb).toStrictEqual({ tijdig: 1, teLaat: 0, percentageTijdig: 100 });
  });

  it('a backlog counts as te laat in the month it fell due, in the year it fell due', () => {
    // received 01-10-2022, still undecided at P = 31-01-2023: due 12-11-2022
    const regels = [pgbOpen(NA_HET_JAAR, daysBetween(d('2022-10-01'), NA_HET_JAAR))];
    expect(pgbJaar(regels, 2022).pgb).toStrictEqual({ tijdig: 0, teLaat: 1, percentageTijdig: 0 });
    expect(pgbJaar(regels, 2023).pgb).toStrictEqual({ tijdig: 0, teLaat: 0, percentageTijdig: null });
  });

  describe('with the stand P inside the year', () => {
    const P = d('2022-06-15');

    it('an item whose deadline is after P is left out, decided or not', () => {
      const regels = [
        pgbBesloten(d('2022-06-01'), 9), // decided tijdig, deadline 13-07-2022 > P
        pgbOpen(P, 10), // open, deadline in July
      ];
      expect(pgbJaar(regels, 2022, P).pgb).toStrictEqual({ tijdig: 0, teLaat: 0, percentageTijdig: null });
    });

    it('an open item with deadline == P is still open and left out; one day more and it is te laat', () => {
      const opDeadline = pgbOpen(P, 42); // P − S = 42 = N: open
      const erover = pgbOpen(P, 43); // P − S = 43 > N: te laat, due 14-06
      expect(addDays(opDeadline.ontvangstdatum, 42)).toBe(P);
      expect(pgbJaar([opDeadline], 2022, P).pgb).toStrictEqual({
        tijdig: 0,
        teLaat: 0,
        percentageTijdig: null,
      });
      expect(pgbJaar([opDeadline, erover], 2022, P).pgb).toStrictEqual({
        tijdig: 0,
        teLaat: 1,
        percentageTijdig: 0,
      });
    });

    it('a decided item whose deadline is P itself counts', () => {
      const regels = [pgbBesloten(addDays(P, -42), 28)];
      expect(pgbJaar(regels, 2022, P).pgb).toStrictEqual({ tijdig: 1, teLaat: 0, percentageTijdig: 100 });
    });
  });

  it('ingetrokken counts nowhere; afgewezen is a decision and counts', () => {
    const regels = [
      pgbBesloten(d('2022-03-01'), 10, 'ingetrokken'),
      pgbBesloten(d('2022-03-01'), 60, 'ingetrokken'),
      pgbBesloten(d('2022-03-01'), 10, 'afgewezen'),
      pgbBesloten(d('2022-03-01'), 60, 'afgewezen'),
    ];
    expect(pgbJaar(regels).pgb).toStrictEqual({ tijdig: 1, teLaat: 1, percentageTijdig: 50 });
  });

  it('nothing due in J, or no pgb data at all: percentageTijdig null, sein onbekend', () => {
    const leeg = pgbJaar(pgbBesluiten('2021-03-01', 4, 1), 2022);
    expect(leeg.pgb).toStrictEqual({ tijdig: 0, teLaat: 0, percentageTijdig: null });
    expect(leeg.seinen.tijdige_pgb_toekenning).toStrictEqual({
      waarde: null,
      drempel: 95,
      kleur: 'onbekend',
    });
    const geenData = berekenJaarcijfers(jaarInvoer(2022), contractNormen(), GRONDSLAG);
    expect(geenData.pgb).toStrictEqual({ tijdig: 0, teLaat: 0, percentageTijdig: null });
    expect(geenData.basis.peildata.pgb).toBeNull();
  });
});

describe('MAZ year figures per leveringsvorm and in total (contracts §3.4)', () => {
  it('per leveringsvorm with its own norm; the total is the sum', () => {
    const regels = [
      ...herhaal(9, () => mazVerwerkt(d('2022-03-01'), 20, 'verblijf')),
      mazVerwerkt(d('2022-03-01'), 31, 'verblijf'),
      mazVerwerkt(d('2022-09-02'), 120, 'pgb'), // norm 120: deadline 31-12-2022, tijdig
      mazVerwerkt(d('2022-09-03'), 100, 'pgb'), // deadline 01-01-2023: not in 2022
      mazVerwerkt(d('2022-02-01'), 121, 'pgb'), // te laat, due 02-06-2022
    ];
    expect(mazJaar(regels).maz).toStrictEqual({
      perLeveringsvorm: {
        verblijf: { tijdig: 9, teLaat: 1, percentageTijdig: 90 },
        pgb: { tijdig: 1, teLaat: 1, percentageTijdig: 50 },
      },
      totaal: { tijdig: 10, teLaat: 2, percentageTijdig: 83.33 },
    });
  });

  it('omits a leveringsvorm with nothing due in J, even when it has MAZ in other years or still open', () => {
    const P = d('2022-12-20');
    const regels = [
      mazVerwerkt(d('2022-05-01'), 10, 'verblijf'),
      mazVerwerkt(d('2021-06-01'), 10, 'mpt'), // due in 2021
      mazVerwerkt(d('2021-12-15'), 40, 'dtv'), // started 2021, due 14-01-2022: in 2022
      mazOpen(P, 5, 'vpt'), // open, deadline after P
      mazOpen(P, 30, 'vkb'), // open with deadline == P: not due yet
    ];
    const { maz } = mazJaar(regels, 2022, P);
    expect(Object.keys(maz.perLeveringsvorm)).toStrictEqual(['verblijf', 'dtv']);
    expect(maz.perLeveringsvorm.dtv).toStrictEqual({ tijdig: 0, teLaat: 1, percentageTijdig: 0 });
    expect(maz.totaal).toStrictEqual({ tijdig: 1, teLaat: 1, percentageTijdig: 50 });
    expect(Object.keys(mazJaar(regels, 2021, P).maz.perLeveringsvorm)).toStrictEqual(['mpt']);
  });

  it('uitval does not change timeliness', () => {
    const regels = [
      mazVerwerkt(d('2022-03-01'), 20, 'verblijf', { uitval: true }),
      mazVerwerkt(d('2022-03-01'), 40, 'verblijf', { uitval: false }),
    ];
    expect(mazJaar(regels).maz.totaal).toStrictEqual({ tijdig: 1, teLaat: 1, percentageTijdig: 50 });
  });

  it('no MAZ due in J: empty perLeveringsvorm, null total, sein onbekend', () => {
    const json = mazJaar([mazVerwerkt(d('2023-01-02'), 5)]);
    expect(json.maz).toStrictEqual({
      perLeveringsvorm: {},
      totaal: { tijdig: 0, teLaat: 0, percentageTijdig: null },
    });
    expect(json.seinen.tijdige_eigen_bijdrage).toStrictEqual({
      waarde: null,
      drempel: 80,
      kleur: 'onbekend',
    });
  });
});

describe('tijdige zorg over the snapshots of J: client-months (contracts §3.4, §3.1)', () => {
  const urgent = (peildatum: string, wachtdagen: number): WachtlijstRegel =>
    wachtende(d(peildatum), wachtdagen);
  const voorkeur = (peildatum: string): WachtlijstRegel =>
    wachtende(d(peildatum), 500, { wachtstatus: 'wacht_op_voorkeur', classificatie: '13' });

  it('sums urgent+actief within the norm over the months, using the latest snapshot of each month', () => {
    const momentopnamen = [
      snapshot(
        d('2021-12-31'),
        herhaal(5, () => urgent('2021-12-31', 30)),
      ), // other year
      snapshot(d('2022-01-31'), [
        urgent('2022-01-31', 5),
        urgent('2022-01-31', 14), // exactly the norm: within
        urgent('2022-01-31', 15), // buiten
        voorkeur('2022-01-31'), // no streefnorm: not counted
      ]),
      snapshot(
        d('2022-06-15'),
        herhaal(4, () => urgent('2022-06-15', 30)),
      ), // replaced by 30-06
      snapshot(d('2022-06-30'), [urgent('2022-06-30', 3), urgent('2022-06-30', 1)]),
      snapshot(
        d('2023-01-31'),
        herhaal(5, () => urgent('2023-01-31', 30)),
      ), // other year
    ];
    const json = berekenJaarcijfers(jaarInvoer(2022, { momentopnamen }), contractNormen(), GRONDSLAG);
    expect(json.tijdigeZorg).toStrictEqual({ binnen: 4, totaal: 5, percentage: 80 });
    expect(json.seinen.tijdige_zorg).toStrictEqual({ waarde: 80, drempel: 95, kleur: 'oranje' });
    expect(json.basis.momentopnamen).toStrictEqual([
      { maand: '2022-01', peildatum: '2022-01-31' },
      { maand: '2022-06', peildatum: '2022-06-30' },
    ]);
    expect(json.basis.peildata.wachtlijst).toBe('2023-01-31');
  });

  it('the order in which snapshots are given does not matter', () => {
    const a = snapshot(d('2022-03-10'), [urgent('2022-03-10', 30)]);
    const b = snapshot(d('2022-03-31'), [urgent('2022-03-31', 1)]);
    const vooruit = berekenJaarcijfers(
      jaarInvoer(2022, { momentopnamen: [a, b] }),
      contractNormen(),
      GRONDSLAG,
    );
    const achteruit = berekenJaarcijfers(
      jaarInvoer(2022, { momentopnamen: [b, a] }),
      contractNormen(),
      GRONDSLAG,
    );
    expect(vooruit.tijdigeZorg).toStrictEqual({ binnen: 1, totaal: 1, percentage: 100 });
    expect(achteruit).toStrictEqual(vooruit);
  });

  it('snapshots but nobody urgent or actief: 100, groen', () => {
    const momentopnamen = [
      snapshot(d('2022-05-31'), [voorkeur('2022-05-31')]),
      snapshot(d('2022-07-31'), []),
    ];
    const json = berekenJaarcijfers(jaarInvoer(2022, { momentopnamen }), contractNormen(), GRONDSLAG);
    expect(json.tijdigeZorg).toStrictEqual({ binnen: 0, totaal: 0, percentage: 100 });
    expect(json.seinen.tijdige_zorg).toStrictEqual({ waarde: 100, drempel: 95, kleur: 'groen' });
  });

  it('no snapshot in J: null, onbekend (snapshots of other years do not count)', () => {
    const momentopnamen = [snapshot(d('2021-12-31'), [urgent('2021-12-31', 1)])];
    const json = berekenJaarcijfers(jaarInvoer(2022, { momentopnamen }), contractNormen(), GRONDSLAG);
    expect(json.tijdigeZorg).toStrictEqual({ binnen: 0, totaal: 0, percentage: null });
    expect(json.seinen.tijdige_zorg).toStrictEqual({ waarde: null, drempel: 95, kleur: 'onbekend' });
    expect(json.basis.momentopnamen).toStrictEqual([]);
    expect(json.basis.peildata.wachtlijst).toBe('2021-12-31');
  });

  it('an urgent client without a streefnorm in force counts as within', () => {
    const momentopnamen = [snapshot(d('2022-05-31'), [urgent('2022-05-31', 400)])];
    const json = berekenJaarcijfers(jaarInvoer(2022, { momentopnamen }), normenWith({}), GRONDSLAG);
    expect(json.tijdigeZorg).toStrictEqual({ binnen: 1, totaal: 1, percentage: 100 });
  });
});

describe('year seinen: two decimals half up, colour on the unrounded value (contracts §3.4)', () => {
  it('1701 of 2000 is 85,05%: oranje at drempel 95', () => {
    const json = pgbJaar(pgbBesluiten('2022-04-01', 1701, 299));
    expect(json.pgb).toStrictEqual({ tijdig: 1701, teLaat: 299, percentageTijdig: 85.05 });
    expect(json.seinen.tijdige_pgb_toekenning).toStrictEqual({ waarde: 85.05, drempel: 95, kleur: 'oranje' });
  });

  it('x,xx5 rounds up: 27 of 32 = 84,375% → 84,38', () => {
    const json = pgbJaar(pgbBesluiten('2022-04-01', 27, 5));
    expect(json.pgb.percentageTijdig).toBe(84.38);
    expect(json.seinen.tijdige_pgb_toekenning.waarde).toBe(84.38);
  });

  it('968 of 1019 = 94,9951% shows as 95,00 but is oranje at drempel 95', () => {
    const json = pgbJaar(pgbBesluiten('2022-04-01', 968, 51));
    expect(json.seinen.tijdige_pgb_toekenning).toStrictEqual({ waarde: 95, drempel: 95, kleur: 'oranje' });
  });

  it('exactly on the drempel is groen, also for a drempel with decimals (85,05)', () => {
    expect(pgbJaar(pgbBesluiten('2022-04-01', 19, 1)).seinen.tijdige_pgb_toekenning).toStrictEqual({
      waarde: 95,
      drempel: 95,
      kleur: 'groen',
    });
    const normen = contractNormen({
      seinDrempels: { tijdige_zorg: 95, tijdige_pgb_toekenning: 85.05, tijdige_eigen_bijdrage: 80 },
    });
    const json = pgbJaar(pgbBesluiten('2022-04-01', 1701, 299), 2022, NA_HET_JAAR, normen);
    expect(json.seinen.tijdige_pgb_toekenning).toStrictEqual({
      waarde: 85.05,
      drempel: 85.05,
      kleur: 'groen',
    });
  });

  it('each sein takes its drempel from the norms', () => {
    const normen = contractNormen({
      seinDrempels: { tijdige_zorg: 50, tijdige_pgb_toekenning: 60, tijdige_eigen_bijdrage: 70 },
    });
    const json = berekenJaarcijfers(jaarInvoer(2022), normen, GRONDSLAG);
    expect(Object.values(json.seinen).map((s) => s.drempel)).toStrictEqual([50, 60, 70]);
  });

  it('MAZ sein: the total figure against drempel 80', () => {
    const regels = [
      ...herhaal(4, () => mazVerwerkt(d('2022-03-01'), 20, 'verblijf')),
      mazVerwerkt(d('2022-03-01'), 31, 'mpt'),
    ];
    expect(mazJaar(regels).seinen.tijdige_eigen_bijdrage).toStrictEqual({
      waarde: 80,
      drempel: 80,
      kleur: 'groen',
    });
  });
});

describe('judged seinen of (R, J) beside the computed ones (contracts §3.3, §3.4)', () => {
  it('the latest per sein in force, as { sein, kleur, toelichting, door, op }; other years ignored', () => {
    const oordelen = [
      oordeel(2022, 'keuze_leveringsvormen', 'oranje', '2023-05-10T09:00:00.000Z', {
        toelichting: 'Thuis als het kan: vaker MPT en VPT dan geïndiceerd verblijf',
        auteur: 'Manager Zorg',
      }),
      oordeel(2022, 'passende_zorg', 'groen', '2023-04-01T08:00:00.000Z'),
      oordeel(2022, 'keuze_leveringsvormen', 'groen', '2023-03-01T08:00:00.000Z'),
      oordeel(2021, 'continuiteit_van_zorg', 'oranje', '2022-03-01T08:00:00.000Z'),
      oordeel(2023, 'keuze_leveringsvormen', 'groen', '2024-03-01T08:00:00.000Z'),
    ];
    const json = berekenJaarcijfers(jaarInvoer(2022, { oordelen }), contractNormen(), GRONDSLAG);
    expect(json.oordelen).toStrictEqual([
      {
        sein: 'keuze_leveringsvormen',
        kleur: 'oranje',
        toelichting: 'Thuis als het kan: vaker MPT en VPT dan geïndiceerd verblijf',
        door: 'Manager Zorg',
        op: '2023-05-10T09:00:00.000Z',
      },
      {
        sein: 'passende_zorg',
        kleur: 'groen',
        toelichting: 'Oordeel groen van 2023-04-01T08:00:00.000Z',
        door: 'beheer@zorgkantoor.nl',
        op: '2023-04-01T08:00:00.000Z',
      },
    ]);
  });

  it('no judged seinen: an empty list', () => {
    expect(berekenJaarcijfers(jaarInvoer(2022), contractNormen(), GRONDSLAG).oordelen).toStrictEqual([]);
  });
});

describe('the JSON of §3.4 with its basis', () => {
  it('has exactly the contract fields, in order, and says what it rests on', () => {
    const json = berekenJaarcijfers(
      jaarInvoer(2022, {
        momentopnamen: [snapshot(d('2022-12-31'), [])],
        nieuwsteWachtlijstPeildatum: d('2023-02-28'),
        pgb: stand(d('2023-01-31'), []),
        maz: stand(d('2023-01-15'), []),
      }),
      contractNormen(),
      { bron: 'standaard normenbestand', hash: 'ab'.repeat(32) },
    );
    expect(Object.keys(json)).toStrictEqual([
      'regio',
      'jaar',
      'pgb',
      'maz',
      'tijdigeZorg',
      'seinen',
      'oordelen',
      'basis',
    ]);
    expect(json).toMatchObject({ regio: '5517', jaar: 2022 });
    expect(Object.keys(json.seinen)).toStrictEqual([
      'tijdige_zorg',
      'tijdige_pgb_toekenning',
      'tijdige_eigen_bijdrage',
    ]);
    expect(json.basis).toStrictEqual({
      normen: { bron: 'standaard normenbestand', hash: 'ab'.repeat(32) },
      peildata: { wachtlijst: '2023-02-28', pgb: '2023-01-31', maz: '2023-01-15' },
      momentopnamen: [{ maand: '2022-12', peildatum: '2022-12-31' }],
    });
  });
});
