import { readFileSync, unlinkSync } from 'node:fs';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { errorCode, ignoringMissing } from './error-code.ts';
import { isProcessAlive, parsePid } from './process-alive.ts';

/**
 * The daemon lock: `daemon.lock`, created exclusively by the one daemon that may open the
 * LevelDB directory, holding its pid. A lock whose pid is dead is stale and may be removed.
 */
export type DaemonLockState =
  | { readonly kind: 'absent' }
  /** `pid` is undefined while a daemon has created the file but not yet written its pid. */
  | { readonly kind: 'held'; readonly pid: number | undefined }
  | { readonly kind: 'stale' };

/**
 * A lock without a pid is only a daemon between creating and writing it; after this long it is
 * the leftover of a daemon that died in between.
 */
const EMPTY_LOCK_STALE_AFTER_MS = 5_000;

export async function inspectDaemonLock(lockFile: string): Promise<DaemonLockState> {
  const text = await ignoringMissing(() => readFile(lockFile, 'utf8'));
  if (text === undefined) return { kind: 'absent' };
  const pid = parsePid(text);
  if (pid !== undefined) return isProcessAlive(pid) ? { kind: 'held', pid } : { kind: 'stale' };
  const stats = await ignoringMissing(() => stat(lockFile));
  if (stats === undefined) return { kind: 'absent' };
  return Date.now() - stats.mtimeMs < EMPTY_LOCK_STALE_AFTER_MS
    ? { kind: 'held', pid: undefined }
    : { kind: 'stale' };
}

/**
 * Takes the lock for `pid`. Removes a stale lock and tries once more; false when another live
 * daemon holds it (or won the race for a stale one).
 */
export async function acquireDaemonLock(lockFile: string, pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await createLock(lockFile, pid)) return true;
    const state = await inspectDaemonLock(lockFile);
    if (state.kind === 'held') return false;
    if (state.kind === 'stale') await removeStaleLock(lockFile, pid);
  }
  return false;
}

/** Removes the lock if `pid` holds it; someone else's lock is left alone. */
export async function releaseDaemonLock(lockFile: string, pid: number): Promise<void> {
  const text = await ignoringMissing(() => readFile(lockFile, 'utf8'));
  if (text !== undefined && parsePid(text) === pid) await ignoringMissing(() => unlink(lockFile));
}

/** `releaseDaemonLock` for a process that is about to die and cannot wait for promises. */
export function releaseDaemonLockSync(lockFile: string, pid: number): void {
  try {
    if (parsePid(readFileSync(lockFile, 'utf8')) === pid) unlinkSync(lockFile);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

async function createLock(lockFile: string, pid: number): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockFile, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(`${pid}\n`);
  } catch (error) {
    await handle.close();
    await ignoringMissing(() => unlink(lockFile));
    throw error;
  }
  await handle.close();
  return true;
}

/**
 * Removing a stale lock races with other daemons doing the same: between our look at the
 * stale lock and our unlink, another daemon may have removed it and created its own. So the
 * lock is first renamed aside (atomic: only one process gets it) and inspected again there; a
 * lock that turns out to be live is linked back (link fails rather than overwrite a newer lock).
 */
async function removeStaleLock(lockFile: string, pid: number): Promise<void> {
  const aside = `${lockFile}.${pid}.stale`;
  try {
    await rename(lockFile, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  try {
    const state = await inspectDaemonLock(aside);
    if (state.kind === 'held') {
      try {
        await link(aside, lockFile);
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
    }
  } finally {
    await ignoringMissing(() => unlink(aside));
  }
}
