import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type WriteRequest = NonNullable<
  NonNullable<ConstructorParameters<typeof BatchWriteCommand>[0]['RequestItems']>[string]
>[number];

export const MAX_BATCH_ITEMS = 25;

export interface BatchWriteOptions {
  /** Parallel BatchWrite calls. */
  readonly concurrency?: number;
  /** Attempts per batch for UnprocessedItems before giving up. */
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  /** Called after each batch is fully written (all its items processed): batches done and in all. */
  readonly onBatch?: (batchesWritten: number, batchesTotal: number) => void | Promise<void>;
}

/**
 * Writes put/delete requests in BatchWriteItem calls of at most 25, retrying
 * UnprocessedItems with exponential backoff and jitter (as the DynamoDB API asks).
 * BatchWrite is not atomic; callers make it safe with deterministic keys and a separate
 * commit step.
 */
export async function batchWrite(
  client: DynamoDBDocumentClient,
  tableName: string,
  requests: readonly WriteRequest[],
  options: BatchWriteOptions = {},
): Promise<void> {
  const concurrency = options.concurrency ?? 4;
  const maxAttempts = options.maxAttempts ?? 10;
  const baseDelayMs = options.baseDelayMs ?? 50;
  const batches: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += MAX_BATCH_ITEMS)
    batches.push(requests.slice(i, i + MAX_BATCH_ITEMS));

  let next = 0;
  let written = 0;
  let failed: unknown;
  const worker = async () => {
    while (next < batches.length && failed === undefined) {
      const batch = batches[next++] as WriteRequest[];
      try {
        await writeOneBatch(client, tableName, batch, maxAttempts, baseDelayMs);
        written++;
        await options.onBatch?.(written, batches.length);
      } catch (error) {
        failed ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  if (failed !== undefined) throw failed;
}

async function writeOneBatch(
  client: DynamoDBDocumentClient,
  tableName: string,
  batch: WriteRequest[],
  maxAttempts: number,
  baseDelayMs: number,
): Promise<void> {
  let pending = batch;
  for (let attempt = 1; ; attempt++) {
    const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
    const unprocessed = result.UnprocessedItems?.[tableName] ?? [];
    if (unprocessed.length === 0) return;
    if (attempt >= maxAttempts) {
      throw new Error(`${unprocessed.length} items niet geschreven na ${maxAttempts} pogingen (BatchWrite)`);
    }
    pending = unprocessed;
    const delay = baseDelayMs * 2 ** (attempt - 1);
    await new Promise((resolve) => setTimeout(resolve, delay / 2 + Math.random() * (delay / 2)));
  }
}
