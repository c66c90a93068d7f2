import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { errorCode, ignoringMissing } from './error-code.ts';

/** `daemon.json`: where the running daemon listens. Present only while it accepts clients. */
export interface DaemonInfo {
  readonly pid: number;
  readonly port: number;
  /** ISO 8601 timestamp. */
  readonly startedAt: string;
}

/** The published daemon info; undefined when there is none (or it is not a valid file). */
export async function readDaemonInfo(infoFile: string): Promise<DaemonInfo | undefined> {
  const text = await ignoringMissing(() => readFile(infoFile, 'utf8'));
  return text === undefined ? undefined : parseDaemonInfo(text);
}

/** Writes to a temporary file and renames it, so readers never see half a file. */
export async function writeDaemonInfo(infoFile: string, info: DaemonInfo): Promise<void> {
  const temporary = `${infoFile}.${info.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(info, null, 2)}\n`);
  try {
    await rename(temporary, infoFile);
  } catch (error) {
    await ignoringMissing(() => unlink(temporary));
    throw error;
  }
}

/** Removes `daemon.json` if it describes `pid`; another daemon's info is left alone. */
export async function removeDaemonInfo(infoFile: string, pid: number): Promise<void> {
  const info = await readDaemonInfo(infoFile);
  if (info?.pid === pid) await ignoringMissing(() => unlink(infoFile));
}

/** `removeDaemonInfo` for a process that is about to die and cannot wait for promises. */
export function removeDaemonInfoSync(infoFile: string, pid: number): void {
  try {
    if (parseDaemonInfo(readFileSync(infoFile, 'utf8'))?.pid === pid) unlinkSync(infoFile);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function parseDaemonInfo(text: string): DaemonInfo | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const { pid, port, startedAt } = json as Record<string, unknown>;
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return undefined;
  if (typeof port !== 'number' || !Number.isInteger(port) || port <= 0 || port > 65_535) return undefined;
  if (typeof startedAt !== 'string') return undefined;
  return { pid, port, startedAt };
}
