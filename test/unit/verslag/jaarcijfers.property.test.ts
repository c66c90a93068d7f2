import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarMonth, type CalendarDate } from '../../../shared/calendar/calendar-date.ts';
import type {
  MazMelding,
  PgbAanvraag,
  PgbBesluit,
  WachtlijstRegel,
} from '../../../shared/extracts/extract-rows.ts';
import { berekenIndicatoren } from '../../../shared/indicators/bereken-indicatoren.ts';
import { berekenJaarcijfers, type JaarInvoer } from '../../../shared/verslag/jaarcijfers.ts';
import type { MazNormRegel, Normen, PgbNormRegel, StreefnormRegel } from '../../../shared/norms/normen.ts';
import { LEVERINGSVORMEN, type Leveringsvorm } from '../../../shared/reference/leveringsvorm.ts';
import { SECTOREN, type Sector } from '../../../shared/reference/sector.ts';
import { WACHTSTATUSSEN, type Wachtstatus } from '../../../shared/reference/wachtstatus.ts';
import {
  OORDEEL_SEINEN,
  HANDMATIGE_KLEUREN,
  type SeinOordeel,
} from '../../../shared/seinen/sein-aanpassing.ts';
import { REGIO, d } from '../indicators/builders.ts';
import { GRONDSLAG } from './jaar-builders.ts';
import { orakelJaar } from '../indicators/orakel.ts';

/**
 * Year figures (contracts §3.4) against the independent oracle, on random regions whose data
 * straddle the year's boundaries: items due in December and January, stands P inside and after
 * the year, several snapshots per month and snapshots of other years, judged seinen of several
 * years.
 */
const RUNS = 200;
const JAAR = 2022;
const BEGIN = d('2021-07-01');

const datum = (min: number, max: number): fc.Arbitrary<CalendarDate> =>
  fc.integer({ min, max }).map((n) => addDays(BEGIN, n));

const CODES: Readonly<Record<Wachtstatus, readonly string[]>> = {
  urgent_plaatsen: ['01', '02', '05', '08'],
  actief_plaatsen: ['09', '10', '12'],
  wacht_op_voorkeur: ['13', '19'],
  wacht_uit_voorzorg: ['13', '18'],
};

const normenArb: fc.Arbitrary<Normen> = fc.record({
  signaalFractie: fc.constantFrom(0.5, 0.75),
  streefnormen: fc.uniqueArray(
    fc
      .record({
        wachtstatus: fc.constantFrom('urgent_plaatsen' as const, 'actief_plaatsen' as const),
        sector: fc.constantFrom<Sector | '*'>('*', ...SECTOREN),
        geldigVanaf: fc.constantFrom(d('2015-01-01'), d('2022-01-01'), d('2022-07-01')),
        dagen: fc.integer({ min: 1, max: 100 }),
      })
      .map((r): StreefnormRegel => ({ ...r, classificatie: '*' })),
    { maxLength: 6, selector: (r) => `${r.wachtstatus}|${r.sector}|${r.geldigVanaf}` },
  ),
  pgbBesluitDagen: fc.uniqueArray(
    fc.record<PgbNormRegel>({
      geldigVanaf: fc.constantFrom(d('2015-01-01'), d('2022-03-01'), d('2022-11-15')),
      dagen: fc.integer({ min: 10, max: 90 }),
    }),
    { minLength: 1, maxLength: 3, selector: (r) => r.geldigVanaf },
  ),
  mazDagen: fc.uniqueArray(
    fc.record<MazNormRegel>({
      geldigVanaf: fc.constantFrom(d('2015-01-01'), d('2022-06-01')),
      leveringsvorm: fc.constantFrom<Leveringsvorm | '*'>('*', '*', 'pgb', 'verblijf', 'mpt'),
      dagen: fc.integer({ min: 10, max: 150 }),
    }),
    { minLength: 1, maxLength: 5, selector: (r) => `${r.leveringsvorm}|${r.geldigVanaf}` },
  ),
  seinDrempels: fc.record({
    tijdige_zorg: fc.constantFrom(0, 50, 66.67, 80, 95, 100),
    tijdige_pgb_toekenning: fc.constantFrom(64.4, 85.05, 94.99, 95, 100),
    tijdige_eigen_bijdrage: fc.constantFrom(0, 33.33, 80, 84.38, 90),
  }),
});

/** A stand P from early in the year to after it, or no data at all. */
const peildatumArb = fc.option(
  fc.oneof(datum(200, 700), fc.constantFrom(d('2022-12-31'), d('2023-01-01'), d('2023-01-31'))),
  { nil: null, freq: 8 },
);

const pgbStandArb = peildatumArb.chain((P) =>
  fc
    .array(
      fc.record({
        start: fc.integer({ min: 0, max: 700 }),
        na: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
        besluit: fc.constantFrom<PgbBesluit>('toegekend', 'toegekend', 'afgewezen', 'ingetrokken'),
      }),
      { maxLength: 60 },
    )
    .map((rijen) => ({
      peildatum: P,
      regels: rijen.flatMap((r, i): PgbAanvraag[] => {
        const ontvangstdatum = addDays(BEGIN, r.start);
        if (P === null || ontvangstdatum > P) return [];
        const besluitdatum = r.na === undefined ? undefined : addDays(ontvangstdatum, r.na);
        const besloten = besluitdatum !== undefined && besluitdatum <= P;
        return [
          {
            regio: REGIO,
            clientId: `c${i}`,
            aanvraagId: `a${i}`,
            ontvangstdatum,
            ...(besloten ? { besluitdatum, besluit: r.besluit } : {}),
          },
        ];
      }),
    })),
);

const mazStandArb = peildatumArb.chain((P) =>
  fc
    .array(
      fc.record({
        start: fc.integer({ min: 0, max: 700 }),
        na: fc.option(fc.integer({ min: 0, max: 180 }), { nil: undefined }),
        vorm: fc.constantFrom(...LEVERINGSVORMEN),
      }),
      { maxLength: 60 },
    )
    .map((rijen) => ({
      peildatum: P,
      regels: rijen.flatMap((r, i): MazMelding[] => {
        const aanvangsdatumZorg = addDays(BEGIN, r.start);
        if (P === null || aanvangsdatumZorg > P) return [];
        const verwerkt = r.na === undefined ? undefined : addDays(aanvangsdatumZorg, r.na);
        return [
          {
            regio: REGIO,
            clientId: `m${i}`,
            mazId: `z${i}`,
            leveringsvorm: r.vorm,
            aanvangsdatumZorg,
            ...(verwerkt !== undefined && verwerkt <= P ? { verwerkingsdatumCak: verwerkt } : {}),
          },
        ];
      }),
    })),
);

const snapshotArb = datum(100, 620).chain((peildatum) =>
  fc
    .array(
      fc.record({
        sector: fc.constantFrom(...SECTOREN),
        wachtstatus: fc.constantFrom(...WACHTSTATUSSEN, 'urgent_plaatsen', 'actief_plaatsen'),
        klass: fc.nat(3),
        wachtdagen: fc.integer({ min: 0, max: 150 }),
        zorg: fc.boolean(),
      }),
      { maxLength: 12 },
    )
    .map((rijen) => ({
      peildatum,
      regels: rijen.map((r, i): WachtlijstRegel => ({
        regio: REGIO,
        clientId: `w${i}`,
        sector: r.sector,
        wachtstatus: r.wachtstatus,
        classificatie: CODES[r.wachtstatus][r.klass % CODES[r.wachtstatus].length] ?? '01',
        ingangsdatumStatus: addDays(peildatum, -r.wachtdagen),
        zorgTijdensWachten: r.zorg,
      })),
    })),
);

const oordelenArb: fc.Arbitrary<SeinOordeel[]> = fc
  .uniqueArray(
    fc.record({
      jaar: fc.constantFrom(2021, 2022, 2022, 2023),
      sein: fc.constantFrom(...OORDEEL_SEINEN),
      kleur: fc.constantFrom(...HANDMATIGE_KLEUREN),
      minuut: fc.integer({ min: 0, max: 500_000 }),
    }),
    { maxLength: 8, selector: (o) => o.minuut },
  )
  .map((lijst) =>
    lijst.map((o) => ({
      regio: REGIO,
      jaar: o.jaar,
      sein: o.sein,
      kleur: o.kleur,
      toelichting: `Toelichting ${o.minuut}`,
      auteur: `auteur-${o.minuut % 3}`,
      tijdstip: new Date(Date.UTC(2022, 0, 1) + o.minuut * 60_000).toISOString(),
    })),
  );

const invoerArb: fc.Arbitrary<JaarInvoer> = fc
  .record({
    // one snapshot per peildatum: a new extract of the same peildatum replaces it (contracts §1.1)
    snapshots: fc.uniqueArray(snapshotArb, { maxLength: 10, selector: (s) => s.peildatum }),
    pgb: pgbStandArb,
    maz: mazStandArb,
    oordelen: oordelenArb,
  })
  .map(({ snapshots, pgb, maz, oordelen }) => ({
    regio: REGIO,
    jaar: JAAR,
    momentopnamen: snapshots,
    nieuwsteWachtlijstPeildatum:
      snapshots
        .map((s) => s.peildatum)
        .sort()
        .at(-1) ?? null,
    pgb,
    maz,
    oordelen,
  }));

function check(seed: number, predicate: (invoer: JaarInvoer, normen: Normen) => void): void {
  fc.assert(
    fc.property(invoerArb, normenArb, (invoer, normen) => {
      predicate(invoer, normen);
    }),
    { seed, numRuns: RUNS },
  );
}

describe('year figures against the oracle (contracts §3.4)', () => {
  it('pgb, MAZ, tijdige zorg, seinen and oordelen equal a naive reading of the contract', () => {
    check(20220101, (invoer, normen) => {
      const json = berekenJaarcijfers(invoer, normen, GRONDSLAG);
      const orakel = orakelJaar(normen, {
        jaar: invoer.jaar,
        snapshots: invoer.momentopnamen,
        pgb: invoer.pgb,
        maz: invoer.maz,
        oordelen: invoer.oordelen,
      });
      expect(json.pgb).toStrictEqual(orakel.pgb);
      expect(json.maz).toStrictEqual(orakel.maz);
      expect(json.tijdigeZorg).toStrictEqual(orakel.tijdigeZorg);
      expect(json.seinen).toStrictEqual(orakel.seinen);
      expect(json.oordelen).toStrictEqual(orakel.oordelen);
      expect(json.basis.momentopnamen).toStrictEqual(orakel.momentopnamen);
    });
  });

  it('the pgb and MAZ year figures are the sums of the twelve monthly figures of §5', () => {
    check(20220102, (invoer, normen) => {
      const jaar = berekenJaarcijfers(invoer, normen, GRONDSLAG);
      const december = berekenIndicatoren(
        {
          regio: REGIO,
          maand: calendarMonth(`${JAAR}-12`),
          wachtlijst: null,
          pgb: invoer.pgb,
          maz: invoer.maz,
        },
        normen,
      );
      const som = (maanden: readonly { tijdig: number; teLaat: number }[]) =>
        maanden.reduce((s, m) => ({ tijdig: s.tijdig + m.tijdig, teLaat: s.teLaat + m.teLaat }), {
          tijdig: 0,
          teLaat: 0,
        });
      expect(december.pgb.maanden.map((m) => m.maand.slice(0, 4))).toStrictEqual(Array(12).fill(`${JAAR}`));
      expect(som(december.pgb.maanden)).toStrictEqual({ tijdig: jaar.pgb.tijdig, teLaat: jaar.pgb.teLaat });
      expect(som(december.maz.totaal.maanden)).toStrictEqual({
        tijdig: jaar.maz.totaal.tijdig,
        teLaat: jaar.maz.totaal.teLaat,
      });
      for (const vorm of LEVERINGSVORMEN) {
        const maandelijks = som(december.maz.perLeveringsvorm[vorm]?.maanden ?? []);
        const cijfer = jaar.maz.perLeveringsvorm[vorm];
        if (maandelijks.tijdig + maandelijks.teLaat === 0) expect(cijfer).toBeUndefined();
        else expect({ tijdig: cijfer?.tijdig, teLaat: cijfer?.teLaat }).toStrictEqual(maandelijks);
      }
    });
  });

  it('the order of rows, snapshots and oordelen does not matter', () => {
    check(20220103, (invoer, normen) => {
      const omgekeerd: JaarInvoer = {
        ...invoer,
        momentopnamen: [...invoer.momentopnamen].reverse(),
        pgb: { ...invoer.pgb, regels: [...invoer.pgb.regels].reverse() },
        maz: { ...invoer.maz, regels: [...invoer.maz.regels].reverse() },
        oordelen: [...invoer.oordelen].reverse(),
      };
      expect(berekenJaarcijfers(omgekeerd, normen, GRONDSLAG)).toStrictEqual(
        berekenJaarcijfers(invoer, normen, GRONDSLAG),
      );
    });
  });
});
