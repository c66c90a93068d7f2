import { readFile, rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestExtract } from '../../shared/ingest/ingest-extract.ts';
import { foutRegels } from '../../shared/extracts/ingest-rapport.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import { MAX_LOG_BYTES } from '../../shared/storage/extract-log-omvang.ts';
import { csv, PGB_KOP } from '../support/csv-text.ts';
import { P } from '../support/extract-parse.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';

/**
 * Files whose header, warnings or errors would not fit in one DynamoDB item (400 KB) are
 * ingested through the real store (dynalite enforces the item limit) without
 * "Item size has exceeded…": their log entry is capped by size.
 */
const opruimen: string[] = [];

afterEach(async () => {
  await Promise.all(opruimen.splice(0).map((pad) => rm(pad, { recursive: true, force: true })));
});

async function store(): Promise<TestStore> {
  const t = await createTestStore();
  opruimen.push(t.dataDir);
  return t;
}

async function ingest(t: TestStore, text: string, naam: string) {
  return ingestExtract({ naam, bytes: Buffer.from(text) }, t.context);
}

async function archivedReport(rapport: { archief?: string | undefined }): Promise<string> {
  if (!rapport.archief) throw new Error('no archive');
  return readFile(`${rapport.archief}.rapport.json`, 'utf8');
}

describe('ingest: a header no store item could hold', () => {
  it('10,000 unknown columns: accepted, with one capped warning in the report and the log', async () => {
    const t = await store();
    const extra = Array.from({ length: 10_000 }, (_, i) => `onbekende_kolom_met_een_lange_naam_${i}`);
    const text = csv([
      [...PGB_KOP, ...extra],
      [...P(), ...extra.map(() => '')],
      [...P({ aanvraag_id: 'A-2' }), ...extra.map(() => 'x')],
    ]);
    expect(text.length).toBeGreaterThan(400_000);
    const rapport = await ingest(t, text, 'breed.csv');
    expect(rapport.status).toBe('verwerkt');
    expect(rapport.rijen).toBe(2);
    expect(rapport.waarschuwingen).toHaveLength(1);
    expect(rapport.waarschuwingen[0]).toMatch(
      /^10\.000 onbekende kolommen worden genegeerd: "onbekende_kolom_met_een_lange_naam_0", .*, …$/,
    );
    expect((await t.store.extractData.getPgbStand('5517' as RegioCode)).regels).toHaveLength(2);
    const log = await t.store.extractLog.getExtractLog(rapport.hash);
    expect(log).toMatchObject({ status: 'verwerkt', waarschuwingen: rapport.waarschuwingen });
    expect((await archivedReport(rapport)).length).toBeLessThan(5_000);
  });

  it('a 500 kB column name: accepted, the name shown shortened', async () => {
    const t = await store();
    const naam = 'x'.repeat(500_000);
    const rapport = await ingest(
      t,
      csv([
        [...PGB_KOP, naam],
        [...P(), 'iets'],
      ]),
      'lange-naam.csv',
    );
    expect(rapport.status).toBe('verwerkt');
    expect(rapport.waarschuwingen).toEqual([`onbekende kolom "${'x'.repeat(60)}…" wordt genegeerd`]);
    expect((await t.store.extractLog.getExtractLog(rapport.hash))?.waarschuwingen).toEqual(
      rapport.waarschuwingen,
    );
  });

  it('a refused file with a 500 kB column name and many bad rows: refused in Dutch, log entry stored', async () => {
    const t = await store();
    const naam = 'y'.repeat(500_000);
    const rows = Array.from({ length: 2_000 }, (_, i) => [
      ...P({ aanvraag_id: `A-${i}`, sector: `S${i}` }),
      'x',
    ]);
    const rapport = await ingest(t, csv([[...PGB_KOP, naam, 'bsn'], ...rows]), 'fout.csv');
    expect(rapport.status).toBe('afgewezen');
    expect(rapport.foutAantal).toBe(2_001);
    const log = await t.store.extractLog.getExtractLog(rapport.hash);
    expect(log).toMatchObject({ status: 'afgewezen', foutAantal: 2_001 });
    expect(log?.foutSamenvatting?.map((g) => [g.kolom, g.aantal])).toEqual([
      ['bsn', 1],
      ['sector', 2_000],
    ]);
    expect(foutRegels(rapport).at(-1)).toBe(
      '… en nog 1.980 fouten van dit soort in kolom sector: onbekende sector; toegestaan: VV (V&V), GHZ (GZ, VG, LG, ZG), GGZ',
    );
  });
});

describe('ingest log: an entry is capped by size, not only by count', () => {
  it('errors, summary and warnings that would exceed 400 KB are stored within the budget', async () => {
    const t = await store();
    const lang = 'z'.repeat(5_000);
    await t.store.extractLog.recordAfgewezen({
      hash: 'a'.repeat(64),
      bestandsnaam: 'groot.csv',
      soort: 'pgb',
      regios: ['5517' as RegioCode],
      peildatum: undefined,
      rijen: 200,
      status: 'afgewezen',
      fouten: Array.from({ length: 200 }, (_, i) => ({
        rij: i + 2,
        kolom: 'sector',
        waarde: 'x',
        reden: lang,
      })),
      foutAantal: 1_000_000,
      foutSamenvatting: Array.from({ length: 200 }, (_, i) => ({
        kolom: `k${i}`,
        reden: lang,
        aantal: 5_000,
        eersteRijen: [i + 2],
      })),
      waarschuwingen: Array.from({ length: 100 }, () => lang),
      ontvangenOp: '2026-11-25T10:00:00.000Z',
      bijgewerktOp: '2026-11-25T10:00:00.000Z',
      pogingen: 0,
      generatie: 0,
    });
    const log = await t.store.extractLog.getExtractLog('a'.repeat(64));
    expect(log?.foutAantal).toBe(1_000_000);
    expect(JSON.stringify(log?.fouten).length).toBeLessThanOrEqual(MAX_LOG_BYTES.fouten);
    expect(log?.fouten.length).toBeGreaterThan(10);
    expect(JSON.stringify(log?.foutSamenvatting).length).toBeLessThanOrEqual(MAX_LOG_BYTES.foutSamenvatting);
    expect(log?.waarschuwingen.at(-1)).toMatch(/^en nog \d+ waarschuwingen; zie het rapport in het archief$/);
    expect(JSON.stringify(log).length).toBeLessThan(300_000);
  });
});
