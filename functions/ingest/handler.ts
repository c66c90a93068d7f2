import { Metrics } from '@aws-lambda-powertools/metrics';
import { S3Client } from '@aws-sdk/client-s3';
import { createLogger } from '../../shared/logging/logger.ts';
import { createDynamoClients } from '../../shared/storage/dynamo/dynamo-client.ts';
import { createDynamoStore } from '../../shared/storage/dynamo/dynamo-zorgplicht-store.ts';
import { createIngestHandler } from './ingest-handler.ts';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Omgevingsvariabele ${name} ontbreekt`);
  return value;
}

const tableName = required('TABLE_NAME');

/**
 * Lambda entry point (SQS notifications and the schedule): TABLE_NAME and LANDING_BUCKET come
 * from the CDK stack, the Powertools service name and metrics namespace from the environment.
 */
export const handler = createIngestHandler({
  store: createDynamoStore(createDynamoClients({ tableName }).document, tableName),
  s3: new S3Client({}),
  bucket: required('LANDING_BUCKET'),
  logger: createLogger('zorgplicht-ingest'),
  metrics: new Metrics(),
});
