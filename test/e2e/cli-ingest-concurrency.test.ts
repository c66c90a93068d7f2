import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarDate } from '../../shared/calendar/calendar-date.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import { createDynamoClients } from '../../shared/storage/dynamo/dynamo-client.ts';
import { createDynamoStore } from '../../shared/storage/dynamo/dynamo-zorgplicht-store.ts';
import { connectLocalStore } from '../../shared/storage/local/local-store.ts';
import { DEFAULT_TABLE_NAME } from '../../shared/storage/table-definition.ts';
import { WACHTLIJST_KOP } from '../support/csv-text.ts';
import { runCli } from '../support/run-cli.ts';

const P = '2023-08-31';
const opruimen: string[] = [];
afterEach(async () => {
  for (const dir of opruimen.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function werkmap(): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const dir = await mkdtemp(join(tmpdir(), 'zp-e2e-race-'));
  opruimen.push(dir);
  return {
    dir,
    env: {
      ZORGPLICHT_DATA_DIR: join(dir, 'data'),
      ZORGPLICHT_STORE_GRACE_MS: '1500',
      // Both processes read the same clock to the millisecond: the order must not rest on it.
      ZORGPLICHT_NU: '2024-01-10T08:00:00.000Z',
    },
  };
}

function snapshot(prefix: string, aantal: number): string {
  const lines = [WACHTLIJST_KOP.join(',')];
  for (let i = 0; i < aantal; i++) lines.push(`${P},5517,${prefix}-${i},VV,,7,09,2023-06-01,J,,`);
  return `${lines.join('\n')}\n`;
}

/** Reads what a reader sees in the data dir's embedded store, as a client of it. */
async function zichtbareClienten(dataDir: string): Promise<string[] | undefined> {
  const verbinding = await connectLocalStore(dataDir);
  const clients = createDynamoClients({ endpoint: verbinding.endpoint, tableName: DEFAULT_TABLE_NAME });
  try {
    const store = createDynamoStore(clients.document, DEFAULT_TABLE_NAME);
    return (await store.extractData.getWachtlijst('5517' as RegioCode, calendarDate(P)))
      ?.map((r) => r.clientId)
      .sort();
  } finally {
    clients.client.destroy();
    await verbinding.release();
  }
}

const namen = (prefix: string, aantal: number) =>
  Array.from({ length: aantal }, (_, i) => `${prefix}-${i}`).sort();

describe('two real processes ingest different files for the same (region, peildatum) at once', () => {
  it('always leaves exactly one whole snapshot visible, whatever the clock says', async () => {
    const { dir, env } = await werkmap();
    for (let ronde = 0; ronde < 6; ronde++) {
      const a = join(dir, `a${ronde}.csv`);
      const b = join(dir, `b${ronde}.csv`);
      await writeFile(a, snapshot(`A${ronde}`, 300));
      await writeFile(b, snapshot(`B${ronde}`, 200));
      const [ra, rb] = await Promise.all([runCli(['ingest', a], { env }), runCli(['ingest', b], { env })]);
      expect([ra.code, rb.code], `${ra.stderr}${rb.stderr}`).toEqual([0, 0]);
      expect(ra.stdout).toContain('verwerkt');
      expect(rb.stdout).toContain('verwerkt');
      const zichtbaar = await zichtbareClienten(env.ZORGPLICHT_DATA_DIR ?? '');
      expect([namen(`A${ronde}`, 300), namen(`B${ronde}`, 200)]).toContainEqual(zichtbaar);
    }
  });
});

describe('ingest --opnieuw makes an earlier delivery current again', () => {
  it('warns when a file replaces a snapshot, and --opnieuw brings the earlier one back', async () => {
    const { dir, env } = await werkmap();
    await writeFile(join(dir, 'heel.csv'), snapshot('H', 5));
    await writeFile(join(dir, 'deel.csv'), snapshot('D', 1));
    expect((await runCli(['ingest', join(dir, 'heel.csv')], { env })).code).toBe(0);
    const deel = await runCli(['ingest', join(dir, 'deel.csv')], { env });
    expect(deel.stdout).toContain(
      'waarschuwing: vervangt de momentopname van 5517 op 31-08-2023: 5 → 1 cliënten (eerder: heel.csv)',
    );
    const again = await runCli(['ingest', join(dir, 'heel.csv')], { env });
    expect(again.stdout).toContain('heel.csv: al verwerkt');
    expect(await zichtbareClienten(env.ZORGPLICHT_DATA_DIR ?? '')).toEqual(['D-0']);

    const opnieuw = await runCli(['ingest', '--opnieuw', join(dir, 'heel.csv')], { env });
    expect(opnieuw.code, opnieuw.stderr).toBe(0);
    expect(opnieuw.stdout).toContain('heel.csv: verwerkt');
    expect(opnieuw.stdout).toContain('opnieuw geldig gemaakt');
    expect(await zichtbareClienten(env.ZORGPLICHT_DATA_DIR ?? '')).toEqual(namen('H', 5));

    const inbox = await runCli(['ingest', '--inbox', '--opnieuw'], { env });
    expect(inbox.code).toBe(2);
  });
});

describe('a file still being written into the inbox', () => {
  it('is never taken half-way: ingest --inbox runs while a process writes 200,000 rows', async () => {
    const { env } = await werkmap();
    const inbox = join(env.ZORGPLICHT_DATA_DIR ?? '', 'inbox');
    await mkdir(inbox, { recursive: true });
    const rijen = 200_000;
    // A separate process writes the file in pieces with short pauses, as a slow copy does.
    const schrijver = spawn(
      process.execPath,
      [
        '-e',
        `
        const fs = require('node:fs');
        const fd = fs.openSync(process.argv[1], 'w');
        fs.writeSync(fd, ${JSON.stringify(`${WACHTLIJST_KOP.join(',')}\n`)});
        let i = 0;
        const stap = () => {
          let blok = '';
          for (let n = 0; n < 2000 && i < ${rijen}; n++, i++)
            blok += '${P},5517,G-' + i + ',VV,,7,09,2023-06-01,J,,\\n';
          fs.writeSync(fd, blok);
          if (i < ${rijen}) setTimeout(stap, 100); else fs.closeSync(fd);
        };
        stap();
        `,
        join(inbox, 'groot.csv'),
      ],
      { stdio: 'ignore' },
    );
    const klaar = new Promise<void>((resolve) => schrijver.on('exit', () => resolve()));
    let geschreven = false;
    void klaar.then(() => {
      geschreven = true;
    });

    const rapporten: Array<{ status: string; rijen: number }> = [];
    for (let run = 0; run < 20; run++) {
      const result = await runCli(['ingest', '--inbox', '--format', 'json'], { env });
      expect(result.code, result.stderr).toBe(0);
      rapporten.push(...(JSON.parse(result.stdout) as Array<{ status: string; rijen: number }>));
      if (geschreven && (await readdir(inbox)).length === 0) break;
    }
    await klaar;
    expect(rapporten).toEqual([expect.objectContaining({ status: 'verwerkt', rijen })]);
    expect((await zichtbareClienten(env.ZORGPLICHT_DATA_DIR ?? ''))?.length).toBe(rijen);
  });
});
