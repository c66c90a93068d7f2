import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app/app-error.ts';
import { listExtractLog } from '../../shared/app/extracten/list-extract-log.ts';
import { type Gebruiker, operator } from '../../shared/app/gebruiker.ts';
import { BerekeningCache } from '../../shared/app/lezen/berekening-cache.ts';
import { getIndicatoren } from '../../shared/app/lezen/get-indicatoren.ts';
import { getSeinenOverzicht } from '../../shared/app/lezen/get-seinen-overzicht.ts';
import { getSignaallijst } from '../../shared/app/lezen/get-signaallijst.ts';
import type { LeesDeps } from '../../shared/app/lezen/lees-deps.ts';
import type { NormenInGebruik } from '../../shared/app/normen/normen-in-gebruik.ts';
import { recordOordeel } from '../../shared/app/seinen/record-oordeel.ts';
import { setSeinAanpassing } from '../../shared/app/seinen/set-sein-aanpassing.ts';
import type { ToegangsRegistratie } from '../../shared/app/toegangslog.ts';
import { calendarMonth } from '../../shared/calendar/calendar-date.ts';
import { ingestExtract } from '../../shared/ingest/ingest-extract.ts';
import { normenHash } from '../../shared/norms/normen-hash.ts';
import { STANDAARD_NORMEN } from '../../shared/norms/standaard-normen.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import { createDynamoStore } from '../../shared/storage/dynamo/dynamo-zorgplicht-store.ts';
import { csv, MAZ_KOP, PGB_KOP, WACHTLIJST_KOP } from '../support/csv-text.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';

const R5517 = '5517' as RegioCode;
const R5521 = '5521' as RegioCode;
const AUG = calendarMonth('2023-08');
const NU = new Date('2023-09-15T10:00:00Z');
const now = () => NU;

const normen = (n = STANDAARD_NORMEN): NormenInGebruik => ({
  normen: n,
  bron: { soort: 'standaard' },
  hash: normenHash(n),
});
const zorgkantoor: Gebruiker = { id: 'zk', naam: 'Zorgkantoor 5517', rol: 'zorgkantoor', regios: [R5517] };
const toezicht: Gebruiker = { id: 'nza', naam: 'Toezicht', rol: 'toezicht', regios: [] };
const beheer = operator('Beheer');

let t: TestStore;
let lees: LeesDeps;

async function ingest(naam: string, text: string) {
  const rapport = await ingestExtract({ naam, bytes: Buffer.from(text) }, t.context);
  if (rapport.status !== 'verwerkt' && rapport.status !== 'afgewezen')
    throw new Error(`${naam}: ${rapport.status}`);
  return rapport;
}

async function fout(werk: Promise<unknown>): Promise<AppError> {
  const error: unknown = await werk.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  // Checked on the line above.
  return error as AppError;
}

beforeAll(async () => {
  t = await createTestStore({ now });
  lees = { store: t.store, normen: normen(), now, berekeningen: new BerekeningCache() };
  await ingest(
    'wachtlijst.csv',
    csv([
      [...WACHTLIJST_KOP],
      ['2023-08-31', '5517', 'C-1', 'VV', '', '7', '09', '2023-06-01', 'J', '', ''],
      ['2023-08-31', '5517', 'C-2', 'VV', '', '6', '01', '2023-08-30', 'N', '', ''],
      ['2023-08-31', '5521', 'C-9', 'VV', '', '7', '09', '2023-08-01', 'J', '', ''],
    ]),
  );
  await ingest(
    'pgb.csv',
    csv([[...PGB_KOP], ['2023-08-31', '5517', 'C-1', 'A-1', '', '2023-06-01', '2023-07-01', 'toegekend']]),
  );
  await ingest(
    'maz.csv',
    csv([[...MAZ_KOP], ['2023-08-31', '5517', 'C-1', 'M-1', '4', '2023-07-01', '2023-07-10', '']]),
  );
  await ingest(
    'fout.csv',
    csv([
      [...PGB_KOP],
      ['2023-08-31', '5517', 'C-GEHEIM-17', 'A-2', '', '2023-09-01', '', ''],
      ['2023-08-31', '5521', 'C-GEHEIM-21', 'A-3', '', '2023-09-01', '', ''],
    ]),
  );
}, 60_000);

afterAll(async () => {
  if (t) await rm(t.dataDir, { recursive: true, force: true });
});

describe('the role table (contracts §6), applied by the use cases themselves', () => {
  it('a zorgkantoor user sees its own regions only', async () => {
    expect(
      (await getIndicatoren(lees, { gebruiker: zorgkantoor, regio: R5517, maand: AUG })).indicatoren.regio,
    ).toBe(R5517);
    const error = await fout(getIndicatoren(lees, { gebruiker: zorgkantoor, regio: R5521, maand: AUG }));
    expect(error.code).toBe('NIET_TOEGESTAAN');
    expect(error.message).toContain('5521');
    const overzicht = await getSeinenOverzicht(lees, { gebruiker: zorgkantoor, maand: AUG });
    expect(overzicht?.regios.map((r) => r.regio)).toEqual([R5517]);
    expect(overzicht?.landelijk).toBeUndefined();
  });

  it('toezicht sees every region side by side with the national row, and never a client', async () => {
    const overzicht = await getSeinenOverzicht(lees, { gebruiker: toezicht, maand: AUG });
    expect(overzicht?.regios.map((r) => [r.regio, r.naam])).toEqual([
      [R5517, 'Zuid-Holland Noord'],
      [R5521, 'Rotterdam'],
    ]);
    expect(overzicht?.landelijk?.tellingen.tijdige_zorg).toEqual({ binnen: 2, totaal: 3 });
    const error = await fout(getSignaallijst(lees, { gebruiker: toezicht, regio: R5517 }));
    expect(error.code).toBe('NIET_TOEGESTAAN');
  });

  it('the 75%-lijst is written to the access log: who, which region, how many rows, never a client', async () => {
    const registraties: ToegangsRegistratie[] = [];
    const regels = await getSignaallijst(
      { ...lees, toegangslog: { record: async (r) => void registraties.push(r) } },
      { gebruiker: zorgkantoor, regio: R5517, kanaal: 'GET /api/signaallijst' },
    );
    expect(regels.length).toBeGreaterThan(0);
    expect(registraties).toEqual([
      {
        gebruiker: zorgkantoor,
        kanaal: 'GET /api/signaallijst',
        regio: R5517,
        aantal: regels.length,
        op: NU.toISOString(),
      },
    ]);
    expect(JSON.stringify(registraties)).not.toContain('C-1');
  });

  it('the ingest log: a zorgkantoor sees its own rows and errors; toezicht no values from files', async () => {
    const deps = { store: t.store, now };
    const voorZk = await listExtractLog(deps, { gebruiker: zorgkantoor });
    const foutZk = voorZk.find((r) => r.bestandsnaam === 'fout.csv');
    expect(foutZk?.regios).toEqual([R5517]);
    expect(foutZk?.fouten.map((f) => [f.regio, f.waarde])).toEqual([[R5517, '2023-09-01']]);
    expect(JSON.stringify(voorZk)).not.toContain('5521');

    const voorToezicht = await listExtractLog(deps, { gebruiker: toezicht });
    const foutToezicht = voorToezicht.find((r) => r.bestandsnaam === 'fout.csv');
    expect(foutToezicht?.fouten.map((f) => [f.regio, f.kolom, f.waarde])).toEqual([
      [R5517, 'ontvangstdatum', null],
      [R5521, 'ontvangstdatum', null],
    ]);
    expect(JSON.stringify(voorToezicht)).not.toMatch(/C-GEHEIM|2023-09-01/);

    const registraties: ToegangsRegistratie[] = [];
    await listExtractLog(
      { ...deps, toegangslog: { record: async (r) => void registraties.push(r) } },
      { gebruiker: beheer },
    );
    expect(registraties.map((r) => [r.kanaal, r.aantal])).toEqual([['extracten', 2]]);
  });
});

describe('overrides and judged seinen refuse nonsense', () => {
  const vraag = {
    gebruiker: beheer,
    regio: R5517,
    maand: AUG,
    sein: 'tijdige_zorg' as const,
    kleur: 'groen' as const,
    toelichting: 'Eenmalige piek door sluiting van een locatie',
  };
  const deps = () => ({ ...lees, store: t.store });

  it('only beheer may set one', async () => {
    expect((await fout(setSeinAanpassing(deps(), { ...vraag, gebruiker: zorgkantoor }))).code).toBe(
      'NIET_TOEGESTAAN',
    );
  });

  it('not for a month in the future, a region without data, or without a real toelichting', async () => {
    const toekomst = await fout(setSeinAanpassing(deps(), { ...vraag, maand: calendarMonth('2023-10') }));
    expect([toekomst.code, toekomst.message]).toEqual([
      'ONGELDIGE_INVOER',
      'Maand 2023-10 ligt in de toekomst (het is nu 2023-09).',
    ]);
    const geenData = await fout(setSeinAanpassing(deps(), { ...vraag, regio: '5501' as RegioCode }));
    expect(geenData.code).toBe('NIET_GEVONDEN');
    expect(geenData.message).toContain('5501 Groningen heeft nog geen gegevens');
    expect((await fout(setSeinAanpassing(deps(), { ...vraag, toelichting: 'ok' }))).code).toBe(
      'ONGELDIGE_INVOER',
    );
  });

  it('lifting an override that is not there is refused; one that is there is lifted', async () => {
    const niets = await fout(
      setSeinAanpassing(deps(), { ...vraag, sein: 'tijdige_pgb_toekenning', kleur: null }),
    );
    expect(niets.code).toBe('NIET_GEVONDEN');
    await setSeinAanpassing(deps(), vraag);
    let indicatoren = (await getIndicatoren(lees, { gebruiker: beheer, regio: R5517, maand: AUG }))
      .indicatoren;
    expect(indicatoren.seinen.tijdige_zorg).toMatchObject({ kleur: 'groen', aanpassing: { door: 'Beheer' } });
    await setSeinAanpassing(deps(), { ...vraag, kleur: null });
    indicatoren = (await getIndicatoren(lees, { gebruiker: beheer, regio: R5517, maand: AUG })).indicatoren;
    expect(indicatoren.seinen.tijdige_zorg).not.toHaveProperty('aanpassing');
  });

  it('a judged sein: not for a year that has not begun or a region without data; shown with the month', async () => {
    const base = {
      gebruiker: beheer,
      regio: R5517,
      jaar: 2023,
      sein: 'passende_zorg' as const,
      kleur: 'oranje' as const,
      toelichting: 'Te weinig passende plekken voor GGZ-cliënten',
    };
    const d = { store: t.store, now };
    expect((await fout(recordOordeel(d, { ...base, jaar: 2024 }))).code).toBe('ONGELDIGE_INVOER');
    expect((await fout(recordOordeel(d, { ...base, regio: '5501' as RegioCode }))).code).toBe(
      'NIET_GEVONDEN',
    );
    await recordOordeel(d, base);
    const { indicatoren } = await getIndicatoren(lees, { gebruiker: toezicht, regio: R5517, maand: AUG });
    expect(indicatoren.oordelen).toEqual([
      {
        sein: 'passende_zorg',
        kleur: 'oranje',
        toelichting: base.toelichting,
        door: 'Beheer',
        op: NU.toISOString(),
      },
    ]);
    const overzicht = await getSeinenOverzicht(lees, { gebruiker: toezicht, maand: AUG });
    expect(overzicht?.regios[0]?.oordelen.map((o) => o.sein)).toEqual(['passende_zorg']);
  });
});

describe('answers kept in memory never go stale', () => {
  it('other norms apply at once: they are part of the key', async () => {
    const voor = (await getIndicatoren(lees, { gebruiker: beheer, regio: R5517, maand: AUG })).indicatoren;
    const strenger = {
      ...STANDAARD_NORMEN,
      seinDrempels: { ...STANDAARD_NORMEN.seinDrempels, tijdige_zorg: 100 },
    };
    const na = (
      await getIndicatoren(
        { ...lees, normen: normen(strenger) },
        { gebruiker: beheer, regio: R5517, maand: AUG },
      )
    ).indicatoren;
    expect(voor.seinen.tijdige_zorg.drempel).toBe(95);
    expect(na.seinen.tijdige_zorg.drempel).toBe(100);
  });

  it('a change made by another process shows once its data version is read again', async () => {
    // Another process: its own store instance with its own caches.
    const ander = createDynamoStore(t.clients.document, t.tableName, { now, versheidMs: 150 });
    const anderLees: LeesDeps = { store: ander, normen: normen(), now, berekeningen: new BerekeningCache() };
    const telling = async () =>
      (await getIndicatoren(anderLees, { gebruiker: beheer, regio: R5521, maand: AUG })).indicatoren
        .wachtlijst.perSector.VV.actief_plaatsen.aantal;
    expect(await telling()).toBe(1);
    await ingest(
      'wachtlijst-v2.csv',
      csv([
        [...WACHTLIJST_KOP],
        ['2023-08-31', '5521', 'C-9', 'VV', '', '7', '09', '2023-08-01', 'J', '', ''],
        ['2023-08-31', '5521', 'C-8', 'VV', '', '7', '09', '2023-08-01', 'J', '', ''],
      ]),
    );
    // Within the freshness bound the other process may still answer from memory…
    await new Promise((resolve) => setTimeout(resolve, 200));
    // …after it, it sees the new snapshot.
    expect(await telling()).toBe(2);
  });
});
