import type { Context, ScheduledEvent } from 'aws-lambda';
import { S3Archief } from '../../shared/archive/s3-archief.ts';
import { S3Inbox } from '../../shared/archive/s3-inbox.ts';
import type { IngestContext } from '../../shared/ingest/ingest-bestand.ts';
import { verwerkInbox } from '../../shared/ingest/verwerk-inbox.ts';
import type { Logger } from '../../shared/logging/logger.ts';
import type { ZorgplichtStore } from '../../shared/storage/zorgplicht-store.ts';
import type { S3Client } from '@aws-sdk/client-s3';

export interface IngestHandlerDeps {
  readonly store: ZorgplichtStore;
  readonly s3: S3Client;
  readonly bucket: string;
  readonly logger: Logger;
}

export interface IngestSamenvatting {
  readonly verwerkt: number;
  readonly alVerwerkt: number;
  readonly afgewezen: number;
  /** Still in the inbox: busy elsewhere or broken off; the next run retries them. */
  readonly blijftStaan: number;
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
  };
  const inbox = new S3Inbox(deps.s3, deps.bucket);
  return async (_event: ScheduledEvent, context?: Context): Promise<IngestSamenvatting> => {
    if (context) deps.logger.addContext(context);
    const uitkomsten = await verwerkInbox(inbox, ctx);
    let verwerkt = 0;
    let alVerwerkt = 0;
    let afgewezen = 0;
    let blijftStaan = 0;
    for (const uitkomst of uitkomsten) {
      if ('onderbroken' in uitkomst) {
        blijftStaan++;
        deps.logger.error('Bestand blijft in de inbox: verwerking onderbroken', {
          reden: uitkomst.onderbroken,
        });
        continue;
      }
      const status = uitkomst.rapport.status;
      if (status === 'verwerkt') verwerkt++;
      else if (status === 'al verwerkt') alVerwerkt++;
      else if (status === 'afgewezen') afgewezen++;
      else blijftStaan++;
    }
    const samenvatting = { verwerkt, alVerwerkt, afgewezen, blijftStaan };
    deps.logger.info('Inbox verwerkt', { ...samenvatting });
    return samenvatting;
  };
}
