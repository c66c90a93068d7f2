/**
 * `npm run bench`: the performance figures of the product on this machine, against the
 * embedded store exactly as the CLI uses it (the dynalite daemon on disk, the AWS SDK).
 *
 * 1. Generate a national year of extracts: 31 regions × 12 months, all three kinds.
 * 2. Ingest them (parse, write pages, commit), file by file, as `zorgplicht ingest` does.
 * 3. Answer indicators for one region and month (contracts §5): cold (first read of each
 *    region) and warm (again), and the seinen of all 31 regions side by side.
 *
 * Prints the figures and writes them to bench/RESULTS.md.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LokaalArchief } from '../shared/archive/lokaal-archief.ts';
import { addMonths, monthOf, todayInAmsterdam } from '../shared/calendar/calendar-date.ts';
import { demoRegios, writeDemoExtracts } from '../shared/demo/demo-extracts.ts';
import { spawnSync } from 'node:child_process';
import { readFile as readText } from 'node:fs/promises';
import { operator } from '../shared/app/gebruiker.ts';
import { BerekeningCache } from '../shared/app/lezen/berekening-cache.ts';
import { getIndicatoren } from '../shared/app/lezen/get-indicatoren.ts';
import { getSeinenOverzicht } from '../shared/app/lezen/get-seinen-overzicht.ts';
import type { LeesDeps } from '../shared/app/lezen/lees-deps.ts';
import { resolveNormen } from '../shared/app/normen/resolve-normen.ts';
import { ingestExtract } from '../shared/ingest/ingest-extract.ts';
import { createLogger } from '../shared/logging/logger.ts';
import { createDynamoClients } from '../shared/storage/dynamo/dynamo-client.ts';
import { createDynamoStore } from '../shared/storage/dynamo/dynamo-zorgplicht-store.ts';
import { ensureTable } from '../shared/storage/dynamo/ensure-table.ts';
import { connectLocalStore } from '../shared/storage/local/local-store.ts';

process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const CLI = fileURLToPath(new URL('../bin/zorgplicht.js', import.meta.url));

/** The previous results, kept below the new ones (the last three runs), so figures can be compared. */
async function eerdereRuns(): Promise<string> {
  let vorige: string;
  try {
    vorige = await readText(RESULTS, 'utf8');
  } catch {
    return '';
  }
  const runs = vorige
    .replace(/^# Benchmark/m, '## Earlier run:')
    .split(/^(?=## Earlier run:)/m)
    .filter((r) => r.startsWith('## Earlier run:'))
    .slice(0, 3)
    .map((r) =>
      r
        .replace(/^---$/gm, '')
        .replace(/^## (?!Earlier run)/gm, '### ')
        .trimEnd(),
    );
  return runs.length === 0 ? '' : `\n---\n\n${runs.join('\n\n')}\n`;
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const nl = (n: number, digits = 0) =>
  n.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const werk = await mkdtemp(join(tmpdir(), 'zorgplicht-bench-'));
  const dataDir = join(werk, 'data');
  const extractDir = join(werk, 'extracten');
  const regios = demoRegios(31);
  const eindMaand = addMonths(monthOf(todayInAmsterdam()), -1);
  const regels: string[] = [];
  const log = (line: string) => {
    console.log(line);
    regels.push(line);
  };

  try {
    log(`# Benchmark — ${new Date().toISOString().slice(0, 10)}`);
    log('');
    log(
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, embedded store (dynalite on disk).`,
    );
    log('');

    let start = process.hrtime.bigint();
    const bestanden = await writeDemoExtracts(extractDir, { regios, maanden: 12, eindMaand });
    const genereren = seconds(start);
    const rijen = bestanden.reduce((n, b) => n + b.rijen, 0);
    const perSoort = (soort: string) =>
      bestanden.filter((b) => b.soort === soort).reduce((n, b) => n + b.rijen, 0);
    let bytes = 0;
    for (const naam of await readdir(extractDir)) bytes += (await stat(join(extractDir, naam))).size;

    const verbinding = await connectLocalStore(dataDir);
    const tableName = 'zorgplicht';
    const clients = createDynamoClients({ endpoint: verbinding.endpoint, tableName });
    await ensureTable(clients.client, tableName);
    const store = createDynamoStore(clients.document, tableName);
    const ctx = {
      store,
      archief: new LokaalArchief(dataDir),
      logger: createLogger('bench'),
      now: () => new Date(),
      proces: { host: hostname(), pid: process.pid },
      isAlive: () => true,
    };

    start = process.hrtime.bigint();
    for (const bestand of bestanden) {
      const bytes = await readFile(join(extractDir, bestand.naam));
      const rapport = await ingestExtract({ naam: bestand.naam, bytes }, ctx);
      if (rapport.status !== 'verwerkt') throw new Error(`${bestand.naam}: ${rapport.status}`);
    }
    const inlezen = seconds(start);

    log('## Ingest: a national year');
    log('');
    log('| what | figure |');
    log('| --- | --- |');
    log(
      `| extracts | ${bestanden.length} files (31 regions × 12 months × 3 kinds), ${nl(bytes / 1024 / 1024, 1)} MB |`,
    );
    log(
      `| rows | ${nl(rijen)} (wachtlijst ${nl(perSoort('wachtlijst'))}, pgb ${nl(perSoort('pgb'))}, maz ${nl(perSoort('maz'))}) |`,
    );
    log(`| generating the files | ${nl(genereren, 1)} s |`);
    log(
      `| **ingesting them** (read, parse, archive, write, commit) | **${nl(inlezen, 1)} s** (${nl(rijen / inlezen)} rows/s) |`,
    );
    log('| target | under 180 s (aim 60 s) |');
    log('');

    const normen = await resolveNormen({}, undefined);
    const gebruiker = operator('bench');
    /** A process as the API or a command has it: its own store (with its caches) and computed figures. */
    const proces = (): LeesDeps => ({
      store: createDynamoStore(clients.document, tableName),
      normen,
      now: () => new Date(),
      berekeningen: new BerekeningCache(),
    });

    const koudProces = proces();
    const koud: number[] = [];
    for (const regio of regios) {
      start = process.hrtime.bigint();
      await getIndicatoren(koudProces, { gebruiker, regio, maand: eindMaand });
      koud.push(ms(start));
    }
    const warm: number[] = [];
    for (let ronde = 0; ronde < 5; ronde++) {
      for (const regio of regios) {
        start = process.hrtime.bigint();
        await getIndicatoren(koudProces, { gebruiker, regio, maand: eindMaand });
        warm.push(ms(start));
      }
    }
    const overzichtKoud: number[] = [];
    for (let ronde = 0; ronde < 3; ronde++) {
      const vers = proces();
      start = process.hrtime.bigint();
      await getSeinenOverzicht(vers, { gebruiker, maand: eindMaand });
      overzichtKoud.push(ms(start));
    }
    const overzichtWarm: number[] = [];
    for (let ronde = 0; ronde < 20; ronde++) {
      start = process.hrtime.bigint();
      await getSeinenOverzicht(koudProces, { gebruiker, maand: eindMaand });
      overzichtWarm.push(ms(start));
    }
    // The command line: `seinen` against a command that starts and stops without the store.
    const cli = (args: string[]) => {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = process.hrtime.bigint();
        const r = spawnSync(process.execPath, [CLI, ...args], {
          env: { ...process.env, ZORGPLICHT_DATA_DIR: dataDir },
          encoding: 'utf8',
        });
        if (r.status !== 0) throw new Error(`zorgplicht ${args.join(' ')}: ${r.stderr}`);
        runs.push(ms(t));
      }
      return percentile(runs, 50);
    };
    const cliSeinen = cli(['seinen', '--maand', eindMaand, '--format', 'json']);
    const cliStart = cli(['regios', '--format', 'json']);

    log(`## Reading: indicators and seinen (${eindMaand})`);
    log('');
    log('| what | median | p95 | max | target |');
    log('| --- | --- | --- | --- | --- |');
    log(
      `| one region-month, cold (first answer per region, 31) | ${nl(percentile(koud, 50))} ms | ${nl(percentile(koud, 95))} ms | ${nl(Math.max(...koud))} ms | |`,
    );
    log(
      `| **one region-month, warm** (31 regions × 5) | **${nl(percentile(warm, 50), 1)} ms** | **${nl(percentile(warm, 95), 1)} ms** | ${nl(Math.max(...warm), 1)} ms | 50 ms |`,
    );
    log(
      `| seinen of all 31 regions, cold (a new process) | ${nl(percentile(overzichtKoud, 50))} ms | – | ${nl(Math.max(...overzichtKoud))} ms | |`,
    );
    log(
      `| **seinen of all 31 regions, warm** (20 times) | **${nl(percentile(overzichtWarm, 50), 1)} ms** | **${nl(percentile(overzichtWarm, 95), 1)} ms** | ${nl(Math.max(...overzichtWarm), 1)} ms | 300 ms |`,
    );
    log(
      `| \`zorgplicht seinen\` (whole command, median of 3) | ${nl(cliSeinen)} ms | | | start-up dominates |`,
    );
    log(`| \`zorgplicht regios\` (start-up only, no store) | ${nl(cliStart)} ms | | | |`);
    log('');
    log('Warm means in the same process: decoded rows are kept per extract version, pgb/MAZ states per');
    log('fingerprint of the extracts they were folded from, computed figures under a key of those plus');
    log("the norms' content hash and the calculation version; overrides apply on top. The data version");
    log('(one small item, read at most once a second) tells a process when anything changed.');
    log('');

    clients.client.destroy();
    await verbinding.release();
    await writeFile(RESULTS, `${regels.join('\n')}\n${await eerdereRuns()}`);
    console.log(`\n(written to ${RESULTS})`);
  } finally {
    await rm(werk, { recursive: true, force: true });
  }
}

await main();
