import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readDaemonInfo } from '../../shared/storage/local/daemon-info.ts';
import { inspectDaemonLock } from '../../shared/storage/local/daemon-lock.ts';
import { isProcessAlive } from '../../shared/storage/local/process-alive.ts';
import { storePaths } from '../../shared/storage/local/store-paths.ts';

/** A temp folder for one test, with the data dir the CLI uses inside it (created by the CLI). */
export interface Werkmap {
  readonly dir: string;
  readonly dataDir: string;
  /** The environment for runCli: this data dir and a store daemon that stops soon after its last client. */
  env(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
}

/**
 * Temp folders for the tests of one file, and their clean-up: every store daemon that runs on
 * one of their data dirs is stopped (it is recognised by its command line, so that a pid that
 * was reused is never touched) and the folders are removed.
 */
export function werkmappen(prefix: string): { nieuw(): Promise<Werkmap>; ruimOp(): Promise<void> } {
  const dirs: string[] = [];
  return {
    async nieuw() {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      dirs.push(dir);
      const dataDir = join(dir, 'data');
      return {
        dir,
        dataDir,
        env: (extra = {}) => ({ ZORGPLICHT_DATA_DIR: dataDir, ZORGPLICHT_STORE_GRACE_MS: '300', ...extra }),
      };
    },
    async ruimOp() {
      const daemons = new Set<number>();
      for (const dir of dirs) for (const pid of await daemonPids(join(dir, 'data'))) daemons.add(pid);
      await stopDaemons([...daemons]);
      await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/** The live store daemons that daemon.json and daemon.lock of a data dir name. */
export async function daemonPids(dataDir: string): Promise<number[]> {
  const paths = storePaths(dataDir);
  const pids: number[] = [];
  const info = await readDaemonInfo(paths.infoFile).catch(() => undefined);
  if (info !== undefined) pids.push(info.pid);
  const lock = await inspectDaemonLock(paths.lockFile).catch(() => undefined);
  if (lock?.kind === 'held' && lock.pid !== undefined) pids.push(lock.pid);
  return pids.filter(isStoreDaemon);
}

export function isStoreDaemon(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('zorgplicht-store-daemon');
  } catch {
    return false;
  }
}

/** SIGTERM (the daemon stops cleanly), then SIGKILL for one that does not stop within 5 s. */
export async function stopDaemons(pids: readonly number[]): Promise<void> {
  for (const pid of pids) signal(pid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (pids.some(isStoreDaemon) && Date.now() < deadline) await sleep(50);
  for (const pid of pids.filter(isStoreDaemon)) signal(pid, 'SIGKILL');
  while (pids.some(isProcessAlive) && Date.now() < deadline + 2_000) await sleep(50);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Stopped in the meantime.
  }
}
