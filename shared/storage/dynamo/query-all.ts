import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';

/** Runs a Query to the end, following LastEvaluatedKey (each page returns at most 1 MB). */
export async function queryAll<T = Record<string, unknown>>(
  client: DynamoDBDocumentClient,
  input: QueryCommandInput,
): Promise<T[]> {
  const items: T[] = [];
  let exclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    const page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: exclusiveStartKey }));
    items.push(...((page.Items ?? []) as T[]));
    exclusiveStartKey = page.LastEvaluatedKey;
  } while (exclusiveStartKey);
  return items;
}
