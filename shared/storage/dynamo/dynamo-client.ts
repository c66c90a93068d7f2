import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoVerbinding {
  /** Local store (dynalite) endpoint; absent in AWS, where the SDK finds DynamoDB itself. */
  readonly endpoint?: string | undefined;
  readonly tableName: string;
  readonly region?: string | undefined;
}

export interface DynamoClients {
  readonly client: DynamoDBClient;
  readonly document: DynamoDBDocumentClient;
}

/**
 * The clients for the product's table. Locally they point at dynalite with dummy
 * credentials; in AWS the default credential chain and region apply.
 */
export function createDynamoClients(verbinding: DynamoVerbinding): DynamoClients {
  const client = verbinding.endpoint
    ? new DynamoDBClient({
        endpoint: verbinding.endpoint,
        region: verbinding.region ?? 'eu-west-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        maxAttempts: 5,
        // A local store that hangs (a frozen daemon) must not hang a command for ever.
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 120_000 },
      })
    : new DynamoDBClient({ region: verbinding.region, maxAttempts: 5 });
  const document = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, document };
}
