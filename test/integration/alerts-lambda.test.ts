import { rm } from 'node:fs/promises';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { MessageRejected, SendEmailCommand, SESv2Client, SESv2ServiceException } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAlertsHandler } from '../../functions/alerts/alerts-handler.ts';
import { createMailEventsHandler } from '../../functions/mail-events/mail-events-handler.ts';
import { parseAlertInstellingen } from '../../shared/alerts/alert-instellingen.ts';
import { createStoreAlertBronnen } from '../../shared/app/alerts/store-alert-bronnen.ts';
import { calendarDate } from '../../shared/calendar/calendar-date.ts';
import { createSesVerzender } from '../../shared/mail/ses-verzender.ts';
import { STANDAARD_NORMEN } from '../../shared/norms/standaard-normen.ts';
import { normenHash } from '../../shared/norms/normen-hash.ts';
import { ALERT_NU, LIJST_5517 } from '../support/alert-extracten.ts';
import { vulAlertStore } from '../support/alert-opzet.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import snsEvent from '../fixtures/events/sns-ses-bounce.json' with { type: 'json' };

// SES has no local stand-in here, so only SES is mocked; DynamoDB is the real dynalite.
const sesMock = mockClient(SESv2Client);
const A = 'a.de.vries@zorgkantoor.nl';
const B = 'b.bakker@zorgkantoor.nl';

const stores: TestStore[] = [];
afterEach(async () => {
  sesMock.reset();
  vi.restoreAllMocks();
  for (const t of stores.splice(0)) await rm(t.dataDir, { recursive: true, force: true });
});

async function opzet() {
  const t = await createTestStore({ now: () => new Date(ALERT_NU) });
  stores.push(t);
  await vulAlertStore(t, [
    ['5517', A],
    ['5517', B],
  ]);
  const instellingen = parseAlertInstellingen({
    MAIL_AFZENDER: 'monitor@zorgkantoor.nl',
    ZORGPLICHT_DASHBOARD_URL: 'https://monitor.zorgkantoor.nl',
  });
  if (!instellingen.ok) throw new Error('fixture');
  // Metrics go to stdout as EMF; keep the test output clean.
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const handler = createAlertsHandler({
    store: t.store,
    bronnen: createStoreAlertBronnen({
      store: t.store,
      normen: async () => ({
        normen: STANDAARD_NORMEN,
        bron: { soort: 'standaard' },
        hash: normenHash(STANDAARD_NORMEN),
      }),
      now: () => new Date('2026-11-16T08:00:00Z'),
    }),
    verzender: createSesVerzender(new SESv2Client({ region: 'eu-west-1', maxAttempts: 1 })),
    instellingen: instellingen.instellingen,
    logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
    metrics: new Metrics({ namespace: 'Zorgplicht/test', serviceName: 'zorgplicht-alerts' }),
    now: () => new Date(ALERT_NU),
  });
  return { t, handler };
}

describe('the alerts Lambda with SES v2 (the SES client mocked, DynamoDB real)', () => {
  it('sends each due mail once as raw MIME through SES and reports the counts', async () => {
    const { t, handler } = await opzet();
    sesMock.on(SendEmailCommand).resolves({ MessageId: '0102017c-ses' });

    expect(await handler({})).toEqual({
      cyclus: '2026-11-16',
      uitkomsten: expect.objectContaining({ verzonden: 2, mislukt: 0, onbekend: 0 }),
    });
    const calls = sesMock.commandCalls(SendEmailCommand).map((c) => c.args[0].input);
    expect(calls.map((c) => c.Destination?.ToAddresses)).toEqual([[A], [B]]);
    expect(calls[0]?.FromEmailAddress).toBe('monitor@zorgkantoor.nl');
    const mail = await simpleParser(Buffer.from(calls[0]?.Content?.Raw?.Data ?? new Uint8Array()));
    expect(mail.subject).toBe(
      'Zorgplicht-monitor 5517 Zuid-Holland Noord: seinen en 75%-lijst van 16-11-2026',
    );
    for (const id of LIJST_5517) expect(mail.text).toContain(id);
    expect(mail.text).toContain('https://monitor.zorgkantoor.nl/#/lijst/5517');

    expect(await handler({})).toMatchObject({ uitkomsten: { 'al verzonden': 2, verzonden: 0 } });
    expect(sesMock.commandCalls(SendEmailCommand)).toHaveLength(2);
    // The marker keeps the id SES gave the mail: what its bounce and complaint notifications name.
    expect(
      (await t.store.verzendingen.listVerzendingen(calendarDate('2026-11-16'))).map((v) => v.messageId),
    ).toEqual(['<0102017c-ses@eu-west-1.amazonses.com>', '<0102017c-ses@eu-west-1.amazonses.com>']);
  });

  it('MessageRejected blocks the address; throttling is retried; an SES server fault is onbekend', async () => {
    const { t, handler } = await opzet();
    sesMock
      .on(SendEmailCommand, { Destination: { ToAddresses: [A] } })
      .rejects(
        new MessageRejected({
          message: `Email address is not verified: ${A}`,
          $metadata: { httpStatusCode: 400 },
        }),
      )
      .on(SendEmailCommand, { Destination: { ToAddresses: [B] } })
      .rejectsOnce(
        new SESv2ServiceException({
          name: 'TooManyRequestsException',
          $fault: 'client',
          $metadata: { httpStatusCode: 429 },
        }),
      )
      .rejectsOnce(
        new SESv2ServiceException({
          name: 'InternalFailure',
          $fault: 'server',
          $metadata: { httpStatusCode: 500 },
        }),
      );

    expect(await handler({})).toMatchObject({ uitkomsten: { geblokkeerd: 1, mislukt: 1 } });
    expect(await t.store.verzendingen.listBlokkades()).toMatchObject([
      {
        adres: A,
        bron: 'verzending',
        reden: 'SES weigert de mail: Email address is not verified: a***@zorgkantoor.nl',
      },
    ]);
    expect(await handler({})).toMatchObject({ uitkomsten: { geblokkeerd: 1, onbekend: 1 } });
    expect(await handler({})).toMatchObject({ uitkomsten: { geblokkeerd: 1, onbekend: 1 } });
    // A: once; B: throttled, then the server fault; after that nothing more is sent automatically.
    expect(sesMock.commandCalls(SendEmailCommand)).toHaveLength(3);
  });
});

describe('the mail-events Lambda (SES bounces and complaints through SNS)', () => {
  it('blocks permanently bounced and complaining addresses, ignores transient bounces and other messages', async () => {
    const t = await createTestStore();
    stores.push(t);
    const handler = createMailEventsHandler({
      verzendingen: t.store.verzendingen,
      logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
      now: () => new Date('2026-11-16T07:00:05.000Z'),
    });
    expect(await handler(snsEvent)).toEqual({ geblokkeerd: 2, genegeerd: 2 });
    expect(await t.store.verzendingen.listBlokkades()).toEqual([
      {
        adres: 'klager@zorgkantoor.nl',
        sinds: '2026-11-16T07:00:05.000Z',
        bron: 'ses-klacht',
        reden: 'SES: klacht van de ontvanger (abuse)',
      },
      {
        adres: 'oud.adres@zorgkantoor.nl',
        sinds: '2026-11-16T07:00:05.000Z',
        bron: 'ses-bounce',
        reden: 'SES: permanente bounce (General)',
      },
    ]);
  });
});
