import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { NormenVersie, NormenVersieStore } from '../normen-versie-store.ts';
import type { DynamoDataVersie } from './dynamo-data-versie.ts';
import { NORMEN_PK, normenVersieSk } from './keys.ts';
import { queryAll } from './query-all.ts';

function fromItem(item: Record<string, unknown>): NormenVersie {
  const { pk: _pk, sk: _sk, entiteit: _e, ...rest } = item;
  // Written by saveNormenVersie from a NormenVersie; the norms in it were checked before storing.
  return rest as unknown as NormenVersie;
}

/** Norms versions in their own partition, append-only: every version is kept. */
export class DynamoNormenVersies implements NormenVersieStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly dataVersie: DynamoDataVersie,
  ) {}

  async getNieuwsteNormenVersie(): Promise<NormenVersie | undefined> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': NORMEN_PK },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const item = Items?.[0];
    return item ? fromItem(item) : undefined;
  }

  async listNormenVersies(): Promise<NormenVersie[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': NORMEN_PK },
      ScanIndexForward: false,
      ConsistentRead: true,
    });
    return items.map(fromItem);
  }

  async saveNormenVersie(nieuw: Omit<NormenVersie, 'versie'>): Promise<NormenVersie> {
    // The next number, claimed with a conditional put: two saves at once get two numbers.
    for (;;) {
      const versie = ((await this.getNieuwsteNormenVersie())?.versie ?? 0) + 1;
      const opgeslagen: NormenVersie = { ...nieuw, versie };
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { pk: NORMEN_PK, sk: normenVersieSk(versie), entiteit: 'normenversie', ...opgeslagen },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) continue;
        throw error;
      }
      await this.dataVersie.raise();
      return opgeslagen;
    }
  }
}
