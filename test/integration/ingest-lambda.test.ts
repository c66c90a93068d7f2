import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { sdkStreamMixin } from '@smithy/core/serde';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarDate } from '../../shared/calendar/calendar-date.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import { createIngestHandler } from '../../functions/ingest/ingest-handler.ts';
import { csv, WACHTLIJST_KOP } from '../support/csv-text.ts';
import { createTestStore } from '../support/test-store.ts';
import eventFixture from '../fixtures/events/scheduled-ingest.json' with { type: 'json' };
import type { ScheduledEvent } from 'aws-lambda';

// S3 has no local stand-in here, so only S3 is mocked; DynamoDB is the real dynalite.
const s3Mock = mockClient(S3Client);
afterEach(() => s3Mock.reset());

const goed = csv([
  [...WACHTLIJST_KOP],
  ['2023-08-28', '5517', 'C-1', 'VV', '', '6', '01', '2023-08-20', 'J', '', ''],
]);
const fout = csv([
  [...WACHTLIJST_KOP],
  ['2023-08-28', '5517', 'C-1', 'VV', '', '6', '09', '2023-08-20', 'J', '', ''],
]);

function body(text: string) {
  // The SDK's body is a stream with transformToByteArray (sdkStreamMixin); the inbox reads it whole.
  return sdkStreamMixin(Readable.from([Buffer.from(text)]));
}

describe('ingest Lambda over the landing bucket', () => {
  it('ingests inbox/ objects, archives them under verwerkt/ and afgewezen/ with a report, and empties the inbox', async () => {
    const t = await createTestStore();
    s3Mock.on(ListObjectsV2Command).resolves({
      Contents: [{ Key: 'inbox/' }, { Key: 'inbox/a-goed.csv' }, { Key: 'inbox/b-fout.csv' }],
    });
    s3Mock
      .on(GetObjectCommand, { Key: 'inbox/a-goed.csv' })
      .callsFake(() => ({ Body: body(goed), VersionId: 'versie-a' }));
    s3Mock
      .on(GetObjectCommand, { Key: 'inbox/b-fout.csv' })
      .callsFake(() => ({ Body: body(fout), VersionId: 'versie-b' }));
    s3Mock.on(PutObjectCommand).resolves({});
    s3Mock.on(DeleteObjectCommand).resolves({});

    const handler = createIngestHandler({
      store: t.store,
      s3: new S3Client({ region: 'eu-west-1' }),
      bucket: 'landing',
      logger: createLogger('test'),
    });
    const result = await handler(eventFixture as unknown as ScheduledEvent);

    expect(result).toEqual({ verwerkt: 1, alVerwerkt: 0, afgewezen: 1, blijftStaan: 0 });
    expect((await t.store.getWachtlijst('5517' as RegioCode, calendarDate('2023-08-28')))?.length).toBe(1);

    const puts = s3Mock.commandCalls(PutObjectCommand).map((c) => c.args[0].input);
    const keys = puts.map((p) => p.Key).sort();
    expect(keys).toEqual([
      expect.stringMatching(/^afgewezen\/[0-9a-f]{12}_b-fout\.csv$/),
      expect.stringMatching(/^afgewezen\/[0-9a-f]{12}_b-fout\.csv\.rapport\.json$/),
      expect.stringMatching(/^verwerkt\/[0-9a-f]{12}_a-goed\.csv$/),
      expect.stringMatching(/^verwerkt\/[0-9a-f]{12}_a-goed\.csv\.rapport\.json$/),
    ]);
    const report = JSON.parse(String(puts.find((p) => p.Key?.endsWith('b-fout.csv.rapport.json'))?.Body));
    expect(report).toMatchObject({ status: 'afgewezen', fouten: [{ rij: 2, kolom: 'classificatie' }] });
    expect(String(puts.find((p) => p.Key?.endsWith('a-goed.csv'))?.Body)).toBe(goed);
    // Exactly the version that was read: a plain delete would keep the original as a noncurrent version.
    expect(
      s3Mock
        .commandCalls(DeleteObjectCommand)
        .map((c) => [c.args[0].input.Key, c.args[0].input.VersionId])
        .sort(),
    ).toEqual([
      ['inbox/a-goed.csv', 'versie-a'],
      ['inbox/b-fout.csv', 'versie-b'],
    ]);
    expect((await t.store.listExtractLog())[0]?.archief).toMatch(/^s3:\/\/landing\/afgewezen\//);
  });

  it('an object whose ingest breaks off stays in the inbox for the next run', async () => {
    const t = await createTestStore();
    s3Mock.on(ListObjectsV2Command).resolves({ Contents: [{ Key: 'inbox/a-goed.csv' }] });
    s3Mock.on(GetObjectCommand).callsFake(() => ({ Body: body(goed) }));
    s3Mock.on(PutObjectCommand).rejects(new Error('S3 tijdelijk niet bereikbaar'));
    const handler = createIngestHandler({
      store: t.store,
      s3: new S3Client({ region: 'eu-west-1' }),
      bucket: 'landing',
      logger: createLogger('test'),
    });
    expect(await handler(eventFixture as unknown as ScheduledEvent)).toEqual({
      verwerkt: 0,
      alVerwerkt: 0,
      afgewezen: 0,
      blijftStaan: 1,
    });
    expect(s3Mock.commandCalls(DeleteObjectCommand)).toHaveLength(0);
    expect(await t.store.listWachtlijstPeildata('5517' as RegioCode)).toEqual([]);
    expect((await t.store.listExtractLog())[0]?.status).toBe('onderbroken');
  });
});
