import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ZorgplichtStore } from '../zorgplicht-store.ts';
import { DynamoDataVersie, STANDAARD_VERSHEID_MS } from './dynamo-data-versie.ts';
import { DynamoExtractData } from './dynamo-extract-data.ts';
import { DynamoExtractLog } from './dynamo-extract-log.ts';
import { DynamoNormenVersies } from './dynamo-normen-versies.ts';
import { createDynamoAbonnementStore } from './dynamo-abonnement-store.ts';
import { createDynamoMailInstellingenStore } from './dynamo-mail-instellingen-store.ts';
import { DynamoSeinStore } from './dynamo-sein-store.ts';
import { createDynamoToegangslogStore } from './dynamo-toegangslog-store.ts';
import { createDynamoVerzendingStore } from './dynamo-verzending-store.ts';
import { DEFAULT_PAGINA_BYTES } from './regel-codec.ts';

export interface DynamoStoreOptions {
  readonly now?: () => Date;
  /** Bytes of row JSON per page item (smaller pages only for tests that need many batches). */
  readonly paginaBytes?: number;
  /**
   * How long this process trusts what it read before it checks the data version again: a change
   * made elsewhere shows within this bound (1 s locally; AWS uses a few seconds).
   */
  readonly versheidMs?: number;
}

/** The product's storage on one DynamoDB table: DynamoDB in AWS, dynalite on a laptop. */
export function createDynamoStore(
  client: DynamoDBDocumentClient,
  tableName: string,
  options: DynamoStoreOptions = {},
): ZorgplichtStore {
  const dataVersie = new DynamoDataVersie(client, tableName, options.versheidMs ?? STANDAARD_VERSHEID_MS);
  const extractLog = new DynamoExtractLog(client, tableName, dataVersie, options.now);
  return {
    extractLog,
    extractData: new DynamoExtractData(
      client,
      tableName,
      extractLog,
      options.paginaBytes ?? DEFAULT_PAGINA_BYTES,
    ),
    seinen: new DynamoSeinStore(client, tableName, dataVersie),
    normenVersies: new DynamoNormenVersies(client, tableName, dataVersie),
    dataVersie,
    abonnementen: createDynamoAbonnementStore(client, tableName),
    verzendingen: createDynamoVerzendingStore(client, tableName),
    toegangslog: createDynamoToegangslogStore(client, tableName),
    mailInstellingen: createDynamoMailInstellingenStore(client, tableName),
  };
}
