import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ALERT_NU, LIJST_5517 } from '../support/alert-extracten.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher.ts';
import { vulAlertStore } from '../support/alert-opzet.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const A = 'a.de.vries@zorgkantoor.nl';
const B = 'b.bakker@zorgkantoor.nl';

/**
 * The alerts and mail-events Lambdas as they are deployed: one ES-module bundle each, built by
 * esbuild with the options of `infra/lib/constructs/app-function.ts`, loaded in a separate Node
 * process the way the Lambda runtime loads it and invoked against dynalite, with a real SMTP
 * server on loopback standing in for SES (SMTP_URL).
 */
let outdir: string;
let t: TestStore;
let catcher: SmtpCatcher;

async function bundel(entry: string, naam: string): Promise<string> {
  const uit = join(outdir, naam, 'index.mjs');
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile: uit,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    banner: { js: "import { createRequire } from 'module';const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return uit;
}

/** Loads the bundle in a fresh Node process and calls its handler once with `event`. */
function roepAan(
  bundel: string,
  event: unknown,
): Promise<{ code: number | null; resultaat: unknown; log: string }> {
  const script = `
    const { handler } = await import(process.env.BUNDEL);
    const resultaat = await handler(JSON.parse(process.env.EVENT), { awsRequestId: 'test', functionName: 'test' });
    process.stdout.write('RESULTAAT ' + JSON.stringify(resultaat) + '\\n');
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: {
      PATH: process.env.PATH,
      BUNDEL: pathToFileURL(bundel).href,
      EVENT: JSON.stringify(event),
      TABLE_NAME: t.tableName,
      AWS_ENDPOINT_URL_DYNAMODB: inject('dynamoEndpoint'),
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      MAIL_AFZENDER: 'monitor@zorgkantoor.nl',
      ZORGPLICHT_DASHBOARD_URL: 'https://monitor.zorgkantoor.nl/',
      SMTP_URL: catcher.url,
      POWERTOOLS_SERVICE_NAME: 'zorgplicht-alerts',
      POWERTOOLS_METRICS_NAMESPACE: 'Zorgplicht/test',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const regel = out.split('\n').find((r) => r.startsWith('RESULTAAT '));
      resolve({
        code,
        resultaat: regel ? JSON.parse(regel.slice('RESULTAAT '.length)) : undefined,
        log: out,
      });
    });
  });
}

let alerts: string;
let mailEvents: string;

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), 'zp-alerts-bundle-'));
  [alerts, mailEvents] = await Promise.all([
    bundel('functions/alerts/handler.ts', 'alerts'),
    bundel('functions/mail-events/handler.ts', 'mail-events'),
  ]);
  t = await createTestStore({ now: () => new Date(ALERT_NU) });
  await vulAlertStore(t, [
    ['5517', A],
    ['5517', B],
  ]);
  catcher = await startSmtpCatcher();
}, 120_000);

afterAll(async () => {
  await catcher?.stop();
  await rm(outdir, { recursive: true, force: true });
  if (t) await rm(t.dataDir, { recursive: true, force: true });
});

describe('the bundled alerts Lambda', () => {
  it('is one ES module that sends each due mail once, with a log that names no client and no address', async () => {
    const code = await readFile(alerts);
    expect(code.toString('utf8').startsWith("import { createRequire } from 'module';")).toBe(true);
    // The product's limit for a function's code (infra/lib/bundle-sizes.ts): 1 MB zipped.
    expect(deflateRawSync(code, { level: 9 }).length).toBeLessThan(1024 * 1024);
    const eerste = await roepAan(alerts, {
      source: 'aws.scheduler',
      'detail-type': 'Scheduled Event',
      detail: {},
    });
    expect(eerste.code, eerste.log).toBe(0);
    expect(eerste.resultaat).toMatchObject({ uitkomsten: { verzonden: 2, mislukt: 0 } });
    expect(catcher.mails.map((m) => m.aan.join()).sort()).toEqual([A, B]);
    for (const id of LIJST_5517) expect(catcher.mails[0]?.mail.text).toContain(id);
    expect(eerste.log).toContain('Alertmail verzonden');
    for (const geheim of [A, B, ...LIJST_5517]) expect(eerste.log).not.toContain(geheim);

    const tweede = await roepAan(alerts, {});
    expect(tweede.resultaat).toMatchObject({ uitkomsten: { verzonden: 0, 'al verzonden': 2 } });
    expect(catcher.mails).toHaveLength(2);
  });
});

describe('the bundled mail-events Lambda', () => {
  it('blocks an address that SES reports as permanently bounced', async () => {
    const event = JSON.parse(await readFile(join(ROOT, 'test/fixtures/events/sns-ses-bounce.json'), 'utf8'));
    const uitkomst = await roepAan(mailEvents, event);
    expect(uitkomst.code, uitkomst.log).toBe(0);
    expect(uitkomst.resultaat).toEqual({ geblokkeerd: 2, genegeerd: 2 });
    expect((await t.store.verzendingen.listBlokkades()).map((b) => b.adres)).toEqual([
      'klager@zorgkantoor.nl',
      'oud.adres@zorgkantoor.nl',
    ]);
  });
});
