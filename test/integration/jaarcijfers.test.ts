import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestExtract } from '../../shared/ingest/ingest-extract.ts';
import { operator } from '../../shared/app/gebruiker.ts';
import { getJaaroverzicht } from '../../shared/app/lezen/get-jaaroverzicht.ts';
import { normenGrondslag, type NormenInGebruik } from '../../shared/app/normen/normen-in-gebruik.ts';
import { STANDAARD_NORMEN } from '../../shared/norms/standaard-normen.ts';
import { normenHash } from '../../shared/norms/normen-hash.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import { ANDERE_REGIO, REGIO_2022, schrijfJaar2022, STAND, VERWACHT_2022 } from '../support/jaar-2022.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';

/**
 * The constructed year 2022 (test/support/jaar-2022.ts) ingested as real CSV extracts into the
 * store, read back through the store interface and computed: the figures of the published
 * uitvoeringsverslag come out.
 */
let t: TestStore;
let dir: string;
const R = REGIO_2022 as RegioCode;
const NORMEN: NormenInGebruik = {
  normen: STANDAARD_NORMEN,
  bron: { soort: 'standaard' },
  hash: normenHash(STANDAARD_NORMEN),
};
/** The year figures through the application layer, as every front end asks them. */
const jaaroverzicht = (regio: RegioCode, jaar: number) =>
  getJaaroverzicht(
    { store: t.store, normen: NORMEN, now: () => new Date('2026-11-25T12:00:00Z') },
    { gebruiker: operator('test'), regio, jaar },
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zp-jaar-'));
  t = await createTestStore();
  for (const pad of await schrijfJaar2022(dir)) {
    const rapport = await ingestExtract({ naam: basename(pad), bytes: await readFile(pad) }, t.context);
    expect(rapport.fouten).toStrictEqual([]);
    expect(rapport.status, basename(pad)).toBe('verwerkt');
  }
  await t.store.seinen.saveSeinOordeel({
    regio: R,
    jaar: 2022,
    sein: 'keuze_leveringsvormen',
    kleur: 'groen',
    toelichting: 'Eerste inschatting, later herzien',
    auteur: 'Analist',
    tijdstip: '2023-03-01T09:00:00.000Z',
  });
  await t.store.seinen.saveSeinOordeel({
    regio: R,
    jaar: 2022,
    sein: 'keuze_leveringsvormen',
    kleur: 'oranje',
    toelichting: 'Thuis als het kan: vaker MPT of VPT dan het geïndiceerde verblijf',
    auteur: 'Manager Zorg',
    tijdstip: '2023-05-10T09:00:00.000Z',
  });
  await t.store.seinen.saveSeinOordeel({
    regio: R,
    jaar: 2021,
    sein: 'continuiteit_van_zorg',
    kleur: 'oranje',
    toelichting: 'Een aanbieder ging failliet',
    auteur: 'Manager Zorg',
    tijdstip: '2022-04-01T09:00:00.000Z',
  });
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  if (t) await rm(t.dataDir, { recursive: true, force: true });
});

describe('year figures from ingested extracts (contracts §3.4)', () => {
  it('reproduce the published 2022 figures: pgb 85,05% oranje, MAZ verblijf 91,34%', async () => {
    const json = await jaaroverzicht(R, 2022);
    expect(json.pgb).toStrictEqual(VERWACHT_2022.pgb);
    expect(json.maz).toStrictEqual(VERWACHT_2022.maz);
    expect(Object.keys(json.maz.perLeveringsvorm)).toStrictEqual(['verblijf', 'vpt', 'mpt', 'pgb']);
    expect(json.tijdigeZorg).toStrictEqual(VERWACHT_2022.tijdigeZorg);
    expect(json.seinen).toStrictEqual(VERWACHT_2022.seinen);
    expect(json.oordelen).toStrictEqual([
      {
        sein: 'keuze_leveringsvormen',
        kleur: 'oranje',
        toelichting: 'Thuis als het kan: vaker MPT of VPT dan het geïndiceerde verblijf',
        door: 'Manager Zorg',
        op: '2023-05-10T09:00:00.000Z',
      },
    ]);
  });

  it('says what they rest on: newest peildata and the monthly snapshots used', async () => {
    const { basis } = await jaaroverzicht(R, 2022);
    expect(basis.normen).toStrictEqual(normenGrondslag(NORMEN));
    expect(basis.peildata).toStrictEqual({ wachtlijst: STAND, pgb: STAND, maz: STAND });
    expect(basis.momentopnamen.map((m) => m.maand)).toStrictEqual(
      Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`),
    );
    expect(basis.momentopnamen[6]).toStrictEqual({ maand: '2022-07', peildatum: '2022-07-31' });
  });

  it('the neighbouring years get the items due in them, and nothing of 2022', async () => {
    const j2023 = await jaaroverzicht(R, 2023);
    expect(j2023.pgb).toStrictEqual({ tijdig: 15, teLaat: 0, percentageTijdig: 100 });
    expect(j2023.maz).toStrictEqual({
      perLeveringsvorm: {
        verblijf: { tijdig: 0, teLaat: 1, percentageTijdig: 0 },
        dtv: { tijdig: 2, teLaat: 0, percentageTijdig: 100 },
      },
      totaal: { tijdig: 2, teLaat: 1, percentageTijdig: 66.67 },
    });
    expect(j2023.tijdigeZorg).toStrictEqual({ binnen: 0, totaal: 50, percentage: 0 });
    expect(j2023.oordelen).toStrictEqual([]);

    const j2021 = await jaaroverzicht(R, 2021);
    expect(j2021.pgb).toStrictEqual({ tijdig: 25, teLaat: 0, percentageTijdig: 100 });
    expect(j2021.maz.perLeveringsvorm).toStrictEqual({
      dtv: { tijdig: 3, teLaat: 0, percentageTijdig: 100 },
    });
    expect(j2021.oordelen.map((o) => o.sein)).toStrictEqual(['continuiteit_van_zorg']);
  });

  it('another region in the same files keeps its own figures', async () => {
    const json = await jaaroverzicht(ANDERE_REGIO as RegioCode, 2022);
    expect(json.pgb).toStrictEqual({ tijdig: 0, teLaat: 50, percentageTijdig: 0 });
    expect(json.maz.totaal).toStrictEqual({ tijdig: 0, teLaat: 40, percentageTijdig: 0 });
    expect(json.tijdigeZorg).toStrictEqual({ binnen: 0, totaal: 120, percentage: 0 });
    expect(json.oordelen).toStrictEqual([]);
  });
});
