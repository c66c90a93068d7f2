import { join, resolve } from 'node:path';

/** The files of the embedded local store under `<dataDir>/store/` (see local-store.ts). */
export interface StorePaths {
  /** The data dir as an absolute path. */
  readonly dataDir: string;
  readonly storeDir: string;
  /** dynalite's LevelDB directory; only the daemon opens it. */
  readonly dbDir: string;
  /** Created exclusively by the daemon; holds its pid. */
  readonly lockFile: string;
  /** `{ pid, port, startedAt }` of the running daemon, written once it listens. */
  readonly infoFile: string;
  /** One empty file per live client process, named after its pid. */
  readonly clientsDir: string;
  /** The daemon's stdout and stderr. */
  readonly logFile: string;
}

export function storePaths(dataDir: string): StorePaths {
  const absolute = resolve(dataDir);
  const storeDir = join(absolute, 'store');
  return {
    dataDir: absolute,
    storeDir,
    dbDir: join(storeDir, 'db'),
    lockFile: join(storeDir, 'daemon.lock'),
    infoFile: join(storeDir, 'daemon.json'),
    clientsDir: join(storeDir, 'clients'),
    logFile: join(storeDir, 'daemon.log'),
  };
}

export function clientFile(paths: StorePaths, pid: number): string {
  return join(paths.clientsDir, String(pid));
}
