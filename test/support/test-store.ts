import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { inject } from 'vitest';
import { tijdelijkeMap } from './tijdelijke-map.ts';
import { LokaalArchief } from '../../shared/archive/lokaal-archief.ts';
import type { IngestContext } from '../../shared/ingest/ingest-extract.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import { createDynamoClients, type DynamoClients } from '../../shared/storage/dynamo/dynamo-client.ts';
import {
  createDynamoStore,
  type DynamoStoreOptions,
} from '../../shared/storage/dynamo/dynamo-zorgplicht-store.ts';
import { ensureTable } from '../../shared/storage/dynamo/ensure-table.ts';
import { isClaimHolderAlive } from '../../shared/storage/local/process-alive.ts';
import type { ZorgplichtStore } from '../../shared/storage/zorgplicht-store.ts';

export interface TestStore {
  readonly store: ZorgplichtStore;
  readonly clients: DynamoClients;
  readonly tableName: string;
  readonly dataDir: string;
  readonly context: IngestContext;
}

/** A fresh table on the dynalite of the integration run, and a temp data dir for the archive. */
export async function createTestStore(options: DynamoStoreOptions = {}): Promise<TestStore> {
  const endpoint = inject('dynamoEndpoint');
  const tableName = `test-${randomUUID()}`;
  const clients = createDynamoClients({ endpoint, tableName });
  await ensureTable(clients.client, tableName);
  const store = createDynamoStore(clients.document, tableName, options);
  const dataDir = await tijdelijkeMap('zp-int-');
  const logger = createLogger('zorgplicht-test');
  return {
    store,
    clients,
    tableName,
    dataDir,
    context: {
      store,
      archief: new LokaalArchief(dataDir),
      logger,
      now: options.now ?? (() => new Date()),
      proces: { host: hostname(), pid: process.pid },
      isAlive: isClaimHolderAlive,
    },
  };
}
