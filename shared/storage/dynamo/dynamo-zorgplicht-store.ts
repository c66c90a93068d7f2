import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ZorgplichtStore } from '../zorgplicht-store.ts';
import { createDynamoAbonnementStore } from './dynamo-abonnement-store.ts';
import { DynamoExtractData } from './dynamo-extract-data.ts';
import { DynamoExtractLog } from './dynamo-extract-log.ts';
import { createDynamoMailInstellingenStore } from './dynamo-mail-instellingen-store.ts';
import { DynamoSeinStore } from './dynamo-sein-store.ts';
import { createDynamoToegangslogStore } from './dynamo-toegangslog-store.ts';
import { createDynamoVerzendingStore } from './dynamo-verzending-store.ts';
import { DEFAULT_PAGINA_BYTES } from './regel-codec.ts';

export interface DynamoStoreOptions {
  readonly now?: () => Date;
  /** Bytes of row JSON per page item (smaller pages only for tests that need many batches). */
  readonly paginaBytes?: number;
}

type Methods<T> = { [K in keyof T]: T[K] };

/** The product's storage on one DynamoDB table: DynamoDB in AWS, dynalite on a laptop. */
export function createDynamoStore(
  client: DynamoDBDocumentClient,
  tableName: string,
  options: DynamoStoreOptions = {},
): ZorgplichtStore {
  const log = new DynamoExtractLog(client, tableName, options.now);
  const data = new DynamoExtractData(client, tableName, log, options.paginaBytes ?? DEFAULT_PAGINA_BYTES);
  const seinen = new DynamoSeinStore(client, tableName);
  const store: Methods<ZorgplichtStore> = {
    getExtractLog: (...a) => log.getExtractLog(...a),
    listExtractLog: (...a) => log.listExtractLog(...a),
    recordAfgewezen: (...a) => log.recordAfgewezen(...a),
    recordOnderbroken: (...a) => log.recordOnderbroken(...a),
    beginIngest: (...a) => log.beginIngest(...a),
    commitIngest: (...a) => log.commitIngest(...a),
    markOnderbroken: (...a) => log.markOnderbroken(...a),
    listZichtbareExtracten: (...a) => log.listZichtbareExtracten(...a),
    writeExtractRows: (...a) => data.writeExtractRows(...a),
    removeReplacedSnapshots: (...a) => data.removeReplacedSnapshots(...a),
    listWachtlijstPeildata: (...a) => data.listWachtlijstPeildata(...a),
    getWachtlijst: (...a) => data.getWachtlijst(...a),
    getPgbStand: (...a) => data.getPgbStand(...a),
    getMazStand: (...a) => data.getMazStand(...a),
    saveSeinAanpassing: (...a) => seinen.saveSeinAanpassing(...a),
    listSeinAanpassingen: (...a) => seinen.listSeinAanpassingen(...a),
    saveSeinOordeel: (...a) => seinen.saveSeinOordeel(...a),
    listSeinOordelen: (...a) => seinen.listSeinOordelen(...a),
    ...createDynamoAbonnementStore(client, tableName),
    ...createDynamoVerzendingStore(client, tableName),
    ...createDynamoToegangslogStore(client, tableName),
    ...createDynamoMailInstellingenStore(client, tableName),
  };
  return store;
}
