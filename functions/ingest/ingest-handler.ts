import { hostname } from 'node:os';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { S3Archief } from '../../shared/archive/s3-archief.ts';
import { S3Inbox } from '../../shared/archive/s3-inbox.ts';
import type { IngestContext } from '../../shared/ingest/ingest-extract.ts';
import { countInboxOutcomes, type InboxTelling, processInbox } from '../../shared/ingest/verwerk-inbox.ts';
import type { Logger } from '../../shared/logging/logger.ts';
import type { ZorgplichtStore } from '../../shared/storage/zorgplicht-store.ts';

export interface IngestHandlerDeps {
  readonly store: ZorgplichtStore;
  readonly s3: S3Client;
  readonly bucket: string;
  readonly logger: Logger;
  readonly now?: () => Date;
}

/**
 * The scheduled ingest: processes every object under the landing bucket's `inbox/` prefix
 * with the same core as `zorgplicht ingest --inbox`. No client data in the logs.
 */
export function createIngestHandler(deps: IngestHandlerDeps) {
  const ctx: IngestContext = {
    store: deps.store,
    archief: new S3Archief(deps.s3, deps.bucket),
    logger: deps.logger,
    now: deps.now ?? (() => new Date()),
    proces: { host: hostname(), pid: process.pid },
    // One invocation cannot see whether another still runs: the claim's lease decides.
    isAlive: () => true,
  };
  const inbox = new S3Inbox(deps.s3, deps.bucket);
  return async (_event: ScheduledEvent, context?: Context): Promise<InboxTelling> => {
    if (context) deps.logger.addContext(context);
    const telling = countInboxOutcomes(await processInbox(inbox, ctx));
    deps.logger.info('Inbox verwerkt', { ...telling });
    return telling;
  };
}
