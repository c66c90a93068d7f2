import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { Abonnement, AbonnementStore } from '../abonnement-store.ts';
import { schrijfAlsConditie } from './dynamo-conditie.ts';
import { ABONNEMENTEN_PK, abonnementKey, abonnementSkPrefix } from './keys.ts';
import { queryAll } from './query-all.ts';

/** Subscriptions in one partition (a few hundred small items), read consistently. */
export function createDynamoAbonnementStore(
  client: DynamoDBDocumentClient,
  tableName: string,
): AbonnementStore {
  return {
    addAbonnement: (abonnement) =>
      schrijfAlsConditie(() =>
        client.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...abonnementKey(abonnement.regio, abonnement.adres),
              entiteit: 'abonnement',
              ...abonnement,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      ),
    removeAbonnement: (regio, adres) =>
      schrijfAlsConditie(() =>
        client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: abonnementKey(regio, adres),
            ConditionExpression: 'attribute_exists(pk)',
          }),
        ),
      ),
    listAbonnementen: async (regio?: RegioCode) => {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': ABONNEMENTEN_PK, ':prefix': abonnementSkPrefix(regio) },
        ConsistentRead: true,
      });
      return items.map((item) => {
        const { pk: _pk, sk: _sk, entiteit: _e, ...abonnement } = item;
        // Written by addAbonnement from an Abonnement.
        return abonnement as unknown as Abonnement;
      });
    },
  };
}
