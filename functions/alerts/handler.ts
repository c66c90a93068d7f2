import { Metrics } from '@aws-lambda-powertools/metrics';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { parseAlertInstellingen } from '../../shared/alerts/alert-instellingen.ts';
import { createStoreAlertBronnen } from '../../shared/app/alerts/store-alert-bronnen.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import { createSesVerzender } from '../../shared/mail/ses-verzender.ts';
import { createSmtpVerzender, parseSmtpUrl } from '../../shared/mail/smtp-verzender.ts';
import { resolveNormen } from '../../shared/app/normen/resolve-normen.ts';
import { createDynamoClients } from '../../shared/storage/dynamo/dynamo-client.ts';
import { createDynamoStore } from '../../shared/storage/dynamo/dynamo-zorgplicht-store.ts';
import { createAlertsHandler } from './alerts-handler.ts';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Omgevingsvariabele ${name} ontbreekt`);
  return value;
}

const tableName = required('TABLE_NAME');
required('MAIL_AFZENDER');
const instellingen = parseAlertInstellingen(process.env);
if (!instellingen.ok) throw new Error(`Ongeldige instellingen: ${instellingen.fouten.join('; ')}`);

/** SES in AWS; SMTP_URL only where a mail server stands in for SES (a test of the bundle). */
function verzender() {
  const smtp = process.env.SMTP_URL?.trim();
  if (!smtp) return createSesVerzender(new SESv2Client({ maxAttempts: 1 }));
  const url = parseSmtpUrl(smtp);
  if (!url.ok) throw new Error(`SMTP_URL: ${url.reden}`);
  return createSmtpVerzender(url.url);
}

const store = createDynamoStore(createDynamoClients({ tableName }).document, tableName);

/**
 * Lambda entry point (hourly schedule): TABLE_NAME, MAIL_AFZENDER, ZORGPLICHT_DASHBOARD_URL and
 * ZORGPLICHT_ALERT_ANKER from the stack. SES v2 with one attempt per mail: the SDK's own retries
 * could send a mail twice.
 */
export const handler = createAlertsHandler({
  store,
  // The norms in force at each run: the newest stored version, else the defaults in the bundle.
  bronnen: createStoreAlertBronnen({
    store,
    normen: () => resolveNormen({ normenVersies: store.normenVersies }, undefined),
    now: () => new Date(),
  }),
  verzender: verzender(),
  instellingen: instellingen.instellingen,
  logger: createLogger('zorgplicht-alerts'),
  metrics: new Metrics(),
});
