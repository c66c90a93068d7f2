import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '../../shared/calendar/calendar-date.ts';
import { createDynamoClients } from '../../shared/storage/dynamo/dynamo-client.ts';
import { createDynamoStore } from '../../shared/storage/dynamo/dynamo-zorgplicht-store.ts';
import { connectLocalStore } from '../../shared/storage/local/local-store.ts';
import { DEFAULT_TABLE_NAME } from '../../shared/storage/table-definition.ts';
import type { ZorgplichtStore } from '../../shared/storage/zorgplicht-store.ts';
import { ALERT_NU, alertExtracten, LIJST_5517 } from '../support/alert-extracten.ts';
import { runCli } from '../support/run-cli.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher.ts';
import { type Werkmap, werkmappen } from '../support/werkmappen.ts';

const mappen = werkmappen('zp-e2e-alerts-');
let map: Werkmap;
let catcher: SmtpCatcher;
const NU = '2026-11-17T09:00';
const A = 'a.de.vries@zorgkantoor.nl';
const B = 'b.bakker@zorgkantoor.nl';
const C = 'c.smit@zorgkantoor.nl';

const env = (extra: NodeJS.ProcessEnv = {}) =>
  map.env({ ZORGPLICHT_NU: ALERT_NU, ZORGPLICHT_STORE_GRACE_MS: '1500', SMTP_URL: '', ...extra });

/** Reads the data dir's store as a client of its daemon, as another command would. */
async function metStore<T>(werk: (store: ZorgplichtStore) => Promise<T>): Promise<T> {
  const verbinding = await connectLocalStore(map.dataDir);
  const clients = createDynamoClients({ endpoint: verbinding.endpoint, tableName: DEFAULT_TABLE_NAME });
  try {
    return await werk(createDynamoStore(clients.document, DEFAULT_TABLE_NAME));
  } finally {
    clients.client.destroy();
    await verbinding.release();
  }
}

const toegang = () =>
  metStore((s) =>
    s.toegangslog.listToegang({ van: '2026-11-01T00:00:00.000Z', tot: '2026-12-01T00:00:00.000Z' }),
  );

beforeAll(async () => {
  map = await mappen.nieuw();
  catcher = await startSmtpCatcher();
  const bestanden: string[] = [];
  for (const extract of alertExtracten()) {
    const pad = join(map.dir, extract.naam);
    await writeFile(pad, extract.tekst);
    bestanden.push(pad);
  }
  const ingest = await runCli(['ingest', ...bestanden], { env: env() });
  expect(ingest.code, ingest.stderr).toBe(0);
});

afterAll(async () => {
  await catcher.stop();
  await mappen.ruimOp();
});

describe('zorgplicht abonneer, abonnementen, opzeggen', () => {
  it('subscribes, with a warning for a domain that is not allowed, and refuses clearly', async () => {
    const ok = await runCli(['abonneer', '--regio', '5517', '--email', 'A.de.Vries@ZorgKantoor.nl'], {
      env: env(),
    });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toBe(
      `${A} krijgt voortaan elke twee weken de alertmail van 5517 Zuid-Holland Noord; de eerstvolgende run van zorgplicht alerts stuurt al de mail van de huidige cyclus (16-11-2026).\n`,
    );
    expect(ok.stderr).toContain(
      'Let op: het domein zorgkantoor.nl staat niet bij de toegestane maildomeinen (geen ingesteld).',
    );
    for (const [regio, email] of [
      ['5517', B],
      ['5518', C],
    ] as const) {
      expect((await runCli(['abonneer', '--regio', regio, '--email', email], { env: env() })).code).toBe(0);
    }

    const dubbel = await runCli(['abonneer', '--regio', '5517', '--email', A.toUpperCase()], { env: env() });
    expect([dubbel.code, dubbel.stderr.trim().split('\n').at(-1)]).toEqual([
      1,
      `${A} is al geabonneerd op de alerts van 5517 Zuid-Holland Noord.`,
    ]);
    const regio = await runCli(['abonneer', '--regio', '5599', '--email', A], { env: env() });
    expect([regio.code, regio.stderr.split('\n')[0]]).toEqual([
      2,
      '--regio 5599: onbekende zorgkantoorregio; verwacht een code uit 5501–5533 (zie zorgplicht regios)',
    ]);
    const adres = await runCli(['abonneer', '--regio', '5517', '--email', 'jansen.zorgkantoor.nl'], {
      env: env(),
    });
    expect([adres.code, adres.stderr]).toEqual([
      1,
      'E-mailadres "jansen.zorgkantoor.nl": geen geldig e-mailadres (verwacht bijvoorbeeld naam@zorgkantoor.nl).\n',
    ]);
    const weg = await runCli(['opzeggen', '--regio', '5518', '--email', A], { env: env() });
    expect([weg.code, weg.stderr]).toEqual([
      1,
      `${A} is niet geabonneerd op de alerts van 5518 Haaglanden; zie zorgplicht abonnementen.\n`,
    ]);

    const lijst = await runCli(['abonnementen', '--format', 'json'], { env: env() });
    expect(
      JSON.parse(lijst.stdout).abonnementen.map(
        (a: { regio: string; adres: string }) => `${a.regio} ${a.adres}`,
      ),
    ).toEqual([`5517 ${A}`, `5517 ${B}`, `5518 ${C}`]);
  });
});

describe('zorgplicht alerts', () => {
  it('--dry-run --out writes every subscriber’s mail as .eml and sends and records nothing', async () => {
    const out = join(map.dir, 'voorbeeld');
    const droog = await runCli(['alerts', '--dry-run', '--out', out, '--nu', NU], {
      env: env({ SMTP_URL: catcher.url }),
    });
    expect(droog.code, droog.stderr).toBe(0);
    expect(droog.stdout).toContain('3 mails geschreven naar');
    const bestanden = (await readdir(out)).sort();
    expect(bestanden).toEqual([
      `2026-11-16_5517_${A}.eml`,
      `2026-11-16_5517_${B}.eml`,
      `2026-11-16_5518_${C}.eml`,
    ]);
    const eml = await simpleParser(await readFile(join(out, bestanden[0] ?? '')));
    expect(eml.subject).toBe(
      'Zorgplicht-monitor 5517 Zuid-Holland Noord: seinen en 75%-lijst van 16-11-2026',
    );
    for (const id of LIJST_5517) expect(eml.text).toContain(id);
    expect(catcher.mails).toHaveLength(0);
    expect(await toegang()).toEqual([]);
    expect(await metStore((s) => s.verzendingen.listVerzendingen(calendarDate('2026-11-16')))).toEqual([]);
  });

  it('two processes at once send each mail exactly once; a later run sends nothing new', async () => {
    const [een, twee] = await Promise.all([
      runCli(['alerts', '--nu', NU], { env: env({ SMTP_URL: catcher.url }) }),
      runCli(['alerts', '--nu', NU], { env: env({ SMTP_URL: catcher.url }) }),
    ]);
    expect([een.code, twee.code], een.stderr + twee.stderr).toEqual([0, 0]);
    expect(catcher.mails.map((m) => m.aan.join()).sort()).toEqual([A, B, C]);
    const verzonden = (een.stdout + twee.stdout).match(/^verzonden /gm) ?? [];
    expect(verzonden).toHaveLength(3);
    expect(een.stdout + twee.stdout).not.toContain(A);

    const later = await runCli(['alerts', '--nu', '2026-11-23T10:00'], {
      env: env({ SMTP_URL: catcher.url }),
    });
    expect(later.code).toBe(0);
    expect(later.stdout).toContain('Samen: 3 al verzonden.');
    expect(catcher.mails).toHaveLength(3);
    expect(await toegang()).toHaveLength(3);

    const status = await runCli(['alerts', '--status', '--format', 'tekst', '--nu', NU], { env: env() });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(
      new RegExp(`5517 Zuid-Holland Noord\\s+${A.replace(/\./g, '\\.')}\\s+verzonden\\s+1`),
    );
    expect(status.stdout).toContain(
      'Samen: 3 verzonden, 0 nog te verzenden, 0 onbekend, 0 geblokkeerde adressen.',
    );
  });

  it('without SMTP_URL the mail goes to the outbox; with the mail server down the run exits 3 and says why', async () => {
    const d = 'd.visser@zorgkantoor.nl';
    expect((await runCli(['abonneer', '--regio', '5518', '--email', d], { env: env() })).code).toBe(0);

    const dicht = await startSmtpCatcher();
    await dicht.stop();
    const neer = await runCli(['alerts', '--nu', NU], { env: env({ SMTP_URL: dicht.url }) });
    expect(neer.code).toBe(3);
    expect(neer.stdout).toMatch(/^mislukt\s+d\*\*\*@zorgkantoor\.nl/m);
    expect(neer.stderr.split('\n')[0]).toBe(
      `1 mail van de cyclus van 16-11-2026 kon niet worden verzonden (de mailserver ${dicht.url} is niet bereikbaar (ECONNREFUSED)); de volgende run probeert het opnieuw.`,
    );

    const outbox = await runCli(['alerts', '--nu', NU], { env: env() });
    expect(outbox.code, outbox.stderr).toBe(0);
    expect(outbox.stdout).toContain('(SMTP_URL is niet gezet)');
    expect(await readdir(join(map.dataDir, 'outbox'))).toEqual([`2026-11-16_5518_${d}.eml`]);
    expect(catcher.mails).toHaveLength(3);
  });

  it('refuses a malformed --nu, SMTP_URL or anchor as a usage error', async () => {
    const nu = await runCli(['alerts', '--nu', 'maandag'], { env: env() });
    expect([nu.code, nu.stderr.split('\n')[0]]).toEqual([
      2,
      '--nu maandag: geen datum en tijd; gebruik bijvoorbeeld 2026-11-16T07:30 (Amsterdamse tijd) of 2026-11-16T07:30:00+01:00',
    ]);
    const smtp = await runCli(['alerts'], { env: env({ SMTP_URL: 'http://mail.zorgkantoor.nl' }) });
    expect([smtp.code, smtp.stderr.split('\n')[0]]).toEqual([
      2,
      'SMTP_URL: begint met http:// in plaats van smtp:// of smtps://',
    ]);
    const anker = await runCli(['alerts', '--status'], {
      env: env({ ZORGPLICHT_ALERT_ANKER: '2024-01-02' }),
    });
    expect([anker.code, anker.stderr.split('\n')[0]]).toEqual([
      2,
      'ZORGPLICHT_ALERT_ANKER: 2024-01-02 is geen maandag (een alertcyclus begint op maandag)',
    ]);
  });
});
