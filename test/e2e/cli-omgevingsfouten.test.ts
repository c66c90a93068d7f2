import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, unlink, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDaemonInfo } from '../../shared/storage/local/daemon-info.ts';
import { storePaths } from '../../shared/storage/local/store-paths.ts';
import { csv, WACHTLIJST_KOP } from '../support/csv-text.ts';
import { type CliResult, runCli } from '../support/run-cli.ts';
import { daemonPids, isStoreDaemon, stopDaemons, werkmappen, type Werkmap } from '../support/werkmappen.ts';

/**
 * Faults of the machine through the real CLI (contracts §4): exit code 3, a Dutch sentence that
 * names the cause and what to do, never a raw Node.js or SDK message or a stack trace, and the
 * store answering as before afterwards.
 */
const mappen = werkmappen('zp-omgeving-');
afterAll(() => mappen.ruimOp());

/** What must never reach the user: Node.js error codes, "Error:" and stack frames. */
const RAUW =
  /ENOTDIR|EEXIST|ENOSPC|EACCES|EPERM|EROFS|ECONNREFUSED|ECONNRESET|socket hang up|Error:|\n\s*at |^at /m;
const DEBUG_HINT = 'Technische details: zet ZORGPLICHT_DEBUG=1 en voer de opdracht opnieuw uit.';

function expectOmgevingsfout(result: CliResult): string[] {
  expect(result.code, result.stderr).toBe(3);
  expect(result.stderr).not.toMatch(RAUW);
  const regels = result.stderr.trimEnd().split('\n');
  expect(regels.at(-1)).toBe(DEBUG_HINT);
  return regels;
}

const WACHTLIJST = csv([
  [...WACHTLIJST_KOP],
  ['2023-08-28', '5517', 'C-1', 'VV', 'VV05', '6', '01', '2023-08-10', 'J', '', ''],
  ['2023-08-28', '5517', 'C-2', 'VV', '', '7', '09', '2023-06-01', 'N', '', ''],
]);

/** A later delivery for the same region and peildatum: the one the failed commands try to ingest. */
const NIEUWE_WACHTLIJST = csv([
  [...WACHTLIJST_KOP],
  ['2023-08-28', '5517', 'C-1', 'VV', 'VV05', '6', '01', '2023-08-10', 'J', '', ''],
  ['2023-08-28', '5517', 'C-3', 'GGZ', '', '7', '10', '2023-01-02', 'N', '', ''],
  ['2023-08-28', '5517', 'C-4', 'GHZ', '', '6', '02', '2023-07-01', 'N', '', ''],
]);

const INDICATOREN = ['indicatoren', '--regio', '5517', '--maand', '2023-08', '--format', 'json'];

/** A loopback port on which nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A data dir with one wachtlijst ingested, and the indicators it gives. */
async function metGegevens(env: NodeJS.ProcessEnv = {}): Promise<{ map: Werkmap; voor: string }> {
  const map = await mappen.nieuw();
  await writeFile(join(map.dir, 'wachtlijst.csv'), WACHTLIJST);
  await writeFile(join(map.dir, 'nieuw.csv'), NIEUWE_WACHTLIJST);
  const ingest = await runCli(['ingest', join(map.dir, 'wachtlijst.csv')], { env: map.env(env) });
  expect(ingest.code, ingest.stderr).toBe(0);
  const voor = await runCli(INDICATOREN, { env: map.env(env) });
  expect(voor.code, voor.stderr).toBe(0);
  return { map, voor: voor.stdout };
}

/** The store answers as before, and the file the failed command was busy with can be ingested now. */
async function expectZelfdeStandEnHerstel(map: Werkmap, voor: string): Promise<void> {
  const na = await runCli(INDICATOREN, { env: map.env() });
  expect(na.code, na.stderr).toBe(0);
  expect(na.stdout).toBe(voor);
  const opnieuw = await runCli(['ingest', join(map.dir, 'nieuw.csv')], { env: map.env() });
  expect(opnieuw.code, opnieuw.stderr).toBe(0);
  expect(opnieuw.stdout).toContain(
    'nieuw.csv: verwerkt — wachtlijst, regio 5517, peildatum 28-08-2023, 3 rijen',
  );
}

describe('the data dir is not a folder', () => {
  it('is a file: exit 3 and one Dutch sentence, for every command that opens the store', async () => {
    const map = await mappen.nieuw();
    const bestand = join(map.dir, 'gegevens');
    await writeFile(bestand, 'dit is een bestand');
    await writeFile(join(map.dir, 'wachtlijst.csv'), WACHTLIJST);
    const env = map.env({ ZORGPLICHT_DATA_DIR: bestand });
    for (const args of [['extracten'], ['ingest', join(map.dir, 'wachtlijst.csv')], INDICATOREN]) {
      const result = await runCli(args, { env });
      expect(expectOmgevingsfout(result)).toEqual([
        `ZORGPLICHT_DATA_DIR ${bestand} is geen map maar een bestand: verplaats het bestand of kies met ZORGPLICHT_DATA_DIR een andere map.`,
        DEBUG_HINT,
      ]);
      expect(result.stdout).toBe('');
    }
    expect(await readFile(bestand, 'utf8')).toBe('dit is een bestand');
  });

  it('lies under a file: says that a folder above it is a file', async () => {
    const map = await mappen.nieuw();
    await writeFile(join(map.dir, 'gegevens'), 'x');
    const dataDir = join(map.dir, 'gegevens', 'zorgplicht');
    const result = await runCli(['extracten'], { env: map.env({ ZORGPLICHT_DATA_DIR: dataDir }) });
    expect(expectOmgevingsfout(result)[0]).toBe(
      `ZORGPLICHT_DATA_DIR ${dataDir} kan geen map zijn: een van de mappen erboven is een bestand. Kies met ZORGPLICHT_DATA_DIR een andere map.`,
    );
  });

  it('ZORGPLICHT_DEBUG=1 adds the technical detail; POWERTOOLS_LOG_LEVEL puts it in the structured log', async () => {
    const map = await mappen.nieuw();
    const bestand = join(map.dir, 'gegevens');
    await writeFile(bestand, 'x');
    const debug = await runCli(['extracten'], {
      env: map.env({ ZORGPLICHT_DATA_DIR: bestand, ZORGPLICHT_DEBUG: '1' }),
    });
    expect(debug.code).toBe(3);
    expect(debug.stderr).toContain('Technische details (ZORGPLICHT_DEBUG):');
    expect(debug.stderr).toContain("code: 'OMGEVINGSFOUT'");
    expect(debug.stderr).not.toContain(DEBUG_HINT);

    const log = await runCli(['extracten'], {
      env: map.env({ ZORGPLICHT_DATA_DIR: bestand, POWERTOOLS_LOG_LEVEL: 'ERROR' }),
    });
    expect(log.code).toBe(3);
    const json = log.stderr
      .split('\n')
      .filter((regel) => regel.startsWith('{'))
      .map((regel) => JSON.parse(regel) as { level: string; message: string; code: string });
    expect(json).toEqual([
      expect.objectContaining({ level: 'ERROR', message: 'Opdracht mislukt', code: 'OMGEVINGSFOUT' }),
    ]);
  });
});

describe('an error that is no fault of the machine either', () => {
  it('a store that answers nonsense: exit 1, a Dutch sentence, the detail only with ZORGPLICHT_DEBUG', async () => {
    const map = await mappen.nieuw();
    const onzin = createHttpServer((req, res) => {
      req.resume();
      req.on('end', () =>
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('geen json'),
      );
    });
    await new Promise<void>((resolve) => onzin.listen(0, '127.0.0.1', resolve));
    try {
      const address = onzin.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      const env = map.env({ ZORGPLICHT_DYNAMODB_ENDPOINT: `http://127.0.0.1:${address.port}` });
      const result = await runCli(['extracten'], { env });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'Er ging iets onverwacht mis; de opdracht is niet afgemaakt. Meld dit bij de beheerder van zorgplicht, met de technische details.\n' +
          `${DEBUG_HINT}\n`,
      );
      const debug = await runCli(['extracten'], { env: { ...env, ZORGPLICHT_DEBUG: '1' } });
      expect(debug.code).toBe(1);
      expect(debug.stderr).toContain('Technische details (ZORGPLICHT_DEBUG):\nSyntaxError:');
    } finally {
      await new Promise((resolve) => onzin.close(resolve));
    }
  });
});

describe('no permission to write', () => {
  // CI runs as root, for whom chmod stops nothing: sysfs refuses new folders even to root (EPERM),
  // and a container mounts it read-only (EROFS).
  it('a data dir under /sys: exit 3, names the folder and what to do', async () => {
    const map = await mappen.nieuw();
    const dataDir = `/sys/zorgplicht-e2e-${process.pid}`;
    const result = await runCli(['extracten'], { env: map.env({ ZORGPLICHT_DATA_DIR: dataDir }) });
    const [regel] = expectOmgevingsfout(result);
    expect([
      `Geen schrijfrechten op /sys: de map ${dataDir} kan daar niet worden aangemaakt. Geef deze gebruiker schrijfrechten op die map of kies met ZORGPLICHT_DATA_DIR een andere map.`,
      `${dataDir} staat op een schijf die alleen gelezen kan worden: kies met ZORGPLICHT_DATA_DIR een map waarin geschreven kan worden.`,
    ]).toContain(regel);
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe('an input file that cannot be read', () => {
  // A write-only sysctl: even root may not read it (EACCES), and reading it never changes anything.
  const writeOnly = ['/proc/sys/vm/compact_memory', '/proc/sys/vm/drop_caches'].find((pad) =>
    existsSync(pad),
  );

  it.skipIf(writeOnly === undefined)(
    'ingest FILE without read permission: exit 3, Dutch reason',
    async () => {
      const { map, voor } = await metGegevens();
      const pad = writeOnly ?? '';
      const result = await runCli(['ingest', pad], { env: map.env() });
      const naam = pad.slice(pad.lastIndexOf('/') + 1);
      expect(expectOmgevingsfout(result)).toEqual([
        `${naam}: Het bestand kon niet worden gelezen. Geen leesrechten op ${pad}: geef deze gebruiker leesrechten op het bestand en probeer het opnieuw. Niets van dit bestand is zichtbaar geworden.`,
        DEBUG_HINT,
      ]);
      await expectZelfdeStandEnHerstel(map, voor);
    },
  );

  it('ingest of a folder is a usage error (exit 2), in Dutch', async () => {
    const map = await mappen.nieuw();
    const result = await runCli(['ingest', map.dir], { env: map.env() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${map.dir}: is geen bestand\nZie zorgplicht --help of zorgplicht <opdracht> --help.\n`,
    );
  });
});

describe('a full disk', () => {
  // A real full disk: a tiny file system, filled up, mounted where the archive goes, in a mount
  // namespace of the command alone. Root may mount (CI runs as root); elsewhere the test says so.
  const kanMounten = spawnSync('unshare', ['-m', 'true']).status === 0;
  if (!kanMounten) {
    if (process.env.CI === 'true')
      throw new Error('unshare -m (mount namespaces) is needed for the full-disk test');
    console.warn('SKIPPED: the full-disk test needs unshare -m (run as root)');
  }
  it.runIf(kanMounten)(
    'the archive cannot be written (a full file system): exit 3, nothing of the file visible',
    async () => {
      const { map, voor } = await metGegevens();
      const archief = join(map.dataDir, 'archief');
      await mkdir(archief, { recursive: true });
      const volleSchijf =
        'mount -t tmpfs -o size=64k tmpfs "$1" && { cat /dev/zero > "$1/vol" 2>/dev/null; shift; exec "$@"; }';
      const result = await runCli(['ingest', join(map.dir, 'nieuw.csv')], {
        env: map.env(),
        via: ['unshare', '-m', '--propagation', 'private', 'sh', '-c', volleSchijf, 'sh', archief],
      });
      expect(expectOmgevingsfout(result)).toEqual([
        `nieuw.csv: onderbroken — Het extract kon niet worden opgeslagen. De schijf is vol: een bestand in ${map.dataDir} kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw. Niets van dit bestand is zichtbaar geworden.`,
        DEBUG_HINT,
      ]);
      await expectZelfdeStandEnHerstel(map, voor);
    },
  );

  it('demo cannot write its extracts: exit 3, the store stays empty', async () => {
    const map = await mappen.nieuw();
    // demo --maanden 1 writes wachtlijst-<last day of last month>.csv first; both sides of a month end are covered.
    const inbox = join(map.dataDir, 'inbox');
    await mkdir(inbox, { recursive: true });
    for (const dagen of [-1, 0, 1]) {
      const dag = new Date(Date.now() + dagen * 86_400_000);
      const laatsteVorigeMaand = new Date(Date.UTC(dag.getUTCFullYear(), dag.getUTCMonth(), 0));
      const pad = join(inbox, `wachtlijst-${laatsteVorigeMaand.toISOString().slice(0, 10)}.csv`);
      if (!existsSync(pad)) await symlink('/dev/full', pad);
    }
    const result = await runCli(['demo', '--regios', '1', '--maanden', '1'], { env: map.env() });
    expect(expectOmgevingsfout(result)).toEqual([
      `De schijf is vol: een bestand in ${map.dataDir} kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw.`,
      DEBUG_HINT,
    ]);
    const log = await runCli(['extracten', '--format', 'json'], { env: map.env() });
    expect(log.code, log.stderr).toBe(0);
    expect(JSON.parse(log.stdout)).toEqual([]);
  });
});

describe('the store daemon stops', () => {
  const proxies: Server[] = [];
  afterAll(async () => {
    await Promise.all(proxies.map((p) => new Promise((resolve) => p.close(resolve))));
  });

  /**
   * A proxy in front of the running daemon that kills the daemon (SIGKILL) at the first
   * BatchWriteItem passing through, i.e. while the command writes the rows of its extract;
   * from then on every connection breaks off, as it would with the daemon gone.
   */
  async function proxyThatKillsAtFirstWrite(daemonPid: number, daemonPort: number): Promise<number> {
    let killed = false;
    const sockets = new Set<Socket>();
    const proxy = createServer((client) => {
      sockets.add(client);
      client.on('close', () => sockets.delete(client));
      client.on('error', () => undefined);
      if (killed) {
        client.destroy();
        return;
      }
      const upstream = createConnection({ host: '127.0.0.1', port: daemonPort });
      upstream.on('error', () => client.destroy());
      client.on('data', (chunk: Buffer) => {
        if (!killed && chunk.toString('latin1').includes('DynamoDB_20120810.BatchWriteItem')) {
          killed = true;
          process.kill(daemonPid, 'SIGKILL');
          for (const socket of sockets) socket.destroy();
          upstream.destroy();
          return;
        }
        upstream.write(chunk);
      });
      upstream.pipe(client);
    });
    proxies.push(proxy);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const address = proxy.address();
    if (address === null || typeof address === 'string') throw new Error('proxy without port');
    return address.port;
  }

  it('killed while ingest writes: exit 3 with the Dutch message, then the store answers as before', async () => {
    const lang = { ZORGPLICHT_STORE_GRACE_MS: '60000' };
    const { map, voor } = await metGegevens(lang);
    const paths = storePaths(map.dataDir);
    const daemon = await readDaemonInfo(paths.infoFile);
    if (daemon === undefined) throw new Error('no daemon after the first commands');
    const poort = await proxyThatKillsAtFirstWrite(daemon.pid, daemon.port);
    // The daemon rewrites daemon.json only when it goes idle, which the long grace time prevents.
    await writeFile(paths.infoFile, JSON.stringify({ ...daemon, port: poort }));

    const result = await runCli(['ingest', join(map.dir, 'nieuw.csv')], { env: map.env(lang) });
    expect(isStoreDaemon(daemon.pid)).toBe(false);
    expect(expectOmgevingsfout(result)).toEqual([
      `nieuw.csv: onderbroken — Het extract kon niet worden opgeslagen. De lokale opslag is niet bereikbaar (gestopt?): voer de opdracht opnieuw uit; zie ${paths.logFile} als het blijft gebeuren. Niets van dit bestand is zichtbaar geworden.`,
      DEBUG_HINT,
    ]);

    // daemon.json still names the killed daemon: the next command starts a new one.
    await expectZelfdeStandEnHerstel(map, voor);
  });

  it('killed between commands (stale daemon.json and lock): the next command starts a new daemon', async () => {
    const lang = { ZORGPLICHT_STORE_GRACE_MS: '60000' };
    const { map, voor } = await metGegevens(lang);
    const daemon = await readDaemonInfo(storePaths(map.dataDir).infoFile);
    if (daemon === undefined) throw new Error('no daemon after the first commands');
    process.kill(daemon.pid, 'SIGKILL');
    await expectZelfdeStandEnHerstel(map, voor);
  });

  it('daemon.json names a live process that does not answer: exit 3, says which files to remove', async () => {
    const { map, voor } = await metGegevens();
    const paths = storePaths(map.dataDir);
    await stopDaemons(await daemonPids(map.dataDir));
    // As after a restart of the computer: the pid in daemon.json and daemon.lock now belongs to
    // another live process (here: this test), and nothing listens on the port.
    const poort = await closedPort();
    await writeFile(
      paths.infoFile,
      JSON.stringify({ pid: process.pid, port: poort, startedAt: new Date().toISOString() }),
    );
    await writeFile(paths.lockFile, `${process.pid}\n`);

    const result = await runCli(['extracten'], { env: map.env() });
    expect(expectOmgevingsfout(result)).toEqual([
      `De lokale opslag in ${map.dataDir} antwoordt niet binnen 15 seconden: proces ${process.pid} uit ${paths.infoFile} neemt poort ${poort} niet op. ` +
        `Is dat proces vastgelopen, stop het dan; is het geen opslagproces (bijvoorbeeld na een herstart van de computer), verwijder dan ${paths.infoFile} en ${paths.lockFile}. ` +
        `Zie ${paths.logFile} en voer de opdracht opnieuw uit.`,
      DEBUG_HINT,
    ]);

    // Doing what the message says brings the store back, unchanged.
    await unlink(paths.infoFile);
    await unlink(paths.lockFile);
    await expectZelfdeStandEnHerstel(map, voor);
  });
});
