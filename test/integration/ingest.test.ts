import { readdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { calendarDate, todayInAmsterdam } from '../../shared/calendar/calendar-date.ts';
import { parseExtract } from '../../shared/extracts/parse-extract.ts';
import { ingestExtract, sha256 } from '../../shared/ingest/ingest-extract.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import { chunksOf, csv, MAZ_KOP, PGB_KOP, WACHTLIJST_KOP } from '../support/csv-text.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';

const R5517 = '5517' as RegioCode;
const R5521 = '5521' as RegioCode;

function wachtlijst(peildatum: string, rows: Array<[string, string, string, string, string]>): string {
  // [regio, client_id, wachtstatus, classificatie, ingangsdatum_status]
  return csv([
    [...WACHTLIJST_KOP],
    ...rows.map(([regio, client, status, klass, ingang]) => [
      peildatum,
      regio,
      client,
      'VV',
      '',
      status,
      klass,
      ingang,
      'J',
      '',
      '',
    ]),
  ]);
}

function pgb(peildatum: string, rows: Array<[string, string, string, string?, string?]>): string {
  // [regio, aanvraag_id, ontvangstdatum, besluitdatum, besluit]
  return csv([
    [...PGB_KOP],
    ...rows.map(([regio, id, ontvangst, besluitdatum = '', besluit = '']) => [
      peildatum,
      regio,
      `C-${id}`,
      id,
      '',
      ontvangst,
      besluitdatum,
      besluit,
    ]),
  ]);
}

function maz(peildatum: string, rows: Array<[string, string, string, string, string?]>): string {
  // [regio, maz_id, leveringsvorm, aanvangsdatum, verwerkingsdatum]
  return csv([
    [...MAZ_KOP],
    ...rows.map(([regio, id, vorm, aanvang, verwerkt = '']) => [
      peildatum,
      regio,
      `C-${id}`,
      id,
      vorm,
      aanvang,
      verwerkt,
      '',
    ]),
  ]);
}

async function ingest(t: TestStore, text: string, name = 'extract.csv') {
  return ingestExtract({ naam: name, bytes: Buffer.from(text) }, t.context);
}

/** Everything in the table except the ingest log's timestamps, for comparing two stores. */
async function dataItems(t: TestStore): Promise<string[]> {
  const { Items = [] } = await t.clients.document.send(new ScanCommand({ TableName: t.tableName }));
  return Items.filter((i) => String(i.pk).startsWith('RIJEN#'))
    .map((i) => JSON.stringify([i.pk, i.sk, i.rijen]))
    .sort();
}

async function visibleState(t: TestStore, regios: RegioCode[]) {
  const state: Record<string, unknown> = {};
  for (const regio of regios) {
    const peildata = await t.store.extractData.listWachtlijstPeildata(regio);
    state[`${regio}/wachtlijst`] = await Promise.all(
      peildata.map(async (p) => [p, await t.store.extractData.getWachtlijst(regio, p)]),
    );
    const pgbStand = await t.store.extractData.getPgbStand(regio);
    state[`${regio}/pgb`] = {
      ...pgbStand,
      regels: [...pgbStand.regels].sort((a, b) => a.aanvraagId.localeCompare(b.aanvraagId)),
    };
    const mazStand = await t.store.extractData.getMazStand(regio);
    state[`${regio}/maz`] = {
      ...mazStand,
      regels: [...mazStand.regels].sort((a, b) => a.mazId.localeCompare(b.mazId)),
    };
  }
  return state;
}

describe('ingest: each kind lands in the store', () => {
  it('a wachtlijst extract with two regions', async () => {
    const t = await createTestStore();
    const rapport = await ingest(
      t,
      wachtlijst('2023-08-28', [
        ['5517', 'C-1', '6', '01', '2023-08-20'],
        ['5517', 'C-2', '7', '09', '2023-06-01'],
        ['5521', 'C-1', '2', '13', '2022-01-01'],
      ]),
    );
    expect(rapport).toMatchObject({
      status: 'verwerkt',
      soort: 'wachtlijst',
      regios: ['5517', '5521'],
      peildatum: '2023-08-28',
      rijen: 3,
      fouten: [],
    });
    expect(await t.store.extractData.listWachtlijstPeildata(R5517)).toEqual(['2023-08-28']);
    const rows = await t.store.extractData.getWachtlijst(R5517, calendarDate('2023-08-28'));
    expect(rows?.map((r) => [r.clientId, r.wachtstatus, r.classificatie, r.ingangsdatumStatus])).toEqual([
      ['C-1', 'urgent_plaatsen', '01', '2023-08-20'],
      ['C-2', 'actief_plaatsen', '09', '2023-06-01'],
    ]);
    expect((await t.store.extractData.getWachtlijst(R5521, calendarDate('2023-08-28')))?.[0]).toMatchObject({
      regio: '5521',
      clientId: 'C-1',
      wachtstatus: 'wacht_op_voorkeur',
      sector: 'VV',
      zorgTijdensWachten: true,
    });
    expect(await t.store.extractData.getWachtlijst(R5517, calendarDate('2023-07-31'))).toBeUndefined();
  });

  it('a pgb extract', async () => {
    const t = await createTestStore();
    const rapport = await ingest(
      t,
      pgb('2023-08-31', [
        ['5517', 'A-1', '2023-07-01'],
        ['5517', 'A-2', '2023-06-01', '2023-07-20', 'toegekend'],
      ]),
    );
    expect(rapport.status).toBe('verwerkt');
    const stand = await t.store.extractData.getPgbStand(R5517);
    expect(stand.peildatum).toBe('2023-08-31');
    expect(stand.regels).toHaveLength(2);
    expect(stand.regels.find((r) => r.aanvraagId === 'A-2')).toMatchObject({
      besluitdatum: '2023-07-20',
      besluit: 'toegekend',
    });
    expect((await t.store.extractData.getPgbStand(R5521)).peildatum).toBeNull();
  });

  it('a maz extract', async () => {
    const t = await createTestStore();
    await ingest(
      t,
      maz('2023-08-31', [
        ['5517', 'M-1', '4', '2023-08-01', '2023-08-10'],
        ['5517', 'M-2', 'pgb', '2023-07-01'],
      ]),
    );
    const stand = await t.store.extractData.getMazStand(R5517);
    expect(stand.peildatum).toBe('2023-08-31');
    expect(stand.regels.map((r) => [r.mazId, r.leveringsvorm, r.verwerkingsdatumCak ?? null])).toEqual([
      ['M-1', 'verblijf', '2023-08-10'],
      ['M-2', 'pgb', null],
    ]);
  });
});

describe('ingest: a file with an error is refused and nothing of it becomes visible', () => {
  const bad: Array<[string, string, string]> = [
    [
      'an unknown region',
      wachtlijst('2023-08-28', [
        ['5517', 'C-1', '6', '01', '2023-08-20'],
        ['5599', 'C-2', '6', '01', '2023-08-20'],
      ]),
      'rij 3, kolom zorgkantoorregio',
    ],
    [
      'a BSN as client_id',
      wachtlijst('2023-08-28', [['5517', '111222333', '6', '01', '2023-08-20']]),
      'rij 2, kolom client_id',
    ],
    [
      'a status/classificatie mismatch',
      wachtlijst('2023-08-28', [['5517', 'C-1', '6', '09', '2023-08-20']]),
      'rij 2, kolom classificatie',
    ],
    [
      'a start after the peildatum',
      wachtlijst('2023-08-28', [['5517', 'C-1', '7', '09', '2023-09-20']]),
      'rij 2, kolom ingangsdatum_status',
    ],
    [
      'a duplicate client',
      wachtlijst('2023-08-28', [
        ['5517', 'C-1', '7', '09', '2023-08-01'],
        ['5517', 'C-1', '7', '10', '2023-08-01'],
      ]),
      'rij 3, kolom client_id',
    ],
    [
      'a decision without besluit',
      pgb('2023-08-31', [['5517', 'A-1', '2023-07-01', '2023-08-01']]),
      'rij 2, kolom besluit',
    ],
    [
      'an end before the start',
      maz('2023-08-31', [['5517', 'M-1', '4', '2023-08-10', '2023-08-01']]),
      'rij 2, kolom verwerkingsdatum_cak',
    ],
    [
      'an unknown leveringsvorm',
      maz('2023-08-31', [['5517', 'M-1', '6', '2023-08-10']]),
      'rij 2, kolom leveringsvorm',
    ],
    [
      'two peildata',
      `${pgb('2023-08-31', [
        ['5517', 'A-1', '2023-07-01'],
        ['5517', 'A-3', '2023-07-01'],
      ])}2023-08-30,5517,C-2,A-2,,2023-07-01,,\n`,
      'rij 4, kolom peildatum',
    ],
    ['a header of no kind', 'a;b\n1;2\n', 'rij 1'],
    ['an empty file', '', 'het bestand is leeg'],
  ];

  it.each(bad)('%s', async (_name, text, expectedError) => {
    const t = await createTestStore();
    // Something visible before, to see it is untouched.
    await ingest(t, wachtlijst('2023-07-31', [['5517', 'C-0', '7', '09', '2023-07-01']]), 'eerder.csv');
    await ingest(t, pgb('2023-07-31', [['5517', 'A-0', '2023-07-01']]), 'eerder-pgb.csv');
    const before = await visibleState(t, [R5517]);
    const itemsBefore = await dataItems(t);

    const rapport = await ingest(t, text, 'fout.csv');

    expect(rapport.status).toBe('afgewezen');
    expect(rapport.fouten.map((f) => `rij ${f.rij}, kolom ${f.kolom}: ${f.reden}`).join('\n')).toContain(
      expectedError.replace(/^rij 1$/, 'rij 1, kolom null'),
    );
    expect(await visibleState(t, [R5517])).toEqual(before);
    expect(await dataItems(t)).toEqual(itemsBefore);
    const log = await t.store.extractLog.getExtractLog(rapport.hash);
    expect(log).toMatchObject({
      status: 'afgewezen',
      bestandsnaam: 'fout.csv',
      foutAantal: rapport.fouten.length,
    });
    expect(JSON.stringify(log)).not.toContain('111222333');
  });
});

describe('ingest: the same content again is a no-op', () => {
  it('reports al verwerkt and changes nothing', async () => {
    const t = await createTestStore();
    const text = wachtlijst('2023-08-28', [['5517', 'C-1', '6', '01', '2023-08-20']]);
    const first = await ingest(t, text, 'a.csv');
    const items = await dataItems(t);
    const visible = await t.store.extractLog.listZichtbareExtracten('wachtlijst');
    const again = await ingest(t, text, 'kopie-van-a.csv');
    expect(first.status).toBe('verwerkt');
    expect(again).toMatchObject({ status: 'al verwerkt', hash: first.hash, rijen: 1, soort: 'wachtlijst' });
    expect(await dataItems(t)).toEqual(items);
    expect(await t.store.extractLog.listZichtbareExtracten('wachtlijst')).toEqual(visible);
  });

  it('a refused file refused again stays refused and counts its attempts', async () => {
    const t = await createTestStore();
    const text = wachtlijst('2023-08-28', [['5599', 'C-1', '6', '01', '2023-08-20']]);
    const first = await ingest(t, text);
    const second = await ingest(t, text);
    expect(second.status).toBe('afgewezen');
    expect((await t.store.extractLog.getExtractLog(first.hash))?.pogingen).toBe(2);
  });
});

describe('ingest: a crash half-way leaves the previous state, and a rerun completes it', () => {
  const regios = [R5517, R5521];
  const rows = Array.from({ length: 400 }, (_, i): [string, string, string, string, string] => [
    i % 2 === 0 ? '5517' : '5521',
    `C-${String(i).padStart(4, '0')}`,
    '7',
    '09',
    '2023-06-01',
  ]);
  const text = wachtlijst('2023-08-28', rows);
  // Small pages so that the file needs several BatchWrite calls.
  const options = { paginaBytes: 256 };

  it('a failure after two batches: nothing visible; the rerun equals a clean ingest', async () => {
    const clean = await createTestStore(options);
    await ingest(clean, wachtlijst('2023-07-31', [['5517', 'C-0', '7', '09', '2023-07-01']]));
    await ingest(clean, text);

    const t = await createTestStore(options);
    await ingest(t, wachtlijst('2023-07-31', [['5517', 'C-0', '7', '09', '2023-07-01']]));
    const before = await visibleState(t, regios);
    const bron = { naam: 'groot.csv', bytes: Buffer.from(text) };
    let totalBatches = 0;
    const broken = await ingestExtract(bron, t.context, {
      onSchrijven: (written, total) => {
        totalBatches = total;
        if (written === 2) throw new Error('gesimuleerde crash');
      },
    });
    expect(broken).toMatchObject({ status: 'onderbroken', omgevingsfout: false });
    expect(broken.reden).toContain('Het extract kon niet worden opgeslagen');
    expect(totalBatches).toBeGreaterThan(3);
    expect(await visibleState(t, regios)).toEqual(before);
    const [latest] = await t.store.extractLog.listExtractLog();
    expect(latest).toMatchObject({ bestandsnaam: 'groot.csv', status: 'onderbroken' });

    const rerun = await ingestExtract(bron, t.context);
    expect(rerun.status).toBe('verwerkt');
    expect(await visibleState(t, regios)).toEqual(await visibleState(clean, regios));
    expect(await dataItems(t)).toEqual(await dataItems(clean));
    expect((await t.store.extractLog.getExtractLog(rerun.hash))?.pogingen).toBe(2);
  });

  it('a killed process (its claim left behind) is taken over by the rerun', async () => {
    const t = await createTestStore(options);
    const bytes = Buffer.from(text);
    const parsed = await parseExtract(chunksOf(bytes), { vandaag: todayInAmsterdam() });
    if (!parsed.ok) throw new Error('fixture invalid');
    const hash = sha256(bytes);
    const dead = {
      poging: 'dood',
      host: hostname(),
      pid: 2 ** 22 + 12345,
      totUiterlijk: '2999-01-01T00:00:00.000Z',
    };
    const now = new Date().toISOString();
    const regel = {
      hash,
      bestandsnaam: 'groot.csv',
      soort: parsed.extract.soort,
      regios: parsed.extract.regios,
      peildatum: parsed.extract.peildatum,
      rijen: parsed.extract.rijen,
      status: 'bezig' as const,
      fouten: [],
      foutAantal: 0,
      waarschuwingen: [],
      ontvangenOp: now,
      bijgewerktOp: now,
      pogingen: 0,
      generatie: 0,
    };
    expect((await t.store.extractLog.beginIngest(regel, dead, () => true)).soort).toBe('begonnen');
    // The "killed" process wrote part of the rows and never committed.
    let batches = 0;
    await t.store.extractData
      .writeExtractRows(hash, parsed.extract, {
        onBatch: () => {
          if (++batches === 1) throw new Error('kill');
        },
      })
      .catch(() => undefined);
    expect(await t.store.extractData.listWachtlijstPeildata(R5517)).toEqual([]);

    // While the owner might be alive, another process leaves the file alone.
    const busy = await createTestStore(options);
    expect((await busy.store.extractLog.beginIngest(regel, dead, () => true)).soort).toBe('begonnen');
    expect((await busy.store.extractLog.beginIngest(regel, { ...dead, poging: 'x' }, () => true)).soort).toBe(
      'bezig',
    );

    const rerun = await ingestExtract({ naam: 'groot.csv', bytes }, t.context);
    expect(rerun.status).toBe('verwerkt');
    expect((await t.store.extractData.getWachtlijst(R5517, calendarDate('2023-08-28')))?.length).toBe(200);
    expect((await t.store.extractData.getWachtlijst(R5521, calendarDate('2023-08-28')))?.length).toBe(200);
  });
});

describe('ingest: pgb and MAZ are upserted by id, the latest peildatum wins', () => {
  it('pgb: later peildatum wins in any arrival order; absent applications are kept', async () => {
    const t = await createTestStore();
    await ingest(
      t,
      pgb('2023-08-31', [
        ['5517', 'A-1', '2023-07-01', '2023-08-20', 'toegekend'],
        ['5517', 'A-3', '2023-08-15'],
      ]),
      'aug.csv',
    );
    // An older extract arriving late does not overwrite newer rows.
    await ingest(
      t,
      pgb('2023-07-31', [
        ['5517', 'A-1', '2023-07-01'],
        ['5517', 'A-2', '2023-06-01', '2023-07-10', 'afgewezen'],
      ]),
      'jul.csv',
    );
    let stand = await t.store.extractData.getPgbStand(R5517);
    expect(stand.peildatum).toBe('2023-08-31');
    expect(Object.fromEntries(stand.regels.map((r) => [r.aanvraagId, r.besluit ?? 'open']))).toEqual({
      'A-1': 'toegekend',
      'A-2': 'afgewezen',
      'A-3': 'open',
    });

    await ingest(
      t,
      pgb('2023-09-30', [['5517', 'A-3', '2023-08-15', '2023-09-20', 'ingetrokken']]),
      'sep.csv',
    );
    stand = await t.store.extractData.getPgbStand(R5517);
    expect(stand.peildatum).toBe('2023-09-30');
    expect(stand.regels.find((r) => r.aanvraagId === 'A-3')?.besluit).toBe('ingetrokken');
    expect(stand.regels).toHaveLength(3);
  });

  it('maz: the same peildatum in a later file wins; regions stay apart', async () => {
    const t = await createTestStore();
    await ingest(
      t,
      maz('2023-08-31', [
        ['5517', 'M-1', '4', '2023-08-01'],
        ['5521', 'M-1', '5', '2023-08-02'],
      ]),
      'eerste.csv',
    );
    await ingest(t, maz('2023-08-31', [['5517', 'M-1', '4', '2023-08-01', '2023-08-25']]), 'correctie.csv');
    expect((await t.store.extractData.getMazStand(R5517)).regels).toEqual([
      expect.objectContaining({ mazId: 'M-1', verwerkingsdatumCak: '2023-08-25' }),
    ]);
    expect((await t.store.extractData.getMazStand(R5521)).regels).toEqual([
      expect.objectContaining({ mazId: 'M-1', leveringsvorm: 'vpt', verwerkingsdatumCak: undefined }),
    ]);
  });
});

describe('ingest: a wachtlijst file replaces the snapshot of each (region, peildatum)', () => {
  it('replaces (5517, P) and leaves other peildata and regions alone', async () => {
    const t = await createTestStore();
    await ingest(
      t,
      wachtlijst('2023-07-31', [
        ['5517', 'C-1', '7', '09', '2023-07-01'],
        ['5521', 'C-9', '7', '09', '2023-07-01'],
      ]),
    );
    await ingest(
      t,
      wachtlijst('2023-08-31', [
        ['5517', 'C-1', '7', '09', '2023-07-01'],
        ['5517', 'C-2', '6', '01', '2023-08-30'],
        ['5521', 'C-9', '7', '09', '2023-07-01'],
      ]),
      'aug-v1.csv',
    );
    const pagesBefore = (await dataItems(t)).length;
    await ingest(t, wachtlijst('2023-08-31', [['5517', 'C-3', '2', '13', '2023-01-01']]), 'aug-v2.csv');

    expect(
      (await t.store.extractData.getWachtlijst(R5517, calendarDate('2023-08-31')))?.map((r) => r.clientId),
    ).toEqual(['C-3']);
    expect(
      (await t.store.extractData.getWachtlijst(R5521, calendarDate('2023-08-31')))?.map((r) => r.clientId),
    ).toEqual(['C-9']);
    expect(
      (await t.store.extractData.getWachtlijst(R5517, calendarDate('2023-07-31')))?.map((r) => r.clientId),
    ).toEqual(['C-1']);
    expect(await t.store.extractData.listWachtlijstPeildata(R5517)).toEqual(['2023-07-31', '2023-08-31']);
    // The replaced pages of (5517, 2023-08-31) are removed; the new page takes their place.
    expect((await dataItems(t)).length).toBe(pagesBefore);
  });
});

describe('ingest: archive and log keep every file', () => {
  it('verwerkt and afgewezen files are archived with their report; the log lists them newest first', async () => {
    let clock = Date.parse('2024-01-10T08:00:00Z');
    const t = await createTestStore({ now: () => new Date((clock += 1000)) });
    const ok = await ingest(
      t,
      wachtlijst('2023-08-28', [['5517', 'C-1', '6', '01', '2023-08-20']]),
      'goed.csv',
    );
    const fout = await ingest(t, pgb('2023-08-31', [['5521', 'A-1', '2023-09-01']]), 'fout.csv');

    const verwerkt = await readdir(join(t.dataDir, 'archief', 'verwerkt'));
    const afgewezen = await readdir(join(t.dataDir, 'archief', 'afgewezen'));
    expect(verwerkt.sort()).toEqual([
      `${ok.hash.slice(0, 12)}_goed.csv`,
      `${ok.hash.slice(0, 12)}_goed.csv.rapport.json`,
    ]);
    expect(afgewezen.sort()).toEqual([
      `${fout.hash.slice(0, 12)}_fout.csv`,
      `${fout.hash.slice(0, 12)}_fout.csv.rapport.json`,
    ]);
    const report = JSON.parse(
      await readFile(
        join(t.dataDir, 'archief', 'afgewezen', `${fout.hash.slice(0, 12)}_fout.csv.rapport.json`),
        'utf8',
      ),
    );
    expect(report).toMatchObject({
      status: 'afgewezen',
      soort: 'pgb',
      fouten: [
        {
          rij: 2,
          kolom: 'ontvangstdatum',
          waarde: '2023-09-01',
          reden: 'ligt na de peildatum (31-08-2023)',
          regio: '5521',
        },
      ],
    });
    expect(
      await readFile(join(t.dataDir, 'archief', 'verwerkt', `${ok.hash.slice(0, 12)}_goed.csv`), 'utf8'),
    ).toBe(wachtlijst('2023-08-28', [['5517', 'C-1', '6', '01', '2023-08-20']]));

    const log = await t.store.extractLog.listExtractLog();
    expect(
      log.map((l) => [l.bestandsnaam, l.status, l.soort, l.regios, l.peildatum, l.rijen, l.foutAantal]),
    ).toEqual([
      ['fout.csv', 'afgewezen', 'pgb', ['5521'], '2023-08-31', 1, 1],
      ['goed.csv', 'verwerkt', 'wachtlijst', ['5517'], '2023-08-28', 1, 0],
    ]);
    expect(log[0]?.archief).toContain('afgewezen');
    expect(log[1]?.hash).toBe(ok.hash);
    expect((await t.store.extractLog.listExtractLog({ regio: R5521 })).map((l) => l.bestandsnaam)).toEqual([
      'fout.csv',
    ]);
  });

  it('a file with a BSN is archived only with the BSN removed', async () => {
    const t = await createTestStore();
    const text = csv([
      [...PGB_KOP, 'bsn'],
      ['2023-08-31', '5517', '123456782', 'A-1', '', '2023-07-01', '', '', '111222333'],
    ]);
    const rapport = await ingest(t, text, 'met-bsn.csv');
    expect(rapport.status).toBe('afgewezen');
    expect(rapport.bsnVerwijderd).toBe(true);
    const dir = join(t.dataDir, 'archief', 'afgewezen');
    const archived = await readFile(join(dir, `${rapport.hash.slice(0, 12)}_met-bsn.csv`), 'utf8');
    const report = await readFile(join(dir, `${rapport.hash.slice(0, 12)}_met-bsn.csv.rapport.json`), 'utf8');
    for (const content of [archived, report, JSON.stringify(await t.store.extractLog.listExtractLog())]) {
      expect(content).not.toContain('123456782');
      expect(content).not.toContain('111222333');
    }
    expect(archived).toContain('[BSN verwijderd]');
    expect(archived).toContain('A-1');
  });
});
