import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { MailInstellingenStore, ToegestaneDomeinen } from '../mail-instellingen-store.ts';
import { maildomeinenKey } from './keys.ts';

export function createDynamoMailInstellingenStore(
  client: DynamoDBDocumentClient,
  tableName: string,
): MailInstellingenStore {
  return {
    getToegestaneDomeinen: async () => {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: maildomeinenKey(), ConsistentRead: true }),
      );
      if (!Item) return { domeinen: [] };
      // Written by setToegestaneDomeinen from a ToegestaneDomeinen.
      const { domeinen, door, op } = Item as ToegestaneDomeinen;
      return { domeinen, door, op };
    },
    setToegestaneDomeinen: async (instelling) => {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...maildomeinenKey(),
            entiteit: 'instelling',
            ...instelling,
            domeinen: [...instelling.domeinen],
          },
        }),
      );
    },
  };
}
