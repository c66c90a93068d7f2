import { hostname } from 'node:os';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSBatchItemFailure, SQSBatchResponse } from 'aws-lambda';
import { S3Archief } from '../../shared/archive/s3-archief.ts';
import { type InboxObject, S3Inbox } from '../../shared/archive/s3-inbox.ts';
import { type IngestContext, ingestExtract } from '../../shared/ingest/ingest-extract.ts';
import { DEFINITIEVE_STATUSSEN } from '../../shared/extracts/ingest-rapport.ts';
import type { Logger } from '../../shared/logging/logger.ts';
import type { ZorgplichtStore } from '../../shared/storage/zorgplicht-store.ts';
import { parseAanleiding, type SqsBericht } from './ingest-aanleiding.ts';
import {
  blijftInInbox,
  INGEST_UITKOMSTEN,
  type IngestSamenvatting,
  type IngestUitkomst,
  telUitkomsten,
  uitkomstVan,
} from './ingest-uitkomst.ts';

export interface IngestHandlerDeps {
  readonly store: ZorgplichtStore;
  readonly s3: S3Client;
  readonly bucket: string;
  readonly logger: Logger;
  /** Powertools Metrics (namespace and `service` from the function's environment). */
  readonly metrics: Metrics;
  readonly now?: () => Date;
}

/** Scheduled run: what became of the inbox's files. SQS: the messages to deliver again. */
export type IngestAntwoord = IngestSamenvatting | SQSBatchResponse;

/**
 * The ingest Lambda. Invoked by SQS with S3 notifications, it ingests exactly the object
 * versions they name; invoked by the schedule (or by hand), it goes through the whole inbox.
 * Either way each file is read as one version, ingested with the same core as
 * `zorgplicht ingest`, and that version, and only that, is deleted once the file is
 * `verwerkt`, `al verwerkt` or `afgewezen`. A file that is busy elsewhere or whose ingest broke
 * off stays, and its SQS message is reported as a batch item failure so that SQS delivers it
 * again. Counts per outcome go out as metrics. No file names or client data in the logs.
 */
export function createIngestHandler(deps: IngestHandlerDeps) {
  const { logger } = deps;
  const ctx: IngestContext = {
    store: deps.store,
    archief: new S3Archief(deps.s3, deps.bucket),
    logger,
    now: deps.now ?? (() => new Date()),
    proces: { host: hostname(), pid: process.pid },
    // One invocation cannot see whether another still runs: the claim's lease decides.
    isAlive: () => true,
  };
  const inbox = new S3Inbox(deps.s3, deps.bucket);

  async function verwerkObject(object: InboxObject): Promise<IngestUitkomst> {
    try {
      const gelezen = await inbox.lees(object);
      if (!gelezen) {
        logger.info('Bestand al uit de inbox: een andere run heeft het verwerkt', { versie: object.versie });
        return 'weg';
      }
      // The same core as `zorgplicht ingest`, on the bytes of exactly this version.
      const rapport = await ingestExtract({ naam: object.naam, bytes: gelezen.inhoud }, ctx);
      if (DEFINITIEVE_STATUSSEN.includes(rapport.status)) await inbox.verwijder(object, gelezen.versie);
      return uitkomstVan(rapport.status);
    } catch (error) {
      logger.error('Bestand blijft in de inbox: verwerking onderbroken', {
        versie: object.versie,
        reden: error instanceof Error ? error.message : String(error),
      });
      return 'onderbroken';
    }
  }

  async function verwerkBerichten(berichten: readonly SqsBericht[]) {
    const uitkomsten: IngestUitkomst[] = [];
    const batchItemFailures: SQSBatchItemFailure[] = [];
    for (const bericht of berichten) {
      if ('ongeldig' in bericht) {
        logger.error('Onbruikbaar bericht in de ingest-wachtrij', {
          bericht: bericht.messageId,
          reden: bericht.ongeldig,
        });
        batchItemFailures.push({ itemIdentifier: bericht.messageId });
        continue;
      }
      const vanBericht: IngestUitkomst[] = [];
      for (const object of bericht.objecten) vanBericht.push(await verwerkObject(object));
      if (vanBericht.some(blijftInInbox)) batchItemFailures.push({ itemIdentifier: bericht.messageId });
      uitkomsten.push(...vanBericht);
    }
    return { uitkomsten, batchItemFailures };
  }

  function afronden(bericht: string, uitkomsten: readonly IngestUitkomst[]): IngestSamenvatting {
    const samenvatting = telUitkomsten(uitkomsten);
    logger.info(bericht, { ...samenvatting });
    publishMetrics(deps.metrics, samenvatting);
    return samenvatting;
  }

  return async (event: unknown, context?: Context): Promise<IngestAntwoord> => {
    if (context) logger.addContext(context);
    const aanleiding = parseAanleiding(event, deps.bucket);
    if (aanleiding.soort === 'inbox') {
      const uitkomsten: IngestUitkomst[] = [];
      for (const object of await inbox.lijst()) uitkomsten.push(await verwerkObject(object));
      return afronden('Inbox nagelopen', uitkomsten);
    }
    const { uitkomsten, batchItemFailures } = await verwerkBerichten(aanleiding.berichten);
    afronden('Meldingen verwerkt', uitkomsten);
    return { batchItemFailures };
  };
}

function publishMetrics(metrics: Metrics, samenvatting: IngestSamenvatting): void {
  for (const uitkomst of INGEST_UITKOMSTEN) {
    if (samenvatting[uitkomst] > 0) metrics.addMetric(uitkomst, MetricUnit.Count, samenvatting[uitkomst]);
  }
  // An empty run (nothing in the inbox) publishes nothing rather than a warning every quarter.
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}
