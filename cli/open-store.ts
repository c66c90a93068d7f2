import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppError } from '../shared/app/app-error.ts';
import { type OmgevingsContext, toAppError } from '../shared/app/environment-error.ts';
import { errorCode } from '../shared/storage/local/error-code.ts';
import { connectLocalStore } from '../shared/storage/local/local-store.ts';
import { storePaths } from '../shared/storage/local/store-paths.ts';
import { createDynamoClients, type DynamoClients } from '../shared/storage/dynamo/dynamo-client.ts';
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

function externalEndpoint(env: NodeJS.ProcessEnv): string | undefined {
  return env.ZORGPLICHT_DYNAMODB_ENDPOINT?.trim() || undefined;
}

/** What a fault of the machine is told against: the data dir and the store of this run. */
export function omgevingsContext(env: NodeJS.ProcessEnv = process.env): OmgevingsContext {
  const dataDir = dataDirFrom(env);
  const endpoint = externalEndpoint(env);
  return {
    dataDir,
    opslag: endpoint
      ? { soort: 'dynamodb', endpoint }
      : { soort: 'lokaal', log: storePaths(dataDir).logFile },
  };
}

/**
 * The store a command works on: the embedded local store of the data dir (shared with a
 * running `zorgplicht serve`), or another DynamoDB endpoint when ZORGPLICHT_DYNAMODB_ENDPOINT is set.
 * A fault of the machine (the data dir is a file, the store does not answer…) is thrown as an
 * `AppError('OMGEVINGSFOUT')` with a Dutch message, also when it happens later in a store call.
 */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<GeopendeOpslag> {
  const context = omgevingsContext(env);
  const dataDir = dataDirFrom(env);
  const now = clockFromEnvironment(env);
  const tableName = env.ZORGPLICHT_TABEL?.trim() || DEFAULT_TABLE_NAME;
  const extern = externalEndpoint(env);
  const translated = (error: unknown): unknown => toAppError(error, context) ?? error;

  let lokaal: Awaited<ReturnType<typeof connectLocalStore>> | undefined;
  try {
    await checkDataDir(dataDir);
    lokaal = extern ? undefined : await connectLocalStore(dataDir);
  } catch (error) {
    throw translated(error);
  }
  const clients = createDynamoClients({ endpoint: extern || lokaal?.endpoint, tableName });
  try {
    await ensureTable(clients.client, tableName);
  } catch (error) {
    clients.client.destroy();
    await lokaal?.release();
    throw translated(error);
  }
  // After ensureTable, which relies on the SDK's own ResourceNotFoundException.
  translateStoreFaults(clients, translated);
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

/** A data dir that exists must be a folder; one that does not exist yet is made by the store. */
async function checkDataDir(dataDir: string): Promise<void> {
  let stats;
  try {
    stats = await stat(dataDir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  if (!stats.isDirectory()) {
    throw new AppError(
      'OMGEVINGSFOUT',
      `ZORGPLICHT_DATA_DIR ${dataDir} is geen map maar een bestand: verplaats het bestand of kies met ZORGPLICHT_DATA_DIR een andere map.`,
    );
  }
}

/**
 * Every later call of the clients (the document client shares the middleware stack) fails
 * with the translated error, so that a store that stops while a command runs is reported in
 * Dutch wherever the command catches it. Other errors (a failed condition…) pass unchanged.
 */
function translateStoreFaults(clients: DynamoClients, translated: (error: unknown) => unknown): void {
  clients.client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw translated(error);
      }
    },
    { step: 'initialize', name: 'omgevingsfouten' },
  );
}
