import { describe, expect, it } from 'vitest';
import { renderJaaroverzichtTekst } from '../../../cli/render/jaaroverzicht-tekst.ts';
import { type CalendarDate, calendarDate } from '../../../shared/calendar/calendar-date.ts';
import type { MazMelding, PgbAanvraag, WachtlijstRegel } from '../../../shared/extracts/extract-rows.ts';
import { berekenJaarcijfers } from '../../../shared/indicators/jaarcijfers.ts';
import { loadNormenFile, STANDAARD_NORMEN_PAD } from '../../../shared/norms/load-normen.ts';
import { normenHash } from '../../../shared/norms/normen-hash.ts';
import type { Leveringsvorm } from '../../../shared/reference/leveringsvorm.ts';
import type { Sector } from '../../../shared/reference/sector.ts';
import type { Wachtstatus } from '../../../shared/reference/wachtstatus.ts';
import type { RegioCode } from '../../../shared/reference/zorgkantoorregio.ts';
import type { SeinOordeel } from '../../../shared/seinen/sein-aanpassing.ts';

/** The worked example "Rekenvoorbeeld jaarcijfers" of docs/rekenregels.md, number for number. */
const R = '5517' as RegioCode;
const d = (text: string): CalendarDate => calendarDate(text);
const P = d('2023-01-31');

let volgnummer = 0;
const groep = <T>(aantal: number, maak: (id: string) => T): T[] =>
  Array.from({ length: aantal }, () => maak(`x${++volgnummer}`));

const pgb = (
  aantal: number,
  ontvangst: string,
  besluit?: [string, NonNullable<PgbAanvraag['besluit']>],
): PgbAanvraag[] =>
  groep(aantal, (id) => ({
    regio: R,
    clientId: id,
    aanvraagId: id,
    ontvangstdatum: d(ontvangst),
    besluitdatum: besluit ? d(besluit[0]) : undefined,
    besluit: besluit?.[1],
  }));

const maz = (aantal: number, vorm: Leveringsvorm, aanvang: string, verwerkt?: string): MazMelding[] =>
  groep(aantal, (id) => ({
    regio: R,
    clientId: id,
    mazId: id,
    leveringsvorm: vorm,
    aanvangsdatumZorg: d(aanvang),
    verwerkingsdatumCak: verwerkt ? d(verwerkt) : undefined,
  }));

const wacht = (
  clientId: string,
  sector: Sector,
  wachtstatus: Wachtstatus,
  classificatie: string,
  ingang: string,
): WachtlijstRegel => ({
  regio: R,
  clientId,
  sector,
  wachtstatus,
  classificatie,
  ingangsdatumStatus: d(ingang),
  zorgTijdensWachten: true,
});

const A = wacht('A', 'VV', 'urgent_plaatsen', '01', '2022-03-25');
const B = wacht('B', 'VV', 'actief_plaatsen', '09', '2022-03-01');
const C = wacht('C', 'GHZ', 'actief_plaatsen', '10', '2022-02-01');
const D = wacht('D', 'VV', 'actief_plaatsen', '09', '2022-06-15');
const E = wacht('E', 'GGZ', 'wacht_op_voorkeur', '13', '2021-01-01');
const F = wacht('F', 'VV', 'urgent_plaatsen', '02', '2022-12-20');
const G = wacht('G', 'GHZ', 'actief_plaatsen', '10', '2022-10-01');

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
    { peildatum: d('2021-12-31'), regels: [wacht('X', 'VV', 'urgent_plaatsen', '01', '2021-11-01'), E] },
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
      ...pgb(966, '2022-03-01', ['2022-04-05', 'toegekend']), // A
      ...pgb(50, '2022-06-01', ['2022-07-20', 'toegekend']), // B
      ...pgb(1, '2022-11-19', ['2022-12-31', 'toegekend']), // C
      ...pgb(1, '2022-11-20', ['2023-01-10', 'toegekend']), // D
      ...pgb(1, '2022-10-01'), // E
      ...pgb(1, '2022-09-01', ['2022-09-20', 'ingetrokken']), // F
      ...pgb(1, '2021-11-20', ['2021-12-30', 'toegekend']), // G
    ],
  },
  maz: {
    peildatum: P,
    regels: [
      ...maz(18, 'verblijf', '2022-03-01', '2022-03-21'), // M1
      ...maz(2, 'verblijf', '2022-05-01', '2022-06-15'), // M2
      ...maz(9, 'pgb', '2022-02-01', '2022-06-01'), // M3
      ...maz(3, 'pgb', '2022-06-01'), // M4
      ...maz(1, 'vpt', '2022-12-15', '2023-01-20'), // M5
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
  const normen = await loadNormenFile(STANDAARD_NORMEN_PAD);
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
