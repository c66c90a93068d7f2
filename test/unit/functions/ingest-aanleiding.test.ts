import { describe, expect, it } from 'vitest';
import { decodeS3Key, parseAanleiding } from '../../../functions/ingest/ingest-aanleiding.ts';
import scheduledEvent from '../../fixtures/events/scheduled-ingest.json' with { type: 'json' };

const notification = (eventName: string, key: string, versionId?: string) => ({
  Records: [
    {
      messageId: 'm1',
      eventSource: 'aws:sqs',
      body: JSON.stringify({
        Records: [{ eventName, s3: { bucket: { name: 'landing' }, object: { key, versionId } } }],
      }),
    },
  ],
});

describe('the ingest Lambda event', () => {
  it.each([
    ['inbox/wachtlijst+5517.csv', 'inbox/wachtlijst 5517.csv'],
    ['inbox/a%2Bb.csv', 'inbox/a+b.csv'],
    ['inbox/caf%C3%A9+%282023%29.csv', 'inbox/café (2023).csv'],
    ['inbox/plain.csv', 'inbox/plain.csv'],
  ])('decodes the S3 key %s as %s', (encoded, decoded) => {
    expect(decodeS3Key(encoded)).toBe(decoded);
  });

  it('refuses a key that is not valid URL encoding', () => {
    expect(decodeS3Key('inbox/%E0%A4%A.csv')).toBeUndefined();
    expect(parseAanleiding(notification('ObjectCreated:Put', 'inbox/%E0%A4%A.csv'), 'landing')).toEqual({
      soort: 'berichten',
      berichten: [{ messageId: 'm1', ongeldig: 'een objectsleutel die niet te decoderen is' }],
    });
  });

  it.each([
    ['the schedule’s event', { aanleiding: 'schema' }],
    ['an EventBridge scheduled event', scheduledEvent],
    ['a manual invoke with {}', {}],
    ['no event at all', undefined],
  ])('%s means: go through the inbox', (_, event) => {
    expect(parseAanleiding(event, 'landing')).toEqual({ soort: 'inbox' });
  });

  it('keeps the version of a created object and leaves the version id undecoded', () => {
    expect(
      parseAanleiding(
        notification('ObjectCreated:CompleteMultipartUpload', 'inbox/a+b.csv', 'v+1/x'),
        'landing',
      ),
    ).toEqual({
      soort: 'berichten',
      berichten: [
        { messageId: 'm1', objecten: [{ sleutel: 'inbox/a b.csv', naam: 'a b.csv', versie: 'v+1/x' }] },
      ],
    });
  });

  it('ignores events other than object creation', () => {
    expect(parseAanleiding(notification('ObjectRemoved:Delete', 'inbox/a.csv'), 'landing')).toEqual({
      soort: 'berichten',
      berichten: [{ messageId: 'm1', objecten: [] }],
    });
  });
});
