import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tijdelijkeMap } from '../support/tijdelijke-map.ts';
import { describe, expect, it } from 'vitest';
import { csv, PGB_KOP, WACHTLIJST_KOP } from '../support/csv-text.ts';
import { CLI_MET_KILL_PATH, runCli } from '../support/run-cli.ts';

async function dataDir(): Promise<string> {
  return tijdelijkeMap('zp-e2e-');
}

function env(dir: string): NodeJS.ProcessEnv {
  return { ZORGPLICHT_DATA_DIR: join(dir, 'data'), ZORGPLICHT_STORE_GRACE_MS: '1500' };
}

const GOED = csv(
  [
    [...WACHTLIJST_KOP],
    ['28-08-2023', '5517', 'C-1', 'V&V', 'VV05', '6', '01', '10-08-2023', 'J', '', ''],
    ['28-08-2023', '5517', 'C-2', 'VV', '', '7', '09', '01-06-2023', 'N', '', ''],
  ],
  { delimiter: ';', eol: '\r\n', bom: true },
);

const FOUT = csv([
  [...PGB_KOP],
  ['2023-08-31', '5517', '111222333', 'A-1', '', '2023-07-01', '', ''],
  ['2023-08-31', '5599', 'C-2', 'A-2', '', '2023-09-01', '2023-08-01', 'toegekend'],
]);

function bigWachtlijst(rows: number): string {
  const lines = [WACHTLIJST_KOP.join(',')];
  for (let i = 0; i < rows; i++) {
    const regio = i % 3 === 0 ? '5517' : i % 3 === 1 ? '5516' : '5521';
    lines.push(`2023-08-28,${regio},CLIENT-${String(i).padStart(6, '0')},VV,VV05,7,09,2023-06-01,J,,`);
  }
  return `${lines.join('\n')}\n`;
}

describe('zorgplicht ingest', () => {
  it('ingests a good file, refuses a bad one with every error on stderr, exit 1', async () => {
    const dir = await dataDir();
    await writeFile(join(dir, 'wachtlijst.csv'), GOED);
    await writeFile(join(dir, 'pgb.csv'), FOUT);
    const result = await runCli(['ingest', join(dir, 'wachtlijst.csv'), join(dir, 'pgb.csv')], {
      env: env(dir),
    });

    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'wachtlijst.csv: verwerkt — wachtlijst, regio 5517, peildatum 28-08-2023, 2 rijen',
    );
    expect(result.stdout).toContain('pgb.csv: afgewezen — pgb, regio 5517, peildatum 31-08-2023, 2 rijen');
    expect(result.stdout).toContain('4 fouten; niets van dit bestand is opgeslagen');
    expect(result.stderr.trim().split('\n')).toEqual([
      'pgb.csv: rij 2, kolom client_id, waarde "111******": lijkt een BSN (9 cijfers die de elfproef doorstaan); de monitor slaat nooit een BSN op',
      'pgb.csv: rij 3, kolom zorgkantoorregio, waarde "5599": onbekende zorgkantoorregio; verwacht een code uit 5501–5533 (zie zorgplicht regios)',
      'pgb.csv: rij 3, kolom ontvangstdatum, waarde "2023-09-01": ligt na de peildatum (31-08-2023)',
      'pgb.csv: rij 3, kolom besluitdatum, waarde "2023-08-01": ligt voor ontvangstdatum (01-09-2023)',
    ]);
    expect(`${result.stdout}${result.stderr}`).not.toContain('111222333');

    const again = await runCli(['ingest', join(dir, 'wachtlijst.csv')], { env: env(dir) });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('wachtlijst.csv: al verwerkt — wachtlijst, regio 5517');

    const log = await runCli(['extracten', '--format', 'json'], { env: env(dir) });
    const entries = JSON.parse(log.stdout) as Array<{
      bestandsnaam: string;
      status: string;
      foutAantal: number;
    }>;
    expect(entries.map((e) => [e.bestandsnaam, e.status, e.foutAantal])).toEqual([
      ['pgb.csv', 'afgewezen', 4],
      ['wachtlijst.csv', 'verwerkt', 0],
    ]);
  });

  it('--format json prints the reports', async () => {
    const dir = await dataDir();
    await writeFile(join(dir, 'w.csv'), GOED);
    const result = await runCli(['ingest', '--format', 'json', join(dir, 'w.csv')], { env: env(dir) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ bestandsnaam: 'w.csv', status: 'verwerkt', soort: 'wachtlijst', rijen: 2 }),
    ]);
  });

  it('--inbox processes every waiting file and empties the inbox into the archive', async () => {
    const dir = await dataDir();
    const inbox = join(dir, 'data', 'inbox');
    await mkdir(inbox, { recursive: true });
    await writeFile(join(inbox, '1-wachtlijst.csv'), GOED);
    await writeFile(join(inbox, '2-pgb.csv'), FOUT);
    await writeFile(join(inbox, '.3-nog-bezig.csv.part'), 'half');
    const result = await runCli(['ingest', '--inbox'], { env: env(dir) });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('1-wachtlijst.csv: verwerkt');
    expect(result.stdout).toContain('2-pgb.csv: afgewezen');
    expect(await readdir(inbox)).toEqual(['.3-nog-bezig.csv.part']);
    expect((await readdir(join(dir, 'data', 'archief', 'verwerkt'))).length).toBe(2);
    expect((await readdir(join(dir, 'data', 'archief', 'afgewezen'))).length).toBe(2);

    const empty = await runCli(['ingest', '--inbox'], { env: env(dir) });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('De inbox is leeg.');
  });

  it('usage errors exit 2', async () => {
    const dir = await dataDir();
    const none = await runCli(['ingest'], { env: env(dir) });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Geef één of meer extracten (CSV) of --inbox.');
    const missing = await runCli(['ingest', join(dir, 'bestaat-niet.csv')], { env: env(dir) });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('bestaat-niet.csv: bestand niet gevonden');
  });

  it('a process killed half-way leaves the previous state; the rerun equals a clean ingest', async () => {
    const dir = await dataDir();
    await writeFile(join(dir, 'vorige.csv'), GOED);
    await writeFile(join(dir, 'groot.csv'), bigWachtlijst(60_000));
    const killed = { ...env(dir), ZORGPLICHT_TEST_KILL_NA_BATCHES: '1' };
    expect((await runCli(['ingest', join(dir, 'vorige.csv')], { env: env(dir) })).code).toBe(0);
    const seinenBefore = await runCli(['seinen', '--format', 'json'], { env: env(dir) });

    const crash = await runCli(['ingest', join(dir, 'groot.csv')], { env: killed, cli: CLI_MET_KILL_PATH });
    expect(crash.code).toBeNull(); // killed by SIGKILL
    expect((await runCli(['seinen', '--format', 'json'], { env: env(dir) })).stdout).toBe(
      seinenBefore.stdout,
    );
    const log = JSON.parse((await runCli(['extracten', '--format', 'json'], { env: env(dir) })).stdout);
    expect(log[0]).toMatchObject({ bestandsnaam: 'groot.csv', status: 'bezig' });

    const rerun = await runCli(['ingest', join(dir, 'groot.csv')], { env: env(dir) });
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(
      "groot.csv: verwerkt — wachtlijst, regio's 5516, 5517 en 5521, peildatum 28-08-2023, 60.000 rijen",
    );

    const clean = await dataDir();
    await runCli(['ingest', join(dir, 'vorige.csv'), join(dir, 'groot.csv')], { env: env(clean) });
    for (const regio of ['5516', '5517', '5521']) {
      const args = ['indicatoren', '--regio', regio, '--maand', '2023-08', '--format', 'json'];
      const fromRerun = await runCli(args, { env: env(dir) });
      const fromClean = await runCli(args, { env: env(clean) });
      expect(fromRerun.stdout).toBe(fromClean.stdout);
      expect(JSON.parse(fromRerun.stdout).wachtlijst.peildatum).toBe('2023-08-28');
    }
  });
});
