import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { LIJST_HASH_LENGTE } from '../../alerts/lijst-hash.ts';
import { GSI1 } from '../table-definition.ts';
import type { Blokkade, Verzending, VerzendingStore, VerzendVerwachting } from '../verzending-store.ts';
import { schrijfAlsConditie } from './dynamo-conditie.ts';
import { blokkadeKey, verzendingKey, verzendingPk, verzondenIndexPk } from './keys.ts';
import { queryAll } from './query-all.ts';

/**
 * At most this many list hashes per marker (22 characters each, ~260 KB): an item may not exceed
 * 400 KB. The list is most urgent first, so only the least urgent of a longer list are not
 * remembered (they show as new once more in the next mail).
 */
export const MAX_LIJST_HASHES = 12_000;

function toItem(verzending: Verzending): Record<string, unknown> {
  const { lijstHashes, ...rest } = verzending;
  return {
    ...verzendingKey(verzending.cyclus, verzending.regio, verzending.adres),
    // Sparse index: only sent mails are "the previous mail" of the next cycle.
    ...(verzending.status === 'verzonden'
      ? {
          [GSI1.partitionKey]: verzondenIndexPk(verzending.regio, verzending.adres),
          [GSI1.sortKey]: verzending.cyclus,
        }
      : {}),
    entiteit: 'verzending',
    ...rest,
    // One string of fixed-width hashes: far smaller than a list of strings.
    lijst: lijstHashes.slice(0, MAX_LIJST_HASHES).join(''),
  };
}

function fromItem(item: Record<string, unknown>): Verzending {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, entiteit: _e, lijst, ...rest } = item;
  const tekst = typeof lijst === 'string' ? lijst : '';
  const lijstHashes: string[] = [];
  for (let i = 0; i < tekst.length; i += LIJST_HASH_LENGTE)
    lijstHashes.push(tekst.slice(i, i + LIJST_HASH_LENGTE));
  // Written by toItem from a Verzending.
  return { ...(rest as unknown as Omit<Verzending, 'lijstHashes'>), lijstHashes };
}

function conditie(verwachting: VerzendVerwachting) {
  switch (verwachting.soort) {
    case 'nieuw':
      return { ConditionExpression: 'attribute_not_exists(pk)' };
    case 'ongewijzigd':
      return {
        ConditionExpression: 'poging = :poging AND #status = :status',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':poging': verwachting.poging, ':status': verwachting.status },
      };
    case 'eigen':
      return {
        ConditionExpression: 'poging = :poging',
        ExpressionAttributeValues: { ':poging': verwachting.poging },
      };
  }
}

/** Sent markers (a partition per cycle) and blocked addresses (one partition), on the one table. */
export function createDynamoVerzendingStore(
  client: DynamoDBDocumentClient,
  tableName: string,
): VerzendingStore {
  return {
    getVerzending: async (cyclus, regio, adres) => {
      const { Item } = await client.send(
        new GetCommand({
          TableName: tableName,
          Key: verzendingKey(cyclus, regio, adres),
          ConsistentRead: true,
        }),
      );
      return Item ? fromItem(Item) : undefined;
    },
    listVerzendingen: async (cyclus) => {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': verzendingPk(cyclus) },
        ConsistentRead: true,
      });
      return items.map(fromItem);
    },
    putVerzending: (verzending, verwachting) =>
      schrijfAlsConditie(() =>
        client.send(
          new PutCommand({ TableName: tableName, Item: toItem(verzending), ...conditie(verwachting) }),
        ),
      ),
    vorigeVerzending: async (regio, adres, voor) => {
      const { Items } = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: GSI1.indexName,
          KeyConditionExpression: '#pk = :pk AND #sk < :voor',
          ExpressionAttributeNames: { '#pk': GSI1.partitionKey, '#sk': GSI1.sortKey },
          ExpressionAttributeValues: { ':pk': verzondenIndexPk(regio, adres), ':voor': voor },
          ScanIndexForward: false,
          Limit: 1,
        }),
      );
      const item = Items?.[0];
      return item ? fromItem(item) : undefined;
    },
    putBlokkade: async (blokkade) => {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...blokkadeKey(blokkade.adres), entiteit: 'blokkade', ...blokkade },
        }),
      );
    },
    removeBlokkade: (adres) =>
      schrijfAlsConditie(() =>
        client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: blokkadeKey(adres),
            ConditionExpression: 'attribute_exists(pk)',
          }),
        ),
      ),
    listBlokkades: async () => {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': blokkadeKey('').pk },
        ConsistentRead: true,
      });
      return items.map((item) => {
        const { pk: _pk, sk: _sk, entiteit: _e, ...blokkade } = item;
        // Written by putBlokkade from a Blokkade.
        return blokkade as unknown as Blokkade;
      });
    },
  };
}
