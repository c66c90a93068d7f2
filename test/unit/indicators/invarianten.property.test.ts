import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  monthOf,
  monthsEndingWith,
  type CalendarDate,
} from '../../../shared/calendar/calendar-date.ts';
import type {
  MazMelding,
  PgbAanvraag,
  PgbBesluit,
  WachtlijstRegel,
} from '../../../shared/extracts/extract-rows.ts';
import type { IndicatorInvoer } from '../../../shared/indicators/bereken-indicatoren.ts';
import { berekenIndicatoren } from '../../../shared/indicators/bereken-indicatoren.ts';
import type { Sein, SectorTelling } from '../../../shared/indicators/indicatoren-json.ts';
import type { SignaalRegel } from '../../../shared/indicators/signaal-regel.ts';
import { berekenSignaallijst } from '../../../shared/indicators/signaallijst.ts';
import type { MazNormRegel, Normen, PgbNormRegel, StreefnormRegel } from '../../../shared/norms/normen.ts';
import { LEVERINGSVORMEN, type Leveringsvorm } from '../../../shared/reference/leveringsvorm.ts';
import { SECTOREN, type Sector } from '../../../shared/reference/sector.ts';
import { WACHTSTATUSSEN, type Wachtstatus } from '../../../shared/reference/wachtstatus.ts';
import { REGIO, d } from './builders.ts';
import {
  beoordeelMaz,
  beoordeelPgb,
  beoordeelWachtende,
  orakelKleur,
  orakelMaanden,
  percentage,
  type ItemOordeel,
} from './orakel.ts';

const RUNS = 150;
const BASIS = d('2023-08-15');

const CODES: Readonly<Record<Wachtstatus, readonly string[]>> = {
  urgent_plaatsen: ['01', '02', '03', '04', '05', '06', '07', '08'],
  actief_plaatsen: ['09', '10', '11', '12'],
  wacht_op_voorkeur: ['13', '14', '15', '16', '17', '18', '19'],
  wacht_uit_voorzorg: ['13', '14', '15', '17', '18', '19'],
};

const rond = (min: number, max: number): fc.Arbitrary<CalendarDate> =>
  fc.integer({ min, max }).map((n) => addDays(BASIS, n));

// ---- norms ---------------------------------------------------------------------------------

const streefnormArb: fc.Arbitrary<StreefnormRegel> = fc
  .record({
    wachtstatus: fc.constantFrom('urgent_plaatsen', 'actief_plaatsen'),
    sector: fc.constantFrom<Sector | '*'>('*', ...SECTOREN),
    klass: fc.nat(10),
    geldigVanaf: fc.constantFrom(-3000, -3000, -400, -60, -10, 0, 10, 45).map((n) => addDays(BASIS, n)),
    dagen: fc.integer({ min: 1, max: 120 }),
  })
  .map(({ wachtstatus, sector, klass, geldigVanaf, dagen }) => ({
    wachtstatus,
    sector,
    classificatie: CODES[wachtstatus][klass] ?? '*',
    geldigVanaf,
    dagen,
  }));

const pgbNormArb: fc.Arbitrary<PgbNormRegel> = fc.record({
  geldigVanaf: fc.constantFrom(-5000, -5000, -500, -200, -30, 0).map((n) => addDays(BASIS, n)),
  dagen: fc.integer({ min: 5, max: 100 }),
});

const mazNormArb: fc.Arbitrary<MazNormRegel> = fc.record({
  geldigVanaf: fc.constantFrom(-5000, -5000, -500, -200, -30, 0).map((n) => addDays(BASIS, n)),
  leveringsvorm: fc.constantFrom<Leveringsvorm | '*'>('*', '*', ...LEVERINGSVORMEN),
  dagen: fc.integer({ min: 5, max: 150 }),
});

const drempelArb = fc.constantFrom(0, 50, 66.7, 75, 80, 94.9, 95, 100);

const normenArb: fc.Arbitrary<Normen> = fc.record({
  // dyadic fractions: fractie × norm is exact in floating point
  signaalFractie: fc.constantFrom(0.25, 0.5, 0.625, 0.75, 0.875, 1),
  streefnormen: fc.uniqueArray(streefnormArb, {
    minLength: 1,
    maxLength: 9,
    selector: (n) => `${n.wachtstatus}|${n.sector}|${n.classificatie}|${n.geldigVanaf}`,
  }),
  pgbBesluitDagen: fc.uniqueArray(pgbNormArb, { minLength: 1, maxLength: 3, selector: (n) => n.geldigVanaf }),
  mazDagen: fc.uniqueArray(mazNormArb, {
    minLength: 1,
    maxLength: 6,
    selector: (n) => `${n.leveringsvorm}|${n.geldigVanaf}`,
  }),
  seinDrempels: fc.record({
    tijdige_zorg: drempelArb,
    tijdige_pgb_toekenning: drempelArb,
    tijdige_eigen_bijdrage: drempelArb,
  }),
});

// ---- rows ----------------------------------------------------------------------------------

function snapshotArb(): fc.Arbitrary<{ peildatum: CalendarDate; regels: WachtlijstRegel[] }> {
  return rond(-30, 30).chain((peildatum) =>
    fc
      .array(
        fc.record({
          sector: fc.constantFrom(...SECTOREN),
          wachtstatus: fc.constantFrom(...WACHTSTATUSSEN),
          klass: fc.nat(20),
          wachtdagen: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 40 })),
          zorg: fc.boolean(),
        }),
        { maxLength: 40, size: 'medium' },
      )
      .map((rijen) => ({
        peildatum,
        regels: rijen.map((r, i): WachtlijstRegel => {
          const codes = CODES[r.wachtstatus];
          return {
            regio: REGIO,
            clientId: `k${String(i).padStart(3, '0')}`,
            sector: r.sector,
            wachtstatus: r.wachtstatus,
            classificatie: codes[r.klass % codes.length] ?? '01',
            ingangsdatumStatus: addDays(peildatum, -r.wachtdagen),
            zorgTijdensWachten: r.zorg,
          };
        }),
      })),
  );
}

const pgbStandArb = rond(-40, 40).chain((peildatum) =>
  fc
    .array(
      fc.record({
        terug: fc.oneof(fc.integer({ min: 0, max: 420 }), fc.integer({ min: 0, max: 120 })),
        besluit: fc.option(
          fc.record({
            na: fc.integer({ min: 0, max: 200 }),
            besluit: fc.constantFrom<PgbBesluit>('toegekend', 'afgewezen', 'ingetrokken'),
          }),
          { nil: undefined },
        ),
      }),
      { maxLength: 40, size: 'medium' },
    )
    .map((rijen) => ({
      peildatum: rijen.length === 0 ? null : peildatum,
      regels: rijen.map((r, i): PgbAanvraag => {
        const ontvangstdatum = addDays(peildatum, -r.terug);
        return {
          regio: REGIO,
          clientId: `c${String(i).padStart(3, '0')}`,
          aanvraagId: `a${i}`,
          ontvangstdatum,
          ...(r.besluit === undefined
            ? {}
            : {
                besluitdatum: addDays(ontvangstdatum, Math.min(r.besluit.na, r.terug)),
                besluit: r.besluit.besluit,
              }),
        };
      }),
    })),
);

const mazStandArb = rond(-40, 40).chain((peildatum) =>
  fc
    .array(
      fc.record({
        terug: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 160 })),
        vorm: fc.constantFrom(...LEVERINGSVORMEN),
        na: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
        uitval: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { maxLength: 40, size: 'medium' },
    )
    .map((rijen) => ({
      peildatum: rijen.length === 0 ? null : peildatum,
      regels: rijen.map((r, i): MazMelding => {
        const aanvangsdatumZorg = addDays(peildatum, -r.terug);
        return {
          regio: REGIO,
          clientId: `m${String(i).padStart(3, '0')}`,
          mazId: `z${i}`,
          leveringsvorm: r.vorm,
          aanvangsdatumZorg,
          ...(r.na === undefined
            ? {}
            : { verwerkingsdatumCak: addDays(aanvangsdatumZorg, Math.min(r.na, r.terug)) }),
          ...(r.uitval === undefined ? {} : { uitval: r.uitval }),
        };
      }),
    })),
);

const invoerArb: fc.Arbitrary<IndicatorInvoer> = fc
  .record({
    maandOffset: fc.oneof(fc.integer({ min: -13, max: 2 }), fc.integer({ min: -2, max: 1 })),
    wachtlijst: fc.option(snapshotArb(), { nil: null, freq: 5 }),
    pgb: pgbStandArb,
    maz: mazStandArb,
  })
  .map(({ maandOffset, wachtlijst, pgb, maz }) => ({
    regio: REGIO,
    maand: addMonths(monthOf(BASIS), maandOffset),
    wachtlijst,
    pgb,
    maz,
  }));

const eigenschap = fc.record({ invoer: invoerArb, normen: normenArb });

function check(seed: number, predicate: (x: { invoer: IndicatorInvoer; normen: Normen }) => void): void {
  fc.assert(
    fc.property(eigenschap, (x) => {
      predicate(x);
    }),
    { seed, numRuns: RUNS },
  );
}

function verwachtSein(t: number, n: number | null, drempel: number, leegIs100 = false): Sein {
  if (n === null) return { waarde: null, drempel, kleur: 'onbekend' };
  if (n === 0 && leegIs100) return { waarde: 100, drempel, kleur: 100 >= drempel ? 'groen' : 'oranje' };
  if (n === 0) return { waarde: null, drempel, kleur: 'onbekend' };
  return { waarde: percentage(t, n), drempel, kleur: orakelKleur(t, n, drempel) };
}

// ---- properties ----------------------------------------------------------------------------

describe('wachtlijst invariants (contracts §3.1)', () => {
  it('counts per sector/status are consistent and equal an independent count', () => {
    check(20230801, ({ invoer, normen }) => {
      const result = berekenIndicatoren(invoer, normen).wachtlijst;
      expect(result.peildatum).toBe(invoer.wachtlijst?.peildatum ?? null);
      let somAantal = 0;
      for (const sector of SECTOREN) {
        const telling: SectorTelling = result.perSector[sector];
        for (const status of WACHTSTATUSSEN) {
          const cel = telling[status];
          somAantal += cel.aantal;
          expect(cel.aantal).toBe(cel.metZorg + cel.zonderZorg);
          const rijen = (invoer.wachtlijst?.regels ?? []).filter(
            (r) => r.sector === sector && r.wachtstatus === status,
          );
          expect(cel.aantal).toBe(rijen.length);
          expect(cel.metZorg).toBe(rijen.filter((r) => r.zorgTijdensWachten).length);
          if (status === 'urgent_plaatsen' || status === 'actief_plaatsen') {
            const g = telling[status];
            expect(g.buitenStreefnorm).toBeLessThanOrEqual(g.signaal75);
            expect(g.signaal75).toBeLessThanOrEqual(g.aantal);
            expect(g.buitenStreefnormZonderZorg).toBeLessThanOrEqual(
              Math.min(g.buitenStreefnorm, g.zonderZorg),
            );
            const peildatum = invoer.wachtlijst?.peildatum ?? BASIS;
            const oordelen = rijen.map((r) => beoordeelWachtende(normen, r, peildatum));
            expect(g.buitenStreefnorm).toBe(oordelen.filter((o) => o.buiten).length);
            expect(g.signaal75).toBe(oordelen.filter((o) => o.signaal75).length);
            expect(g.buitenStreefnormZonderZorg).toBe(
              oordelen.filter((o) => o.buiten && !o.regel.zorgTijdensWachten).length,
            );
          } else {
            expect(Object.keys(cel).sort()).toStrictEqual(['aantal', 'metZorg', 'zonderZorg']);
          }
        }
      }
      expect(somAantal).toBe(invoer.wachtlijst?.regels.length ?? 0);
    });
  });
});

describe('pgb invariants (contracts §3.2)', () => {
  it('months, open counts and percentages follow from the definitions', () => {
    check(20230802, ({ invoer, normen }) => {
      const sectie = berekenIndicatoren(invoer, normen).pgb;
      const P = invoer.pgb.peildatum;
      expect(sectie.peildatum).toBe(P);
      const oordelen = P === null ? [] : beoordeelPgb(normen, invoer.pgb.regels, P);
      const verwacht = orakelMaanden(oordelen, invoer.maand, P);
      expect(sectie.maanden.map((c) => c.maand)).toStrictEqual(monthsEndingWith(invoer.maand, 12));
      for (const [i, cijfer] of sectie.maanden.entries()) {
        const o = verwacht[i];
        expect(cijfer.tijdig + cijfer.teLaat).toBe(o?.due);
        expect(cijfer).toStrictEqual({
          maand: o?.maand,
          tijdig: o?.tijdig,
          teLaat: o?.teLaat,
          percentageTijdig: o?.percentageTijdig,
        });
        if (cijfer.tijdig + cijfer.teLaat === 0) {
          expect(cijfer.percentageTijdig).toBeNull();
        } else {
          expect(cijfer.percentageTijdig).not.toBeNull();
          expect(cijfer.percentageTijdig).toBeGreaterThanOrEqual(0);
          expect(cijfer.percentageTijdig).toBeLessThanOrEqual(100);
        }
      }
      const onbeslist = oordelen.filter((o) => !o.besloten);
      expect(sectie.open + sectie.openTeLaat).toBe(onbeslist.length);
      expect(sectie.open).toBe(onbeslist.filter((o) => o.open).length);
      expect(sectie.openTeLaat).toBe(onbeslist.filter((o) => o.teLaat).length);
      expect(sectie.openSignaal75).toBe(onbeslist.filter((o) => o.open && o.signaal75).length);
      expect(sectie.openSignaal75).toBeLessThanOrEqual(sectie.open);
    });
  });
});

describe('MAZ invariants (contracts §3.2)', () => {
  it('per leveringsvorm and totaal follow from the definitions; totaal is the sum', () => {
    check(20230803, ({ invoer, normen }) => {
      const sectie = berekenIndicatoren(invoer, normen).maz;
      const P = invoer.maz.peildatum;
      expect(sectie.peildatum).toBe(P);
      const vormen = [...new Set(invoer.maz.regels.map((r) => r.leveringsvorm))].sort();
      expect(Object.keys(sectie.perLeveringsvorm).sort()).toStrictEqual(vormen);
      const oordelen = P === null ? [] : beoordeelMaz(normen, invoer.maz.regels, P);
      const maanden = monthsEndingWith(invoer.maand, 12);

      for (const vorm of vormen) {
        const reeks = sectie.perLeveringsvorm[vorm]?.maanden ?? [];
        const verwacht = orakelMaanden(
          oordelen.filter((o) => o.leveringsvorm === vorm),
          invoer.maand,
          P,
        );
        expect(reeks.map((c) => c.maand)).toStrictEqual(maanden);
        for (const [i, cijfer] of reeks.entries()) {
          expect(cijfer.tijdig + cijfer.teLaat).toBe(verwacht[i]?.due);
          expect(cijfer.tijdig).toBe(verwacht[i]?.tijdig);
          expect(cijfer.percentageTijdig).toBe(verwacht[i]?.percentageTijdig);
        }
      }

      const verwachtTotaal = orakelMaanden(oordelen, invoer.maand, P);
      expect(sectie.totaal.maanden.map((c) => c.maand)).toStrictEqual(maanden);
      for (const [i, cijfer] of sectie.totaal.maanden.entries()) {
        let tijdig = 0;
        let teLaat = 0;
        for (const reeks of Object.values(sectie.perLeveringsvorm)) {
          tijdig += reeks.maanden[i]?.tijdig ?? 0;
          teLaat += reeks.maanden[i]?.teLaat ?? 0;
        }
        expect({ tijdig: cijfer.tijdig, teLaat: cijfer.teLaat }).toStrictEqual({ tijdig, teLaat });
        expect(cijfer.tijdig + cijfer.teLaat).toBe(verwachtTotaal[i]?.due);
        expect(cijfer.percentageTijdig).toBe(verwachtTotaal[i]?.percentageTijdig);
        expect(cijfer.percentageTijdig === null).toBe(cijfer.tijdig + cijfer.teLaat === 0);
      }
    });
  });
});

describe('seinen invariants (contracts §3.3)', () => {
  it('waarde and kleur follow from the figures, the kleur from the unrounded value', () => {
    check(20230804, ({ invoer, normen }) => {
      const { seinen, pgb, maz } = berekenIndicatoren(invoer, normen);
      const drempels = normen.seinDrempels;

      if (invoer.wachtlijst === null) {
        expect(seinen.tijdige_zorg).toStrictEqual(verwachtSein(0, null, drempels.tijdige_zorg));
      } else {
        const snapshot = invoer.wachtlijst;
        const genormeerd = snapshot.regels
          .filter((r) => r.wachtstatus === 'urgent_plaatsen' || r.wachtstatus === 'actief_plaatsen')
          .map((r) => beoordeelWachtende(normen, r, snapshot.peildatum));
        const nietBuiten = genormeerd.filter((o) => !o.buiten).length;
        expect(seinen.tijdige_zorg).toStrictEqual(
          verwachtSein(nietBuiten, genormeerd.length, drempels.tijdige_zorg, true),
        );
      }

      const pgbM = pgb.maanden[11];
      expect(pgbM?.maand).toBe(invoer.maand);
      expect(seinen.tijdige_pgb_toekenning).toStrictEqual(
        verwachtSein(
          pgbM?.tijdig ?? 0,
          (pgbM?.tijdig ?? 0) + (pgbM?.teLaat ?? 0),
          drempels.tijdige_pgb_toekenning,
        ),
      );
      const mazM = maz.totaal.maanden[11];
      expect(mazM?.maand).toBe(invoer.maand);
      expect(seinen.tijdige_eigen_bijdrage).toStrictEqual(
        verwachtSein(
          mazM?.tijdig ?? 0,
          (mazM?.tijdig ?? 0) + (mazM?.teLaat ?? 0),
          drempels.tijdige_eigen_bijdrage,
        ),
      );

      for (const sein of Object.values(seinen)) {
        expect(sein.kleur === 'onbekend').toBe(sein.waarde === null);
        if (sein.waarde !== null) {
          // the rounded value can only differ from the unrounded one by less than 0.05
          if (sein.kleur === 'groen') expect(sein.waarde).toBeGreaterThanOrEqual(sein.drempel - 0.05);
          if (sein.kleur === 'oranje') expect(sein.waarde).toBeLessThanOrEqual(sein.drempel + 0.05);
        }
      }
    });
  });
});

function vergelijk(a: SignaalRegel, b: SignaalRegel): number {
  const links = a.dagen * b.normDagen;
  const rechts = b.dagen * a.normDagen;
  if (links !== rechts) return rechts - links; // ratio descending
  if (a.dagen !== b.dagen) return b.dagen - a.dagen;
  return a.client_id < b.client_id ? -1 : a.client_id > b.client_id ? 1 : 0;
}

function itemRijen(oordelen: readonly ItemOordeel[]): Array<[string, string, number, number]> {
  return oordelen
    .filter((o) => !o.besloten && (o.signaal75 || o.teLaat))
    .map((o): [string, string, number, number] => [
      o.clientId,
      o.teLaat ? 'overschreden' : 'dreigend',
      o.dagenOpen,
      o.norm,
    ])
    .sort((x, y) => x[0].localeCompare(y[0]));
}

describe('75%-lijst invariants (contracts §3, decision 10)', () => {
  it('holds exactly the signalled clients and items, in the prescribed order', () => {
    check(20230805, ({ invoer, normen }) => {
      const rows = berekenSignaallijst(
        { wachtlijst: invoer.wachtlijst, pgb: invoer.pgb, maz: invoer.maz },
        normen,
      );

      // kinds in order
      const soorten = rows.map((r) => r.soort);
      const volgorde = { wachtlijst: 0, pgb: 1, maz: 2 } as const;
      for (let i = 1; i < soorten.length; i++) {
        expect(volgorde[soorten[i - 1] ?? 'wachtlijst']).toBeLessThanOrEqual(
          volgorde[soorten[i] ?? 'wachtlijst'],
        );
      }
      // within a kind: ratio desc, dagen desc, client_id asc
      for (let i = 1; i < rows.length; i++) {
        const a = rows[i - 1];
        const b = rows[i];
        if (a && b && a.soort === b.soort) expect(vergelijk(a, b)).toBeLessThanOrEqual(0);
      }
      // every row: deadline = start + norm, dagen = peildatum − start
      for (const r of rows) {
        expect(r.deadline).toBe(addDays(r.startdatum, r.normDagen));
        expect(r.dagen).toBe(daysBetween(r.startdatum, r.peildatum));
      }

      // wachtlijst part: exactly the clients with signaal75
      const w = rows.filter((r) => r.soort === 'wachtlijst');
      const snapshot = invoer.wachtlijst;
      const verwachtW =
        snapshot === null
          ? []
          : snapshot.regels
              .map((r) => beoordeelWachtende(normen, r, snapshot.peildatum))
              .filter((o) => o.signaal75)
              .map(
                (o) =>
                  [o.regel.clientId, o.buiten ? 'overschreden' : 'dreigend', o.wachtdagen, o.norm] as const,
              );
      expect(
        w
          .map((r) => [r.client_id, r.categorie, r.dagen, r.normDagen] as const)
          .sort((x, y) => x[0].localeCompare(y[0])),
      ).toStrictEqual([...verwachtW].sort((x, y) => x[0].localeCompare(y[0])));
      for (const r of w) {
        expect(r.peildatum).toBe(snapshot?.peildatum);
        const bron = snapshot?.regels.find((x) => x.clientId === r.client_id);
        expect([r.wachtstatus, r.sector, r.classificatie, r.startdatum]).toStrictEqual([
          bron?.wachtstatus,
          bron?.sector,
          bron?.classificatie,
          bron?.ingangsdatumStatus,
        ]);
      }

      // pgb part
      const p = rows.filter((r) => r.soort === 'pgb');
      const PP = invoer.pgb.peildatum;
      const verwachtP = PP === null ? [] : itemRijen(beoordeelPgb(normen, invoer.pgb.regels, PP));
      expect(
        p
          .map((r): [string, string, number, number] => [r.client_id, r.categorie, r.dagen, r.normDagen])
          .sort((x, y) => x[0].localeCompare(y[0])),
      ).toStrictEqual(verwachtP);
      for (const r of p) expect(r.peildatum).toBe(PP);

      // MAZ part
      const z = rows.filter((r) => r.soort === 'maz');
      const PM = invoer.maz.peildatum;
      const verwachtZ = PM === null ? [] : itemRijen(beoordeelMaz(normen, invoer.maz.regels, PM));
      expect(
        z
          .map((r): [string, string, number, number] => [r.client_id, r.categorie, r.dagen, r.normDagen])
          .sort((x, y) => x[0].localeCompare(y[0])),
      ).toStrictEqual(verwachtZ);
      for (const r of z) {
        expect(r.peildatum).toBe(PM);
        const bron = invoer.maz.regels.find((x) => x.clientId === r.client_id);
        expect([r.maz_id, r.leveringsvorm]).toStrictEqual([bron?.mazId, bron?.leveringsvorm]);
        if (bron?.uitval !== undefined) expect(r.uitval).toBe(bron.uitval);
      }
    });
  });
});

describe('order of the input rows does not matter', () => {
  it('reversed rows give the same indicators and the same 75%-lijst', () => {
    check(20230806, ({ invoer, normen }) => {
      const omgekeerd: IndicatorInvoer = {
        ...invoer,
        wachtlijst:
          invoer.wachtlijst === null
            ? null
            : { peildatum: invoer.wachtlijst.peildatum, regels: [...invoer.wachtlijst.regels].reverse() },
        pgb: { peildatum: invoer.pgb.peildatum, regels: [...invoer.pgb.regels].reverse() },
        maz: { peildatum: invoer.maz.peildatum, regels: [...invoer.maz.regels].reverse() },
      };
      const omgekeerdeNormen: Normen = {
        ...normen,
        streefnormen: [...normen.streefnormen].reverse(),
        pgbBesluitDagen: [...normen.pgbBesluitDagen].reverse(),
        mazDagen: [...normen.mazDagen].reverse(),
      };
      expect(berekenIndicatoren(omgekeerd, omgekeerdeNormen)).toStrictEqual(
        berekenIndicatoren(invoer, normen),
      );
      expect(berekenSignaallijst(omgekeerd, omgekeerdeNormen)).toStrictEqual(
        berekenSignaallijst(invoer, normen),
      );
    });
  });
});
