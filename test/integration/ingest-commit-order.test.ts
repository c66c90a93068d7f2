import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { LokaleInbox } from '../../shared/archive/lokale-inbox.ts';
import { calendarDate } from '../../shared/calendar/calendar-date.ts';
import { ingestExtract } from '../../shared/ingest/ingest-extract.ts';
import { processInbox } from '../../shared/ingest/verwerk-inbox.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import { csv, WACHTLIJST_KOP } from '../support/csv-text.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';

const R5517 = '5517' as RegioCode;
const R5521 = '5521' as RegioCode;
const P = calendarDate('2023-08-31');

const opruimen: string[] = [];
afterEach(async () => {
  for (const dir of opruimen.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function store(options: Parameters<typeof createTestStore>[0] = {}): Promise<TestStore> {
  const t = await createTestStore(options);
  opruimen.push(t.dataDir);
  return t;
}

/** A wachtlijst file for (regio, 2023-08-31) with `aantal` clients named `<prefix>-<n>`. */
function snapshot(prefix: string, aantal: number, regios: readonly string[] = ['5517']): string {
  const rows: string[][] = [];
  for (const regio of regios) {
    for (let i = 0; i < aantal; i++) {
      rows.push([P, regio, `${prefix}-${i}`, 'VV', '', '7', '09', '2023-06-01', 'J', '', '']);
    }
  }
  return csv([[...WACHTLIJST_KOP], ...rows]);
}

const bron = (naam: string, text: string) => ({ naam, bytes: Buffer.from(text) });

async function visibleClients(t: TestStore, regio: RegioCode = R5517): Promise<string[] | undefined> {
  return (await t.store.extractData.getWachtlijst(regio, P))?.map((r) => r.clientId).sort();
}

async function pageKeys(t: TestStore): Promise<string[]> {
  const { Items = [] } = await t.clients.document.send(new ScanCommand({ TableName: t.tableName }));
  return Items.filter((i) => String(i.pk).startsWith('RIJEN#'))
    .map((i) => `${i.pk}|${i.sk}`)
    .sort();
}

const clients = (prefix: string, aantal: number) =>
  Array.from({ length: aantal }, (_, i) => `${prefix}-${i}`).sort();

/** A promise and the function that resolves it: to hold one ingest at a chosen step. */
function gate(): { open: () => void; wait: Promise<void> } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, wait };
}

describe('which of two deliveries for the same (region, peildatum) wins', () => {
  it('with the clock frozen (equal timestamps), the later commit wins and its snapshot is whole', async () => {
    const frozen = new Date('2024-01-10T08:00:00.000Z');
    const t = await store({ now: () => frozen });
    await ingestExtract(bron('a.csv', snapshot('A', 40)), t.context);
    await ingestExtract(bron('b.csv', snapshot('B', 30)), t.context);
    expect(await visibleClients(t)).toEqual(clients('B', 30));
    const zichtbaar = await t.store.extractLog.listZichtbareExtracten('wachtlijst');
    expect(zichtbaar.map((z) => [z.bestandsnaam, z.zichtbaarOp])).toEqual([
      ['a.csv', frozen.toISOString()],
      ['b.csv', frozen.toISOString()],
    ]);
    expect(zichtbaar[1]?.volgnummer).toBeGreaterThan(zichtbaar[0]?.volgnummer ?? Infinity);
    // Only B's pages are left for (5517, P): A can no longer win.
    expect((await pageKeys(t)).every((k) => k.includes(zichtbaar[1]?.versie ?? '?'))).toBe(true);
  });

  it('with the clock stepped back, the newer delivery still wins', async () => {
    let now = new Date('2024-01-10T10:00:00.000Z');
    const t = await store({ now: () => now });
    await ingestExtract(bron('a.csv', snapshot('A', 5)), t.context);
    now = new Date('2024-01-10T09:00:00.000Z');
    const b = await ingestExtract(bron('b.csv', snapshot('B', 7)), t.context);
    expect(b.status).toBe('verwerkt');
    expect(await visibleClients(t)).toEqual(clients('B', 7));
  });

  it.each([
    ['A commits first, B after', ['A', 'B'] as const],
    ['B commits first, A after', ['B', 'A'] as const],
  ])(
    'two ingests interleaved write-write-commit-commit (%s): exactly one whole snapshot',
    async (_naam, volgorde) => {
      const frozen = new Date('2024-01-10T08:00:00.000Z');
      const t = await store({ now: () => frozen, paginaBytes: 256 });
      const [eerste, tweede] = volgorde;
      // Both have written all their pages before either commits.
      const geschreven = { A: gate(), B: gate() };
      const mag = { A: gate(), B: gate() };
      const run = (wie: 'A' | 'B', aantal: number) =>
        ingestExtract(bron(`${wie}.csv`, snapshot(wie, aantal, ['5517', '5521'])), t.context, {
          onSchrijven: async (batches, totaal) => {
            if (batches < totaal) return;
            geschreven[wie].open();
            await mag[wie].wait;
          },
        });
      const a = run('A', 60);
      const b = run('B', 45);
      await Promise.all([geschreven.A.wait, geschreven.B.wait]);
      mag[eerste].open();
      const eersteUitkomst = await (eerste === 'A' ? a : b);
      mag[tweede].open();
      const tweedeUitkomst = await (tweede === 'A' ? a : b);
      expect([eersteUitkomst.status, tweedeUitkomst.status]).toEqual(['verwerkt', 'verwerkt']);

      const winnaar = tweede;
      const aantal = winnaar === 'A' ? 60 : 45;
      expect(await visibleClients(t, R5517)).toEqual(clients(winnaar, aantal));
      expect(await visibleClients(t, R5521)).toEqual(clients(winnaar, aantal));
    },
  );

  it('many concurrent ingests of different files: always exactly one whole snapshot visible', async () => {
    const frozen = new Date('2024-01-10T08:00:00.000Z');
    const t = await store({ now: () => frozen, paginaBytes: 512 });
    for (let ronde = 0; ronde < 5; ronde++) {
      const namen = ['X', 'Y', 'Z'].map((l) => `${l}${ronde}`);
      const uitkomsten = await Promise.all(
        namen.map((naam, i) => ingestExtract(bron(`${naam}.csv`, snapshot(naam, 20 + i * 7)), t.context)),
      );
      expect(uitkomsten.map((u) => u.status)).toEqual(['verwerkt', 'verwerkt', 'verwerkt']);
      const zichtbaar = await visibleClients(t);
      const kandidaten = namen.map((naam, i) => clients(naam, 20 + i * 7));
      expect(kandidaten).toContainEqual(zichtbaar);
      // The winner is the highest sequence number, and only its pages remain for (5517, P).
      const records = (await t.store.extractLog.listZichtbareExtracten('wachtlijst')).filter(
        (z) => z.peildatum === P,
      );
      const hoogste = records.at(-1);
      expect(zichtbaar?.[0]?.split('-')[0]).toBe(hoogste?.bestandsnaam.replace('.csv', ''));
      expect((await pageKeys(t)).every((k) => k.includes(hoogste?.versie ?? '?'))).toBe(true);
    }
  });
});

describe('a file that replaces a snapshot, and making an earlier file current again', () => {
  it('warns with both counts, and ingest --opnieuw brings the earlier file back whole', async () => {
    const t = await store();
    const heel = bron('okt.csv', snapshot('C', 5));
    const deel = bron('okt-correctie.csv', snapshot('D', 1));
    await ingestExtract(heel, t.context);
    const vervanging = await ingestExtract(deel, t.context);
    expect(vervanging.waarschuwingen).toContain(
      'vervangt de momentopname van 5517 op 31-08-2023: 5 → 1 cliënten (eerder: okt.csv)',
    );
    expect((await t.store.extractLog.getExtractLog(vervanging.hash))?.waarschuwingen).toEqual(
      vervanging.waarschuwingen,
    );
    expect(await visibleClients(t)).toEqual(['D-0']);

    // The same content again is a no-op…
    expect((await ingestExtract(heel, t.context)).status).toBe('al verwerkt');
    expect(await visibleClients(t)).toEqual(['D-0']);
    // …unless asked explicitly: then it is committed again, as a new generation.
    const opnieuw = await ingestExtract(heel, t.context, { opnieuw: true });
    expect(opnieuw).toMatchObject({ status: 'verwerkt', generatie: 1 });
    expect(opnieuw.waarschuwingen).toContain(
      'vervangt de momentopname van 5517 op 31-08-2023: 1 → 5 cliënten (eerder: okt-correctie.csv)',
    );
    expect(await visibleClients(t)).toEqual(clients('C', 5));
    expect(await t.store.extractLog.getExtractLog(opnieuw.hash)).toMatchObject({
      status: 'verwerkt',
      generatie: 1,
    });

    // And back again: each re-commit writes fresh pages that no earlier clean-up can touch.
    expect((await ingestExtract(deel, t.context, { opnieuw: true })).status).toBe('verwerkt');
    expect(await visibleClients(t)).toEqual(['D-0']);
    expect((await ingestExtract(heel, t.context, { opnieuw: true })).generatie).toBe(2);
    expect(await visibleClients(t)).toEqual(clients('C', 5));
  });

  it('--opnieuw on a file never seen before is an ordinary ingest', async () => {
    const t = await store();
    const uitkomst = await ingestExtract(bron('nieuw.csv', snapshot('N', 2)), t.context, { opnieuw: true });
    expect(uitkomst).toMatchObject({ status: 'verwerkt', generatie: 0 });
    expect(await visibleClients(t)).toEqual(clients('N', 2));
  });
});

describe('every outcome is recorded, also when the archive cannot be written', () => {
  async function blokkeerArchief(t: TestStore): Promise<() => Promise<void>> {
    // A file where the archive folder should be: writing below it fails with ENOTDIR.
    const pad = join(t.dataDir, 'archief');
    await writeFile(pad, 'geen map');
    return () => rm(pad);
  }

  it('a valid file stays in the inbox as onderbroken, nothing visible; the next run completes it', async () => {
    const t = await store();
    const inbox = new LokaleInbox(t.dataDir, { rustMs: 0, maxWachtMs: 0 });
    await mkdir(inbox.map, { recursive: true });
    await writeFile(join(inbox.map, 'okt.csv'), snapshot('E', 3));
    const herstel = await blokkeerArchief(t);

    const [eerste] = await processInbox(inbox, t.context);
    expect(eerste && 'rapport' in eerste && eerste.rapport).toMatchObject({
      status: 'onderbroken',
      omgevingsfout: true,
    });
    expect(await readdir(inbox.map)).toEqual(['okt.csv']);
    expect(await t.store.extractData.listWachtlijstPeildata(R5517)).toEqual([]);
    const [log] = await t.store.extractLog.listExtractLog();
    expect(log).toMatchObject({ bestandsnaam: 'okt.csv', status: 'onderbroken' });
    expect(log?.onderbrokenReden).toContain('een deel van dit pad is een bestand, geen map');

    await herstel();
    const [tweede] = await processInbox(inbox, t.context);
    expect(tweede && 'rapport' in tweede && tweede.rapport.status).toBe('verwerkt');
    expect(await readdir(inbox.map)).toEqual([]);
    expect(await visibleClients(t)).toEqual(clients('E', 3));
  });

  it('a refused file whose archive fails is recorded with its errors and stays in the inbox', async () => {
    const t = await store();
    const inbox = new LokaleInbox(t.dataDir, { rustMs: 0, maxWachtMs: 0 });
    await mkdir(inbox.map, { recursive: true });
    await writeFile(
      join(inbox.map, 'fout.csv'),
      csv([[...WACHTLIJST_KOP], [P, '5599', 'C-1', 'VV', '', '7', '09', '2023-06-01', 'J', '', '']]),
    );
    const herstel = await blokkeerArchief(t);
    const [uitkomst] = await processInbox(inbox, t.context);
    expect(uitkomst && 'rapport' in uitkomst && uitkomst.rapport).toMatchObject({
      status: 'onderbroken',
      fouten: [expect.objectContaining({ rij: 2, kolom: 'zorgkantoorregio' })],
    });
    const [log] = await t.store.extractLog.listExtractLog();
    expect(log).toMatchObject({ status: 'onderbroken', foutAantal: 1 });
    expect(log?.onderbrokenReden).toContain('Het afgewezen bestand kon niet worden gearchiveerd');
    expect(await readdir(inbox.map)).toEqual(['fout.csv']);

    await herstel();
    const [opnieuw] = await processInbox(inbox, t.context);
    expect(opnieuw && 'rapport' in opnieuw && opnieuw.rapport.status).toBe('afgewezen');
    expect(await readdir(inbox.map)).toEqual([]);
  });
});
