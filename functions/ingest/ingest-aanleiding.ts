import { z } from 'zod';
import { INBOX_PREFIX, type InboxObject, inboxObject } from '../../shared/archive/s3-inbox.ts';

/** One SQS message: the inbox files an S3 notification announced, or why it cannot be used. */
export type SqsBericht =
  | { readonly messageId: string; readonly objecten: readonly InboxObject[] }
  | { readonly messageId: string; readonly ongeldig: string };

/** Why the ingest Lambda runs. */
export type IngestAanleiding =
  /** The schedule (or a manual invoke): go through the whole inbox. */
  | { readonly soort: 'inbox' }
  /** S3 notifications via SQS: exactly the object versions they name. */
  | { readonly soort: 'berichten'; readonly berichten: readonly SqsBericht[] };

const SQS_EVENT = z.object({
  Records: z
    .array(z.object({ messageId: z.string().min(1), eventSource: z.literal('aws:sqs'), body: z.string() }))
    .min(1),
});

/** What S3 sends once when a notification configuration is created. */
const S3_TEST_EVENT = z.object({ Event: z.literal('s3:TestEvent') });

const S3_EVENT = z.object({
  Records: z.array(
    z.object({
      eventName: z.string(),
      s3: z.object({
        bucket: z.object({ name: z.string() }),
        object: z.object({ key: z.string().min(1), versionId: z.string().min(1).optional() }),
      }),
    }),
  ),
});

/**
 * Reads the Lambda event once: an SQS event (each record's body an S3 event notification of
 * the landing bucket) or anything else, which means "go through the inbox". A message that is
 * not a usable notification is kept with its reason, so it can be reported as failed and end
 * in the dead-letter queue rather than vanish.
 */
export function parseAanleiding(event: unknown, bucket: string): IngestAanleiding {
  const sqs = SQS_EVENT.safeParse(event);
  if (!sqs.success) return { soort: 'inbox' };
  return {
    soort: 'berichten',
    berichten: sqs.data.Records.map((record) => parseBericht(record.messageId, record.body, bucket)),
  };
}

function parseBericht(messageId: string, body: string, bucket: string): SqsBericht {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { messageId, ongeldig: 'het bericht is geen JSON' };
  }
  if (S3_TEST_EVENT.safeParse(json).success) return { messageId, objecten: [] };
  const melding = S3_EVENT.safeParse(json);
  if (!melding.success) return { messageId, ongeldig: 'het bericht is geen S3-melding' };

  const objecten: InboxObject[] = [];
  for (const record of melding.data.Records) {
    if (!record.eventName.startsWith('ObjectCreated:')) continue;
    if (record.s3.bucket.name !== bucket)
      return { messageId, ongeldig: 'een melding over een andere bucket' };
    const sleutel = decodeS3Key(record.s3.object.key);
    if (sleutel === undefined) return { messageId, ongeldig: 'een objectsleutel die niet te decoderen is' };
    if (!sleutel.startsWith(INBOX_PREFIX))
      return { messageId, ongeldig: 'een melding over een object buiten inbox/' };
    const object = inboxObject(sleutel, record.s3.object.versionId);
    if (object) objecten.push(object);
  }
  return { messageId, objecten };
}

/** Keys in S3 event notifications are URL-encoded, with `+` for a space. */
export function decodeS3Key(key: string): string | undefined {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
