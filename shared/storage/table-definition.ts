/**
 * The one DynamoDB table of the product (see docs/data-model.md). Shared by the CDK
 * stack and by the local store, so both create exactly the same keys and indexes.
 */
export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
} as const;

export const GSI1 = { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' } as const;
export const GSI2 = { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' } as const;

export const GLOBAL_SECONDARY_INDEXES = [GSI1, GSI2] as const;

export const DEFAULT_TABLE_NAME = 'zorgplicht';
