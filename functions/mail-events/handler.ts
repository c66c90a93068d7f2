import { createLogger } from '../../shared/logging/logger.ts';
import { createDynamoClients } from '../../shared/storage/dynamo/dynamo-client.ts';
import { createDynamoStore } from '../../shared/storage/dynamo/dynamo-zorgplicht-store.ts';
import { createMailEventsHandler } from './mail-events-handler.ts';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('Omgevingsvariabele TABLE_NAME ontbreekt');

/** Lambda entry point: SNS messages of the SES feedback topic (TABLE_NAME from the stack). */
export const handler = createMailEventsHandler({
  verzendingen: createDynamoStore(createDynamoClients({ tableName }).document, tableName).verzendingen,
  logger: createLogger('zorgplicht-mail-events'),
});
