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
import { indicatorenVoorRegio } from '../shared/app/lezen/indicatoren-voor-regio.ts';
import { berekenSeinenOverzicht } from '../shared/app/lezen/seinen-overzicht.ts';
import { ingestExtract } from '../shared/ingest/ingest-extract.ts';
import { loadNormenFile, STANDAARD_NORMEN_PAD } from '../shared/norms/load-normen.ts';
import { createLogger } from '../shared/logging/logger.ts';
import { createDynamoClients } from '../shared/storage/dynamo/dynamo-client.ts';
import { createDynamoStore } from '../shared/storage/dynamo/dynamo-zorgplicht-store.ts';
import { ensureTable } from '../shared/storage/dynamo/ensure-table.ts';
import { connectLocalStore } from '../shared/storage/local/local-store.ts';

process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));

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

    const normen = await loadNormenFile(STANDAARD_NORMEN_PAD);
    const koud: number[] = [];
    for (const regio of regios) {
      start = process.hrtime.bigint();
      await indicatorenVoorRegio(store, regio, eindMaand, normen);
      koud.push(ms(start));
    }
    const warm: number[] = [];
    for (let ronde = 0; ronde < 5; ronde++) {
      for (const regio of regios) {
        start = process.hrtime.bigint();
        await indicatorenVoorRegio(store, regio, eindMaand, normen);
        warm.push(ms(start));
      }
    }
    const overzicht: number[] = [];
    for (let ronde = 0; ronde < 3; ronde++) {
      start = process.hrtime.bigint();
      await berekenSeinenOverzicht(store, regios, eindMaand, normen);
      overzicht.push(ms(start));
    }

    log(`## Indicators of one region for one month (${eindMaand}), computed on read`);
    log('');
    log('| what | median | p95 | max |');
    log('| --- | --- | --- | --- |');
    log(
      `| cold: first answer per region (31) | ${nl(percentile(koud, 50))} ms | ${nl(percentile(koud, 95))} ms | ${nl(Math.max(...koud))} ms |`,
    );
    log(
      `| **warm**: again (31 regions × 5) | **${nl(percentile(warm, 50))} ms** | **${nl(percentile(warm, 95))} ms** | ${nl(Math.max(...warm))} ms |`,
    );
    log(
      `| seinen of all 31 regions side by side | ${nl(percentile(overzicht, 50))} ms | – | ${nl(Math.max(...overzicht))} ms |`,
    );
    log('| target | warm under 200 ms | | |');
    log('');
    log('Each answer reads the visible-extract records, the snapshot pages of the month and the');
    log("region's pgb and MAZ pages, then computes; nothing is precomputed, so a change of norms");
    log('takes effect on the next answer.');

    clients.client.destroy();
    await verbinding.release();
    await writeFile(RESULTS, `${regels.join('\n')}\n`);
    console.log(`\n(written to ${RESULTS})`);
  } finally {
    await rm(werk, { recursive: true, force: true });
  }
}

await main();
