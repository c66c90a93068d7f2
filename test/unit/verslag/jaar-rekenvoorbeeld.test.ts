import { describe, expect, it } from 'vitest';
import { renderJaaroverzichtTekst } from '../../../cli/render/jaaroverzicht-tekst.ts';
import { berekenJaarcijfers } from '../../../shared/verslag/jaarcijfers.ts';
import { STANDAARD_NORMEN } from '../../../shared/norms/standaard-normen.ts';
import { normenHash } from '../../../shared/norms/normen-hash.ts';
import type { SeinOordeel } from '../../../shared/seinen/sein-aanpassing.ts';
import { d, maz, pgb, R, wacht } from '../indicators/rekenvoorbeeld-regels.ts';

/** The worked example "Rekenvoorbeeld jaarcijfers" of docs/rekenregels.md, number for number. */
const P = d('2023-01-31');

let volgnummer = 0;
/** A group of `aantal` items with the same dates, each with its own id. */
const groep = <T>(aantal: number, maak: (id: string) => T): T[] =>
  Array.from({ length: aantal }, () => maak(`x${++volgnummer}`));

const A = wacht('A', 'VV', 'urgent_plaatsen', '01', '2022-03-25', true);
const B = wacht('B', 'VV', 'actief_plaatsen', '09', '2022-03-01', true);
const C = wacht('C', 'GHZ', 'actief_plaatsen', '10', '2022-02-01', true);
const D = wacht('D', 'VV', 'actief_plaatsen', '09', '2022-06-15', true);
const E = wacht('E', 'GGZ', 'wacht_op_voorkeur', '13', '2021-01-01', true);
const F = wacht('F', 'VV', 'urgent_plaatsen', '02', '2022-12-20', true);
const G = wacht('G', 'GHZ', 'actief_plaatsen', '10', '2022-10-01', true);

const oordeel = (
  jaar: number,
  sein: SeinOordeel['sein'],
  kleur: SeinOordeel['kleur'],
  op: string,
): SeinOordeel => ({
  regio: R,
  jaar,
  sein,
  kleur,
  toelichting: `Toelichting ${sein} ${op}`,
  auteur: 'Manager Zorg',
  tijdstip: op,
});

const invoer = {
  regio: R,
  jaar: 2022,
  momentopnamen: [
    {
      peildatum: d('2021-12-31'),
      regels: [wacht('X', 'VV', 'urgent_plaatsen', '01', '2021-11-01', true), E],
    },
    { peildatum: d('2022-03-31'), regels: [A, B, C, E] },
    { peildatum: d('2022-06-15'), regels: [B, C, E] },
    { peildatum: d('2022-06-30'), regels: [C, D, E] },
    { peildatum: d('2022-12-31'), regels: [F, G, E] },
    { peildatum: d('2023-01-31'), regels: [G, E] },
  ],
  nieuwsteWachtlijstPeildatum: d('2023-01-31'),
  pgb: {
    peildatum: P,
    regels: [
      ...groep(966, (id) => pgb(id, '2022-03-01', ['2022-04-05', 'toegekend'])), // A
      ...groep(50, (id) => pgb(id, '2022-06-01', ['2022-07-20', 'toegekend'])), // B
      ...groep(1, (id) => pgb(id, '2022-11-19', ['2022-12-31', 'toegekend'])), // C
      ...groep(1, (id) => pgb(id, '2022-11-20', ['2023-01-10', 'toegekend'])), // D
      ...groep(1, (id) => pgb(id, '2022-10-01')), // E
      ...groep(1, (id) => pgb(id, '2022-09-01', ['2022-09-20', 'ingetrokken'])), // F
      ...groep(1, (id) => pgb(id, '2021-11-20', ['2021-12-30', 'toegekend'])), // G
    ],
  },
  maz: {
    peildatum: P,
    regels: [
      ...groep(18, (id) => maz(id, 'verblijf', '2022-03-01', '2022-03-21')), // M1
      ...groep(2, (id) => maz(id, 'verblijf', '2022-05-01', '2022-06-15')), // M2
      ...groep(9, (id) => maz(id, 'pgb', '2022-02-01', '2022-06-01')), // M3
      ...groep(3, (id) => maz(id, 'pgb', '2022-06-01')), // M4
      ...groep(1, (id) => maz(id, 'vpt', '2022-12-15', '2023-01-20')), // M5
    ],
  },
  oordelen: [
    oordeel(2022, 'keuze_leveringsvormen', 'groen', '2023-03-01T09:00:00.000Z'),
    oordeel(2022, 'keuze_leveringsvormen', 'oranje', '2023-05-10T09:00:00.000Z'),
    oordeel(2022, 'passende_zorg', 'groen', '2023-04-01T09:00:00.000Z'),
    oordeel(2021, 'continuiteit_van_zorg', 'oranje', '2022-04-01T09:00:00.000Z'),
  ],
};

describe('the worked example of the year figures in docs/rekenregels.md', async () => {
  const normen = STANDAARD_NORMEN;
  const grondslag = { bron: 'standaard normenbestand', hash: normenHash(normen) };
  const json = berekenJaarcijfers(invoer, normen, grondslag);

  it('the JSON shown in the document', () => {
    const { basis, oordelen, ...cijfers } = json;
    expect(cijfers).toStrictEqual({
      regio: '5517',
      jaar: 2022,
      pgb: { tijdig: 968, teLaat: 51, percentageTijdig: 95 },
      maz: {
        perLeveringsvorm: {
          verblijf: { tijdig: 18, teLaat: 2, percentageTijdig: 90 },
          pgb: { tijdig: 9, teLaat: 3, percentageTijdig: 75 },
        },
        totaal: { tijdig: 27, teLaat: 5, percentageTijdig: 84.38 },
      },
      tijdigeZorg: { binnen: 6, totaal: 7, percentage: 85.71 },
      seinen: {
        tijdige_zorg: { waarde: 85.71, drempel: 95, kleur: 'oranje' },
        tijdige_pgb_toekenning: { waarde: 95, drempel: 95, kleur: 'oranje' },
        tijdige_eigen_bijdrage: { waarde: 84.38, drempel: 80, kleur: 'groen' },
      },
    });
    expect(oordelen.map((o) => [o.sein, o.kleur, o.op])).toStrictEqual([
      ['keuze_leveringsvormen', 'oranje', '2023-05-10T09:00:00.000Z'],
      ['passende_zorg', 'groen', '2023-04-01T09:00:00.000Z'],
    ]);
    expect(basis).toStrictEqual({
      normen: grondslag,
      peildata: { wachtlijst: '2023-01-31', pgb: '2023-01-31', maz: '2023-01-31' },
      momentopnamen: [
        { maand: '2022-03', peildatum: '2022-03-31' },
        { maand: '2022-06', peildatum: '2022-06-30' },
        { maand: '2022-12', peildatum: '2022-12-31' },
      ],
    });
  });

  it('the table says the same in Dutch formats', () => {
    const tekst = renderJaaroverzichtTekst(json);
    expect(tekst).toMatch(
      /Tijdige pgb-toekenning\s+95,00%\s+95%\s+▲ oranje\s+968 van 1\.019 besluiten tijdig/,
    );
    expect(tekst).toMatch(/Tijdige eigen bijdrage\s+84,38%\s+80%\s+✔ groen\s+27 van 32 MAZ tijdig verwerkt/);
    expect(tekst).toMatch(/Tijdige zorg\s+85,71%\s+95%\s+▲ oranje\s+6 van 7 cliëntmaanden/);
    expect(tekst).toMatch(/Keuze tussen leveringsvormen\s+▲ oranje\s+beoordeeld, zie toelichting/);
    expect(tekst).toMatch(/Continuïteit van zorg is gewaarborgd\s+\? onbekend\s+nog niet beoordeeld/);
    expect(tekst).toMatch(/Verblijf in een instelling\s+18\s+2\s+20\s+90,00%/);
    expect(tekst).toMatch(/Persoonsgebonden budget\s+9\s+3\s+12\s+75,00%/);
    expect(tekst).not.toContain('Volledig pakket thuis');
    expect(tekst).toContain(
      'Momentopnamen wachtlijst 2022 (3 van de 12 maanden): 31-03-2022, 30-06-2022, 31-12-2022',
    );
    expect(tekst).toContain(
      'Maanden zonder momentopname: januari, februari, april, mei, juli, augustus, september, oktober, november',
    );
  });
});
