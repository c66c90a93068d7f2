import { resolve } from 'node:path';
import { connectLocalStore } from '../shared/storage/local/local-store.ts';
import { createDynamoClients } from '../shared/storage/dynamo/dynamo-client.ts';
import { createDynamoStore } from '../shared/storage/dynamo/dynamo-zorgplicht-store.ts';
import { ensureTable } from '../shared/storage/dynamo/ensure-table.ts';
import { DEFAULT_TABLE_NAME } from '../shared/storage/table-definition.ts';
import type { ZorgplichtStore } from '../shared/storage/zorgplicht-store.ts';
import { clockFromEnvironment } from './clock.ts';

export interface GeopendeOpslag {
  readonly store: ZorgplichtStore;
  readonly dataDir: string;
  /** The command's clock (`ZORGPLICHT_NU` or the real time). */
  readonly now: () => Date;
  sluit(): Promise<void>;
}

/** `ZORGPLICHT_DATA_DIR`, default `.zorgplicht/` in the working directory. */
export function dataDirFrom(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ZORGPLICHT_DATA_DIR?.trim() || '.zorgplicht');
}

/**
 * The store a command works on: the embedded local store of the data dir (shared with a
 * running `zorgplicht serve`), or another DynamoDB endpoint when ZORGPLICHT_DYNAMODB_ENDPOINT is set.
 */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<GeopendeOpslag> {
  const dataDir = dataDirFrom(env);
  const now = clockFromEnvironment(env);
  const tableName = env.ZORGPLICHT_TABEL?.trim() || DEFAULT_TABLE_NAME;
  const extern = env.ZORGPLICHT_DYNAMODB_ENDPOINT?.trim();
  const lokaal = extern ? undefined : await connectLocalStore(dataDir);
  const clients = createDynamoClients({ endpoint: extern || lokaal?.endpoint, tableName });
  try {
    await ensureTable(clients.client, tableName);
  } catch (error) {
    clients.client.destroy();
    await lokaal?.release();
    throw error;
  }
  return {
    store: createDynamoStore(clients.document, tableName, { now }),
    dataDir,
    now,
    sluit: async () => {
      clients.client.destroy();
      await lokaal?.release();
    },
  };
}
