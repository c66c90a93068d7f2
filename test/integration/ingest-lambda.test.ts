import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { Readable } from 'node:stream';
import { Metrics } from '@aws-lambda-powertools/metrics';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/core/serde';
import type { SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIngestHandler } from '../../functions/ingest/ingest-handler.ts';
import { calendarDate, todayInAmsterdam } from '../../shared/calendar/calendar-date.ts';
import { parseExtract } from '../../shared/extracts/parse-extract.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import { chunksOf, csv, WACHTLIJST_KOP } from '../support/csv-text.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import scheduledEvent from '../fixtures/events/scheduled-ingest.json' with { type: 'json' };
import sqsPutEvent from '../fixtures/events/sqs-s3-put.json' with { type: 'json' };
import sqsTestEvent from '../fixtures/events/sqs-s3-test-event.json' with { type: 'json' };

// S3 has no local stand-in here, so only S3 is mocked; DynamoDB is the real dynalite.
const s3Mock = mockClient(S3Client);

/** What the fixture's notification names: the key decoded (`+` is a space), the version as is. */
const NOTIFIED = {
  Bucket: 'landing',
  Key: 'inbox/wachtlijst 5517 (2023-08).csv',
  VersionId: '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY',
};
const MESSAGE_ID = '059f36b4-87a3-44ab-83d2-661975830a7d';
const R5517 = '5517' as RegioCode;

const goed = csv([
  [...WACHTLIJST_KOP],
  ['2023-08-28', '5517', 'C-1', 'VV', '', '6', '01', '2023-08-20', 'J', '', ''],
]);
const fout = csv([
  [...WACHTLIJST_KOP],
  ['2023-08-28', '5517', 'C-1', 'VV', '', '6', '09', '2023-08-20', 'J', '', ''],
]);

function object(text: string, versie: string) {
  return { Body: sdkStreamMixin(Readable.from([Buffer.from(text)])), VersionId: versie };
}

/** The EMF documents Powertools Metrics writes to stdout, as CloudWatch would read them. */
let emf: Record<string, unknown>[];
beforeEach(() => {
  emf = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    const text = String(chunk);
    if (text.includes('"_aws"')) emf.push(JSON.parse(text));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  s3Mock.reset();
});

function metricValues(): Record<string, unknown> {
  return Object.assign({}, ...emf);
}

function handlerFor(t: TestStore) {
  return createIngestHandler({
    store: t.store,
    s3: new S3Client({ region: 'eu-west-1' }),
    bucket: 'landing',
    logger: createLogger('test'),
    metrics: new Metrics({ namespace: 'Zorgplicht/test', serviceName: 'zorgplicht-ingest' }),
  });
}

function sqsEvent(...records: { messageId: string; body: string }[]): SQSEvent {
  const [template] = sqsPutEvent.Records;
  return { Records: records.map((r) => ({ ...template, ...r })) } as SQSEvent;
}

function deletes() {
  return s3Mock.commandCalls(DeleteObjectCommand).map((c) => c.args[0].input);
}

describe('ingest Lambda, triggered by S3 notifications through SQS', () => {
  it('ingests exactly the notified object version and deletes that version, and no other', async () => {
    const t = await createTestStore();
    s3Mock.on(GetObjectCommand, NOTIFIED).callsFake(() => object(goed, NOTIFIED.VersionId));
    s3Mock.on(PutObjectCommand).resolves({});
    s3Mock.on(DeleteObjectCommand).resolves({});

    const result = await handlerFor(t)(sqsPutEvent);

    expect(result).toEqual({ batchItemFailures: [] });
    expect(s3Mock.commandCalls(GetObjectCommand).map((c) => c.args[0].input)).toEqual([NOTIFIED]);
    expect(deletes()).toEqual([NOTIFIED]);
    expect((await t.store.extractData.getWachtlijst(R5517, calendarDate('2023-08-28')))?.length).toBe(1);
    const archived = s3Mock.commandCalls(PutObjectCommand).map((c) => c.args[0].input);
    expect(archived.map((p) => p.Key).sort()).toEqual([
      expect.stringMatching(/^verwerkt\/[0-9a-f]{12}_wachtlijst_5517_2023-08_\.csv$/),
      expect.stringMatching(/^verwerkt\/[0-9a-f]{12}_wachtlijst_5517_2023-08_\.csv\.rapport\.json$/),
    ]);
    expect(emf).toHaveLength(1);
    expect(emf[0]).toMatchObject({
      _aws: {
        CloudWatchMetrics: [
          {
            Namespace: 'Zorgplicht/test',
            Dimensions: [['service']],
            Metrics: [{ Name: 'verwerkt', Unit: 'Count' }],
          },
        ],
      },
      service: 'zorgplicht-ingest',
      verwerkt: 1,
    });
  });

  it('a refused file is archived under afgewezen/, its version deleted and counted as afgewezen', async () => {
    const t = await createTestStore();
    s3Mock.on(GetObjectCommand, NOTIFIED).callsFake(() => object(fout, NOTIFIED.VersionId));
    s3Mock.on(PutObjectCommand).resolves({});
    s3Mock.on(DeleteObjectCommand).resolves({});

    expect(await handlerFor(t)(sqsPutEvent)).toEqual({ batchItemFailures: [] });
    expect(deletes()).toEqual([NOTIFIED]);
    expect((await t.store.extractLog.listExtractLog())[0]).toMatchObject({ status: 'afgewezen' });
    expect(metricValues()).toMatchObject({ afgewezen: 1 });
    expect(metricValues()).not.toHaveProperty('verwerkt');
  });

  it.each([
    [
      'NoSuchVersion',
      new S3ServiceException({ name: 'NoSuchVersion', $fault: 'client', $metadata: { httpStatusCode: 404 } }),
    ],
    [
      'NoSuchKey',
      new NoSuchKey({ message: 'The specified key does not exist.', $metadata: { httpStatusCode: 404 } }),
    ],
  ])(
    'a version that no longer exists (%s) was handled already: success, nothing ingested or deleted',
    async (_, error) => {
      const t = await createTestStore();
      s3Mock.on(GetObjectCommand).rejects(error);

      expect(await handlerFor(t)(sqsPutEvent)).toEqual({ batchItemFailures: [] });
      expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(0);
      expect(deletes()).toEqual([]);
      expect(await t.store.extractLog.listExtractLog()).toEqual([]);
      expect(metricValues()).toMatchObject({ weg: 1 });
    },
  );

  it('an ingest that breaks off is a batch item failure: the version stays for the retry', async () => {
    const t = await createTestStore();
    s3Mock.on(GetObjectCommand, NOTIFIED).callsFake(() => object(goed, NOTIFIED.VersionId));
    s3Mock.on(PutObjectCommand).rejects(new Error('S3 tijdelijk niet bereikbaar'));

    expect(await handlerFor(t)(sqsPutEvent)).toEqual({ batchItemFailures: [{ itemIdentifier: MESSAGE_ID }] });
    expect(deletes()).toEqual([]);
    expect(await t.store.extractData.listWachtlijstPeildata(R5517)).toEqual([]);
    expect((await t.store.extractLog.listExtractLog())[0]?.status).toBe('onderbroken');
    expect(metricValues()).toMatchObject({ onderbroken: 1 });
  });

  it('a read that fails (not a missing version) is a batch item failure too', async () => {
    const t = await createTestStore();
    s3Mock.on(GetObjectCommand).rejects(
      new S3ServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    expect(await handlerFor(t)(sqsPutEvent)).toEqual({ batchItemFailures: [{ itemIdentifier: MESSAGE_ID }] });
    expect(deletes()).toEqual([]);
  });

  it('a file another process is ingesting stays, and its message comes back later', async () => {
    const t = await createTestStore();
    const parsed = await parseExtract(chunksOf(goed), { vandaag: todayInAmsterdam() });
    if (!parsed.ok) throw new Error('fixture invalid');
    const now = new Date().toISOString();
    // A live claim of this (running) process on the same content.
    const begin = await t.store.extractLog.beginIngest(
      {
        hash: createHash('sha256').update(goed).digest('hex'),
        bestandsnaam: 'elders.csv',
        soort: parsed.extract.soort,
        regios: parsed.extract.regios,
        peildatum: parsed.extract.peildatum,
        rijen: parsed.extract.rijen,
        status: 'bezig',
        fouten: [],
        foutAantal: 0,
        waarschuwingen: [],
        ontvangenOp: now,
        bijgewerktOp: now,
        pogingen: 0,
        generatie: 0,
      },
      { poging: 'elders', host: hostname(), pid: process.pid, totUiterlijk: '2999-01-01T00:00:00.000Z' },
      () => true,
    );
    expect(begin.soort).toBe('begonnen');
    s3Mock.on(GetObjectCommand, NOTIFIED).callsFake(() => object(goed, NOTIFIED.VersionId));

    expect(await handlerFor(t)(sqsPutEvent)).toEqual({ batchItemFailures: [{ itemIdentifier: MESSAGE_ID }] });
    expect(deletes()).toEqual([]);
    expect(metricValues()).toMatchObject({ bezig: 1 });
  });

  it('acknowledges the s3:TestEvent without touching S3', async () => {
    const t = await createTestStore();
    expect(await handlerFor(t)(sqsTestEvent)).toEqual({ batchItemFailures: [] });
    expect(s3Mock.calls()).toHaveLength(0);
    expect(emf).toEqual([]);
  });

  it('fails only the messages that are no usable notification, so they end in the dead-letter queue', async () => {
    const t = await createTestStore();
    s3Mock.on(GetObjectCommand, NOTIFIED).callsFake(() => object(goed, NOTIFIED.VersionId));
    s3Mock.on(PutObjectCommand).resolves({});
    s3Mock.on(DeleteObjectCommand).resolves({});
    const notification = JSON.parse(sqsPutEvent.Records[0]?.body ?? '{}');
    const about = (bucket: string, key: string) => {
      const record = notification.Records[0];
      return JSON.stringify({
        Records: [
          { ...record, s3: { ...record.s3, bucket: { name: bucket }, object: { ...record.s3.object, key } } },
        ],
      });
    };
    const event = sqsEvent(
      { messageId: 'goed', body: sqsPutEvent.Records[0]?.body ?? '' },
      { messageId: 'geen-json', body: 'geen json' },
      { messageId: 'andere-bucket', body: about('andere', 'inbox/x.csv') },
      { messageId: 'buiten-inbox', body: about('landing', 'verwerkt/x.csv') },
      { messageId: 'map', body: about('landing', 'inbox/') },
    );

    expect(await handlerFor(t)(event)).toEqual({
      batchItemFailures: [
        { itemIdentifier: 'geen-json' },
        { itemIdentifier: 'andere-bucket' },
        { itemIdentifier: 'buiten-inbox' },
      ],
    });
    // Nothing but the notified inbox version was even read.
    expect(s3Mock.commandCalls(GetObjectCommand).map((c) => c.args[0].input)).toEqual([NOTIFIED]);
    expect(deletes()).toEqual([NOTIFIED]);
  });
});

describe('ingest Lambda on its schedule (the safety net)', () => {
  const run = (t: TestStore) => handlerFor(t)(scheduledEvent);
  const none = { verwerkt: 0, alVerwerkt: 0, afgewezen: 0, bezig: 0, onderbroken: 0, weg: 0 };

  it('ingests inbox/ objects, archives them with a report and deletes exactly the versions it read', async () => {
    const t = await createTestStore();
    s3Mock.on(ListObjectsV2Command).resolves({
      Contents: [{ Key: 'inbox/' }, { Key: 'inbox/b-fout.csv' }, { Key: 'inbox/a-goed.csv' }],
    });
    s3Mock.on(GetObjectCommand, { Key: 'inbox/a-goed.csv' }).callsFake(() => object(goed, 'versie-a'));
    s3Mock.on(GetObjectCommand, { Key: 'inbox/b-fout.csv' }).callsFake(() => object(fout, 'versie-b'));
    s3Mock.on(PutObjectCommand).resolves({});
    s3Mock.on(DeleteObjectCommand).resolves({});

    expect(await run(t)).toEqual({ ...none, verwerkt: 1, afgewezen: 1 });
    expect((await t.store.extractData.getWachtlijst(R5517, calendarDate('2023-08-28')))?.length).toBe(1);
    // A listed object is read as its current version: no version asked for.
    expect(s3Mock.commandCalls(GetObjectCommand).map((c) => c.args[0].input.VersionId)).toEqual([
      undefined,
      undefined,
    ]);
    expect(deletes()).toEqual([
      { Bucket: 'landing', Key: 'inbox/a-goed.csv', VersionId: 'versie-a' },
      { Bucket: 'landing', Key: 'inbox/b-fout.csv', VersionId: 'versie-b' },
    ]);

    const puts = s3Mock.commandCalls(PutObjectCommand).map((c) => c.args[0].input);
    expect(puts.map((p) => p.Key).sort()).toEqual([
      expect.stringMatching(/^afgewezen\/[0-9a-f]{12}_b-fout\.csv$/),
      expect.stringMatching(/^afgewezen\/[0-9a-f]{12}_b-fout\.csv\.rapport\.json$/),
      expect.stringMatching(/^verwerkt\/[0-9a-f]{12}_a-goed\.csv$/),
      expect.stringMatching(/^verwerkt\/[0-9a-f]{12}_a-goed\.csv\.rapport\.json$/),
    ]);
    const report = JSON.parse(String(puts.find((p) => p.Key?.endsWith('b-fout.csv.rapport.json'))?.Body));
    expect(report).toMatchObject({ status: 'afgewezen', fouten: [{ rij: 2, kolom: 'classificatie' }] });
    expect(String(puts.find((p) => p.Key?.endsWith('a-goed.csv'))?.Body)).toBe(goed);
    expect(metricValues()).toMatchObject({ verwerkt: 1, afgewezen: 1 });
  });

  it('a listed file that another run removed meanwhile is skipped, and the run goes on', async () => {
    const t = await createTestStore();
    s3Mock
      .on(ListObjectsV2Command)
      .resolves({ Contents: [{ Key: 'inbox/a-weg.csv' }, { Key: 'inbox/b-goed.csv' }] });
    s3Mock
      .on(GetObjectCommand, { Key: 'inbox/a-weg.csv' })
      .rejects(
        new NoSuchKey({ message: 'The specified key does not exist.', $metadata: { httpStatusCode: 404 } }),
      );
    s3Mock.on(GetObjectCommand, { Key: 'inbox/b-goed.csv' }).callsFake(() => object(goed, 'versie-b'));
    s3Mock.on(PutObjectCommand).resolves({});
    s3Mock.on(DeleteObjectCommand).resolves({});

    expect(await run(t)).toEqual({ ...none, weg: 1, verwerkt: 1 });
    expect(deletes()).toEqual([{ Bucket: 'landing', Key: 'inbox/b-goed.csv', VersionId: 'versie-b' }]);
  });

  it('an object whose ingest breaks off stays in the inbox for the next run', async () => {
    const t = await createTestStore();
    s3Mock.on(ListObjectsV2Command).resolves({ Contents: [{ Key: 'inbox/a-goed.csv' }] });
    s3Mock.on(GetObjectCommand).callsFake(() => object(goed, 'versie-a'));
    s3Mock.on(PutObjectCommand).rejects(new Error('S3 tijdelijk niet bereikbaar'));

    expect(await run(t)).toEqual({ ...none, onderbroken: 1 });
    expect(deletes()).toEqual([]);
    expect(await t.store.extractData.listWachtlijstPeildata(R5517)).toEqual([]);
    expect((await t.store.extractLog.listExtractLog())[0]?.status).toBe('onderbroken');
  });

  it('an empty inbox publishes no metrics, and no warning about having none', async () => {
    const t = await createTestStore();
    const stderr: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
    s3Mock.on(ListObjectsV2Command).resolves({});
    expect(await run(t)).toEqual(none);
    expect(emf).toEqual([]);
    expect(stderr.join('')).not.toContain('metrics');
  });
});
