import { mkdir, readdir, unlink } from 'node:fs/promises';
import { request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import dynalite from 'dynalite';
import { type DaemonInfo, removeDaemonInfo, removeDaemonInfoSync, writeDaemonInfo } from './daemon-info.ts';
import { acquireDaemonLock, releaseDaemonLock, releaseDaemonLockSync } from './daemon-lock.ts';
import { ignoringMissing } from './error-code.ts';
import { isProcessAlive, parsePid } from './process-alive.ts';
import { type StorePaths, clientFile, storePaths } from './store-paths.ts';

/** How long the daemon stays up without clients (overridden by `ZORGPLICHT_STORE_GRACE_MS`). */
export const DEFAULT_GRACE_MS = 15_000;
/** How often the daemon looks at `clients/`. */
export const DEFAULT_POLL_MS = 250;

export interface StoreDaemonOptions {
  readonly graceMs?: number;
  readonly pollMs?: number;
}

/**
 * The background process that owns the embedded store of one data dir (see local-store.ts
 * for the protocol): takes `daemon.lock`, runs dynalite on a free loopback port with its data
 * in `store/db`, publishes `daemon.json`, and stops once no client process has been alive for
 * `graceMs`, or on SIGTERM/SIGINT. Returns quietly when another live daemon holds the lock or
 * when no client is registered. Logs start and stop to stdout (the log file), never stored data.
 */
export async function runStoreDaemon(dataDir: string, options: StoreDaemonOptions = {}): Promise<void> {
  const paths = storePaths(dataDir);
  const pid = process.pid;
  await mkdir(paths.clientsDir, { recursive: true });
  await mkdir(paths.dbDir, { recursive: true });
  if (!(await acquireDaemonLock(paths.lockFile, pid))) return;
  // A daemon that comes up late, after the one that won the lock served every client and
  // stopped, has nobody to serve: clients register before they start a daemon.
  if ((await countLiveClients(paths)) === 0) {
    await releaseDaemonLock(paths.lockFile, pid);
    return;
  }
  const graceMs = options.graceMs ?? graceFromEnvironment();
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;

  const stop = new AbortController();
  let stopSignal: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    stopSignal ??= signal;
    stop.abort();
  };
  // dynalite throws from its request handler when the database fails (e.g. LevelDB cannot be
  // opened). Leave no lock or daemon.json behind that would make clients wait for a dead daemon.
  const onCrash = (error: unknown): void => {
    log(`fout, de opslag stopt: ${describeError(error)}`);
    try {
      removeDaemonInfoSync(paths.infoFile, pid);
      releaseDaemonLockSync(paths.lockFile, pid);
    } finally {
      process.exit(1);
    }
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('uncaughtException', onCrash);

  let server: Server | undefined;
  try {
    server = dynalite({ path: paths.dbDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    const port = await listenOnLoopback(server);
    await checkStoreAnswers(port);
    const info: DaemonInfo = { pid, port, startedAt: new Date().toISOString() };
    await writeDaemonInfo(paths.infoFile, info);
    log(`gestart op 127.0.0.1:${port}, gegevens in ${paths.dbDir}`);
    const stopped = await serveWhileClientsLive(paths, info, { graceMs, pollMs, signal: stop.signal });
    log(
      stopped === 'signal' ? `stopt na ${stopSignal ?? 'signaal'}` : `stopt: al ${graceMs} ms geen clients`,
    );
  } finally {
    try {
      await removeDaemonInfo(paths.infoFile, pid);
      if (server?.listening === true) await closeServer(server);
    } finally {
      await releaseDaemonLock(paths.lockFile, pid);
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      process.off('uncaughtException', onCrash);
    }
  }
  log('gestopt');
}

/**
 * Waits until no client has been alive for `graceMs` (or a signal). Before stopping, the daemon
 * withdraws daemon.json and looks once more: a client registers in `clients/` before it reads
 * daemon.json, so a client that is not seen now cannot have found this daemon, and will start
 * a new one.
 */
async function serveWhileClientsLive(
  paths: StorePaths,
  info: DaemonInfo,
  options: { graceMs: number; pollMs: number; signal: AbortSignal },
): Promise<'signal' | 'idle'> {
  /** When the daemon first saw no live client (after the last one it saw). */
  let idleSince: number | undefined;
  for (;;) {
    if (options.signal.aborted) return 'signal';
    if ((await countLiveClients(paths)) > 0) {
      idleSince = undefined;
    } else if (idleSince === undefined) {
      idleSince = Date.now();
    } else if (Date.now() - idleSince >= options.graceMs) {
      await removeDaemonInfo(paths.infoFile, info.pid);
      if ((await countLiveClients(paths)) === 0) return 'idle';
      await writeDaemonInfo(paths.infoFile, info);
      idleSince = undefined;
    }
    try {
      await sleep(options.pollMs, undefined, { signal: options.signal });
    } catch (error) {
      if (!options.signal.aborted) throw error;
    }
  }
}

/** Counts the live clients and removes the registrations of processes that died. */
async function countLiveClients(paths: StorePaths): Promise<number> {
  const names = (await ignoringMissing(() => readdir(paths.clientsDir))) ?? [];
  let live = 0;
  for (const name of names) {
    const clientPid = parsePid(name);
    if (clientPid === undefined || name !== String(clientPid)) continue;
    if (isProcessAlive(clientPid)) live++;
    else await ignoringMissing(() => unlink(clientFile(paths, clientPid)));
  }
  return live;
}

function listenOnLoopback(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

const CHECK_TIMEOUT_MS = 10_000;

/**
 * One ListTables request before the daemon announces itself, so that clients only ever see a
 * store whose database is open. dynalite checks the form of the signature, not its value.
 */
function checkStoreAnswers(port: number): Promise<void> {
  const body = '{}';
  const now = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/',
        agent: false,
        timeout: CHECK_TIMEOUT_MS,
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'content-length': Buffer.byteLength(body),
          'x-amz-target': 'DynamoDB_20120810.ListTables',
          'x-amz-date': now,
          authorization: `AWS4-HMAC-SHA256 Credential=local/${now.slice(0, 8)}/eu-west-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0`,
          connection: 'close',
        },
      },
      (res) => {
        res.resume();
        res.on('error', reject);
        res.on('end', () => {
          if (res.statusCode === 200) resolve();
          else reject(new Error(`de opslag antwoordt met HTTP ${res.statusCode ?? '?'} op ListTables`));
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`de opslag antwoordt niet binnen ${CHECK_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

function graceFromEnvironment(): number {
  const raw = process.env.ZORGPLICHT_STORE_GRACE_MS?.trim();
  if (raw === undefined || raw === '') return DEFAULT_GRACE_MS;
  if (/^\d{1,9}$/.test(raw)) return Number(raw);
  log(`ZORGPLICHT_STORE_GRACE_MS="${raw}" is geen aantal milliseconden; ${DEFAULT_GRACE_MS} ms gebruikt`);
  return DEFAULT_GRACE_MS;
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function log(message: string): void {
  process.stdout.write(`${new Date().toISOString()} [opslag ${process.pid}] ${message}\n`);
}
