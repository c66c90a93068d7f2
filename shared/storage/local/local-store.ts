import { type ChildProcess, spawn } from 'node:child_process';
import { unlinkSync } from 'node:fs';
import { mkdir, open, unlink, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { formatAantal } from '../../text/aantal.ts';
import { type DaemonInfo, readDaemonInfo } from './daemon-info.ts';
import { inspectDaemonLock } from './daemon-lock.ts';
import { ignoringMissing } from './error-code.ts';
import { LokaleOpslagFout } from './lokale-opslag-fout.ts';
import { isProcessAlive } from './process-alive.ts';
import { type StorePaths, clientFile, storePaths } from './store-paths.ts';

/**
 * The embedded local store (DynamoDB-compatible, dynalite on disk) of one data dir, shared by
 * every process that uses that data dir. LevelDB allows one process per directory, so one
 * detached daemon (bin/zorgplicht-store-daemon.js, store-daemon.ts) owns it and serves it on a
 * free loopback port; it lives as long as any client process does.
 *
 * Files under `<dataDir>/store/`: `db/` (LevelDB), `daemon.lock` (the daemon's pid, created
 * exclusively), `daemon.json` (pid, port, start time; present while it accepts clients),
 * `clients/<pid>` (one empty file per live client process), `daemon.log`.
 */
export interface LocalStoreConnection {
  /** `http://127.0.0.1:<port>`, for the AWS SDK's `endpoint`. */
  readonly endpoint: string;
  /** Unregisters this process (once every connection of the process is released). */
  release(): Promise<void>;
}

export interface ConnectLocalStoreOptions {
  /** How long to wait for the store to answer; default 15 s. */
  readonly timeoutMs?: number;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 15_000;

const DAEMON_SCRIPT = fileURLToPath(new URL('../../../bin/zorgplicht-store-daemon.js', import.meta.url));
const POLL_MS = 75;
const PROBE_TIMEOUT_MS = 1_000;
/** A daemon that died right away is started again no sooner than this. */
const RESPAWN_AFTER_MS = 500;

/**
 * Registers this process as a client of the store in `dataDir` and returns its endpoint,
 * starting the daemon when none runs. Two processes starting at once end up with one daemon.
 */
export async function connectLocalStore(
  dataDir: string,
  options: ConnectLocalStoreOptions = {},
): Promise<LocalStoreConnection> {
  const paths = storePaths(dataDir);
  const timeoutMs = options.timeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  await mkdir(paths.clientsDir, { recursive: true });
  // Register before looking for the daemon: a stopping daemon checks clients/ after it withdrew
  // daemon.json, so it either sees this process or this process does not see it.
  const file = clientFile(paths, process.pid);
  await register(file);
  let endpoint: string;
  try {
    endpoint = await waitForDaemon(paths, timeoutMs);
  } catch (error) {
    await unregister(file);
    throw error;
  }
  let released: Promise<void> | undefined;
  return {
    endpoint,
    release: () => (released ??= unregister(file)),
  };
}

async function waitForDaemon(paths: StorePaths, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let daemon: ChildProcess | undefined;
  let spawnedAt = 0;
  let spawnError: Error | undefined;
  /** A daemon.json whose process lives but does not take connections. */
  let silent: DaemonInfo | undefined;
  for (;;) {
    const info = await readDaemonInfo(paths.infoFile);
    silent = undefined;
    if (info !== undefined && isProcessAlive(info.pid)) {
      const remaining = deadline - Date.now();
      if (await acceptsConnections(info.port, Math.max(1, Math.min(PROBE_TIMEOUT_MS, remaining)))) {
        return `http://127.0.0.1:${info.port}`;
      }
      silent = info;
    }
    if (spawnError !== undefined) {
      throw new LokaleOpslagFout(
        `De lokale opslag in ${paths.dataDir} kan niet starten: het opslagproces liet zich niet starten. ` +
          `Zie ${paths.logFile} en voer de opdracht opnieuw uit.`,
        paths.logFile,
        { cause: spawnError },
      );
    }
    // The daemon this process started failed (a daemon that lost the lock exits with 0).
    if (daemon !== undefined && daemon.exitCode !== null && daemon.exitCode !== 0) {
      throw new LokaleOpslagFout(
        `De lokale opslag in ${paths.dataDir} start niet: het opslagproces stopte met een fout. ` +
          `Zie ${paths.logFile} voor de oorzaak en voer de opdracht daarna opnieuw uit.`,
        paths.logFile,
      );
    }
    const lock = await inspectDaemonLock(paths.lockFile);
    const ownDaemonStarting = daemon !== undefined && daemon.exitCode === null && daemon.signalCode === null;
    if (lock.kind !== 'held' && !ownDaemonStarting && Date.now() - spawnedAt >= RESPAWN_AFTER_MS) {
      spawnedAt = Date.now();
      daemon = await spawnDaemon(paths);
      daemon.once('error', (error) => {
        spawnError = error;
      });
    }
    if (Date.now() >= deadline) throw noAnswer(paths, timeoutMs, silent);
    await sleep(POLL_MS);
  }
}

function noAnswer(paths: StorePaths, timeoutMs: number, silent: DaemonInfo | undefined): LokaleOpslagFout {
  const seconden = formatAantal(Math.max(1, Math.round(timeoutMs / 1000)), 'seconde');
  const wat =
    silent === undefined
      ? `start niet binnen ${seconden}`
      : `antwoordt niet binnen ${seconden}: proces ${silent.pid} uit ${paths.infoFile} neemt poort ${silent.port} niet op. ` +
        `Is dat proces vastgelopen, stop het dan; is het geen opslagproces (bijvoorbeeld na een herstart van de computer), ` +
        `verwijder dan ${paths.infoFile} en ${paths.lockFile}`;
  return new LokaleOpslagFout(
    `De lokale opslag in ${paths.dataDir} ${wat}. Zie ${paths.logFile} en voer de opdracht opnieuw uit.`,
    paths.logFile,
  );
}

/** Starts the daemon detached (it outlives this process) with its output in daemon.log. */
async function spawnDaemon(paths: StorePaths): Promise<ChildProcess> {
  const log = await open(paths.logFile, 'a');
  try {
    const child = spawn(process.execPath, [DAEMON_SCRIPT, paths.dataDir], {
      detached: true,
      stdio: ['ignore', log.fd, log.fd],
      env: process.env,
    });
    child.unref();
    return child;
  } finally {
    await log.close();
  }
}

function acceptsConnections(port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (accepted: boolean): void => {
      socket.destroy();
      resolve(accepted);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/*
 * Registration is per process (the file is named after the pid), connections are counted: the
 * file goes when the last connection of the process is released, or when the process exits.
 * Steps run one after another so a release and a new connect cannot interleave their I/O.
 */
const registrations = new Map<string, number>();
let queue: Promise<unknown> = Promise.resolve();
let exitHandlerInstalled = false;

function serialized<T>(step: () => Promise<T>): Promise<T> {
  const result = queue.then(step);
  queue = result.catch(() => undefined);
  return result;
}

function register(file: string): Promise<void> {
  return serialized(async () => {
    const count = registrations.get(file) ?? 0;
    if (count === 0) await writeFile(file, '');
    registrations.set(file, count + 1);
    installExitHandler();
  });
}

function unregister(file: string): Promise<void> {
  return serialized(async () => {
    const count = registrations.get(file) ?? 0;
    if (count > 1) {
      registrations.set(file, count - 1);
      return;
    }
    registrations.delete(file);
    if (count === 1) await ignoringMissing(() => unlink(file));
  });
}

function installExitHandler(): void {
  if (exitHandlerInstalled) return;
  exitHandlerInstalled = true;
  process.on('exit', () => {
    for (const file of registrations.keys()) {
      try {
        unlinkSync(file);
      } catch {
        // Nothing more can be done while exiting; the daemon removes the files of dead pids.
      }
    }
  });
}
