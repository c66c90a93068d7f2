import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { S3Archief } from '../../shared/archive/s3-archief.ts';
import { ingestExtract } from '../../shared/ingest/ingest-extract.ts';
import type { IngestRapport } from '../../shared/extracts/ingest-rapport.ts';
import {
  alleBestanden,
  alleVormen,
  ANDER_BSN,
  BSN,
  BSN_ZONDER_NUL,
  bsnOpSchijf,
  bsnVormen,
  checkTestNummers,
  gevondenVormen,
} from '../support/bsn-vormen.ts';
import { PGB_KOP, WACHTLIJST_KOP } from '../support/csv-text.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';

const vormen = Object.values(bsnVormen(BSN));
const KOP = WACHTLIJST_KOP.join(',');
const rij = (client: string, extra = '', peildatum = '2023-08-28') =>
  `${peildatum},5517,${client},VV,VV05,7,09,2023-07-01,J,,${extra ? `,${extra}` : ''}`;
const csvRegels = (...regels: string[]) => `${regels.join('\r\n')}\r\n`;

/** Files as they arrive, each holding BSNs; the sentinel shows that the grep sees kept content. */
const BESTANDEN: ReadonlyArray<{ naam: string; bytes: Buffer }> = [
  {
    naam: `wachtlijst-${BSN}.csv`,
    bytes: Buffer.from(csvRegels(KOP, rij('C-ZICHTBAAR-1'), rij('C-ZICHTBAAR-2'))),
  },
  {
    naam: `lijst ${bsnVormen(ANDER_BSN).spaces}.csv`,
    bytes: Buffer.from(csvRegels(`${KOP},opmerking`, rij('C-ZICHTBAAR-3', 'geen', '2023-08-29'))),
  },
  {
    naam: 'client-id.csv',
    bytes: Buffer.from(
      csvRegels(KOP, ...vormen.map((v) => rij(`"${v}"`)), rij(BSN_ZONDER_NUL), rij('C-GEWEIGERD-2')),
    ),
  },
  {
    naam: 'genegeerde-kolom.csv',
    bytes: Buffer.from(
      csvRegels(
        `${PGB_KOP.join(';')};opmerking`,
        ...[...vormen, `'${BSN_ZONDER_NUL}`].map(
          (v, i) => `2023-08-31;5517;C-${i};A-${i};;2023-07-01;;;"zie ${v}"`,
        ),
      ),
    ),
  },
  {
    naam: 'latin1.csv',
    bytes: Buffer.from(
      csvRegels(`${KOP},opmerking`, rij('Cliënt-1', `BSN\u00a0${BSN}`), rij('C-2', bsnVormen(BSN).dots)),
      'latin1',
    ),
  },
  {
    naam: 'utf16.csv',
    bytes: Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(csvRegels(KOP, rij(BSN), rij(bsnVormen(BSN)['full-width']), rij('C-UTF16-1')), 'utf16le'),
    ]),
  },
  {
    naam: 'kop-typo.csv',
    bytes: Buffer.from(csvRegels(KOP.replace('client_id', 'clientid'), rij(BSN), rij(`'${ANDER_BSN}`))),
  },
  {
    naam: 'onbekende-soort.csv',
    bytes: Buffer.from(csvRegels('a;b;c', `1;${bsnVormen(BSN).nbsp};${BSN_ZONDER_NUL}`)),
  },
  {
    naam: 'open-aanhalingsteken.csv',
    bytes: Buffer.from(
      csvRegels(KOP, rij(BSN), `2023-08-28,5517,"C-3 ${ANDER_BSN},VV`, rij(bsnVormen(BSN).label)),
    ),
  },
  {
    naam: 'nul-byte.csv',
    bytes: Buffer.from(csvRegels(KOP, rij(`C-1\u0000`), rij(bsnVormen(BSN)['en dash']))),
  },
  {
    naam: 'werkmap.xlsx',
    bytes: Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from(`xl/worksheets/sheet1.xml ${BSN} ${ANDER_BSN}`),
    ]),
  },
];

describe('no BSN anywhere after ingesting files that hold them, accepted or refused', () => {
  let t: TestStore;
  let invoer: string;
  const rapporten: IngestRapport[] = [];
  const uitvoer: string[] = [];

  beforeAll(async () => {
    checkTestNummers();
    t = await createTestStore();
    invoer = await mkdtemp(join(tmpdir(), 'zp-bsn-invoer-'));
    // Logs at DEBUG, captured: log lines must not carry a BSN either.
    const logger = new Logger({ serviceName: 'bsn-test', logLevel: 'DEBUG' });
    const vang = (chunk: string | Uint8Array) => {
      uitvoer.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    };
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(vang);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(vang);
    try {
      for (const { naam, bytes } of BESTANDEN) {
        // The input file on disk too: the grep below must see it is outside the product's folders.
        await writeFile(join(invoer, naam), bytes);
        rapporten.push(await ingestExtract({ naam, bytes }, { ...t.context, logger }));
      }
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });

  afterAll(async () => {
    await rm(invoer, { recursive: true, force: true });
    await rm(t.dataDir, { recursive: true, force: true });
  });

  it('every input file holds a BSN in some form (else the test proves nothing)', () => {
    for (const { naam, bytes } of BESTANDEN) {
      expect(gevondenVormen(Buffer.concat([bytes, Buffer.from(naam)])), naam).not.toEqual([]);
    }
  });

  it('accepts the two good files (BSNs only in their names) and refuses every other one', () => {
    expect(rapporten.map((r) => r.status)).toEqual([
      'verwerkt',
      'verwerkt',
      ...BESTANDEN.slice(2).map(() => 'afgewezen'),
    ]);
    expect(uitvoer.join('')).toContain('Extract verwerkt');
  });

  it('no report holds a BSN in any form, the file names included', () => {
    expect(gevondenVormen(JSON.stringify(rapporten))).toEqual([]);
    expect(rapporten.slice(0, 2).map((r) => r.bestandsnaam)).toEqual([
      'wachtlijst-111******.csv',
      'lijst 123 *** ***.csv',
    ]);
  });

  it('every BSN in a row is a row error naming row and column, with the value masked', () => {
    const fouten = (naam: string) => rapporten[BESTANDEN.findIndex((b) => b.naam === naam)]?.fouten ?? [];
    expect(fouten('client-id.csv').map((f) => [f.rij, f.kolom])).toEqual(
      [...vormen, BSN_ZONDER_NUL].map((_, i) => [i + 2, 'client_id']),
    );
    expect(fouten('genegeerde-kolom.csv').map((f) => [f.rij, f.kolom, f.waarde?.startsWith('zie ')])).toEqual(
      [...vormen, BSN_ZONDER_NUL].map((_, i) => [i + 2, 'opmerking', true]),
    );
  });

  it('nothing in the store holds a BSN; the stored rows are there (the scan sees them)', async () => {
    const items = await t.clients.document.send(new ScanCommand({ TableName: t.tableName }));
    const inhoud = JSON.stringify(items.Items);
    expect(inhoud).toContain('C-ZICHTBAAR-1');
    expect(inhoud).toContain('C-ZICHTBAAR-3');
    expect(inhoud).toContain('wachtlijst-111******.csv');
    expect(gevondenVormen(inhoud)).toEqual([]);
  });

  it('nothing in the archive holds a BSN, in any encoding; the kept copies are there', async () => {
    expect(await bsnOpSchijf(t.dataDir)).toEqual([]);
    const alles = Buffer.concat((await alleBestanden(t.dataDir)).map((b) => b.inhoud));
    for (const zichtbaar of [
      'C-ZICHTBAAR-1',
      'C-ZICHTBAAR-3',
      'C-GEWEIGERD-2',
      'Cliënt-1',
      '[BSN verwijderd]',
    ]) {
      expect(
        alles.includes(Buffer.from(zichtbaar, zichtbaar === 'Cliënt-1' ? 'latin1' : 'utf8')),
        zichtbaar,
      ).toBe(true);
    }
    expect(alles.includes(Buffer.from('C-UTF16-1', 'utf16le'))).toBe(true);
  });

  it('no log line holds a BSN', () => {
    expect(gevondenVormen(uitvoer.join(''))).toEqual([]);
  });

  it('a spreadsheet is not kept, only its report, which says so', async () => {
    const rapport = rapporten.at(-1);
    expect(rapport?.archief).toMatch(/_werkmap\.xlsx\.rapport\.json$/);
    const bewaard = JSON.parse(await readFile(rapport?.archief ?? '', 'utf8'));
    expect(bewaard).toMatchObject({
      bestandsnaam: 'werkmap.xlsx',
      status: 'afgewezen',
      inhoudBewaard: false,
      bsnVerwijderd: false,
      inhoudNietBewaardOmdat:
        'het bestand is een Excel-werkmap of zip-bestand; gecomprimeerde inhoud is niet betrouwbaar op BSN-nummers te doorzoeken; daarom is alleen dit rapport bewaard en niet de inhoud van het bestand',
    });
    const namen = (await alleBestanden(t.dataDir)).map((b) => b.pad);
    expect(namen.filter((n) => n.includes('werkmap'))).toEqual([rapport?.archief]);
  });

  it('the reports kept beside refused files say which encoding was kept and that BSNs were removed', async () => {
    const bewaard = async (naam: string) => {
      const rapport = rapporten[BESTANDEN.findIndex((b) => b.naam === naam)];
      return JSON.parse(await readFile(`${rapport?.archief}.rapport.json`, 'utf8'));
    };
    expect(await bewaard('utf16.csv')).toMatchObject({
      inhoudBewaard: true,
      tekenset: 'UTF-16LE',
      bsnVerwijderd: true,
    });
    expect(await bewaard('latin1.csv')).toMatchObject({
      inhoudBewaard: true,
      tekenset: 'Latin-1',
      bsnVerwijderd: true,
    });
    expect(await bewaard('kop-typo.csv')).toMatchObject({
      inhoudBewaard: true,
      tekenset: 'UTF-8',
      bsnVerwijderd: true,
    });
    expect(await bewaard(`wachtlijst-${BSN}.csv`)).toMatchObject({
      inhoudBewaard: true,
      bsnVerwijderd: false,
    });
  });

  it('the archive names mask the BSN in the file name', async () => {
    const namen = (await alleBestanden(t.dataDir)).map((b) => b.pad.split('/').at(-1));
    expect(namen).toContain(`${rapporten[0]?.hash.slice(0, 12)}_wachtlijst-111_.csv`);
    expect(namen).toContain(`${rapporten[1]?.hash.slice(0, 12)}_lijst_123_.csv`);
  });
});

describe('the S3 archive keeps the same redacted copies', () => {
  const s3Mock = mockClient(S3Client);
  afterEach(() => s3Mock.reset());

  const rapport = (bestandsnaam: string): IngestRapport => ({
    bestandsnaam,
    hash: 'a'.repeat(64),
    status: 'afgewezen',
    soort: undefined,
    regios: [],
    peildatum: undefined,
    rijen: 0,
    fouten: [],
    waarschuwingen: [],
    tijdstip: '2026-10-07T10:00:00.000Z',
    bsnVerwijderd: false,
  });

  it('redacts every form, keeps UTF-16 as UTF-16, and says so in the report', async () => {
    s3Mock.on(PutObjectCommand).resolves({});
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`x,${alleVormen().join(',')}\r\n`, 'utf16le'),
    ]);
    const locatie = await new S3Archief(new S3Client({ region: 'eu-west-1' }), 'landing').bewaar({
      bytes,
      rapport: rapport(`lijst-${BSN}.csv`),
      map: 'afgewezen',
    });
    const puts = s3Mock.commandCalls(PutObjectCommand).map((c) => c.args[0].input);
    expect(locatie).toBe('s3://landing/afgewezen/aaaaaaaaaaaa_lijst-111_.csv');
    expect(puts.map((p) => [p.Key, p.ContentType])).toEqual([
      ['afgewezen/aaaaaaaaaaaa_lijst-111_.csv', 'text/csv; charset=utf-16le'],
      ['afgewezen/aaaaaaaaaaaa_lijst-111_.csv.rapport.json', 'application/json; charset=utf-8'],
    ]);
    const kopie = puts[0]?.Body;
    expect(Buffer.isBuffer(kopie)).toBe(true);
    if (!Buffer.isBuffer(kopie)) return;
    expect(gevondenVormen(kopie)).toEqual([]);
    expect(kopie.includes(Buffer.from('[BSN verwijderd]', 'utf16le'))).toBe(true);
    expect(JSON.parse(String(puts[1]?.Body))).toMatchObject({
      bestandsnaam: 'lijst-111******.csv',
      inhoudBewaard: true,
      tekenset: 'UTF-16LE',
      bsnVerwijderd: true,
      archief: locatie,
    });
  });

  it('puts only the report of a file it cannot scan', async () => {
    s3Mock.on(PutObjectCommand).resolves({});
    const locatie = await new S3Archief(new S3Client({ region: 'eu-west-1' }), 'landing').bewaar({
      bytes: Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from(BSN)]),
      rapport: rapport('extract.csv.gz'),
      map: 'afgewezen',
    });
    const puts = s3Mock.commandCalls(PutObjectCommand).map((c) => c.args[0].input);
    expect(puts.map((p) => p.Key)).toEqual(['afgewezen/aaaaaaaaaaaa_extract.csv.gz.rapport.json']);
    expect(locatie).toBe('s3://landing/afgewezen/aaaaaaaaaaaa_extract.csv.gz.rapport.json');
    expect(JSON.parse(String(puts[0]?.Body))).toMatchObject({ inhoudBewaard: false, bsnVerwijderd: false });
  });
});
