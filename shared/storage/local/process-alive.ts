import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { errorCode } from './error-code.ts';

/** A pid as written in the store's files: a positive integer. */
export function parsePid(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[1-9]\d{0,9}$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/**
 * Whether a process with this pid runs (signal 0 checks without sending anything). A process
 * of another user (EPERM) runs too. A zombie does not: it has exited and only waits for its
 * parent to collect it, which for an orphan may take a while, depending on the init process.
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
  return !isZombie(pid);
}

/** Linux only (elsewhere: false): the state letter in /proc/<pid>/stat is Z or X. */
function isZombie(pid: number): boolean {
  if (process.platform !== 'linux') return false;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    // Gone in the meantime, or /proc not readable: trust signal 0.
    return false;
  }
  // "<pid> (<command, may contain spaces and parentheses>) <state> …"
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state === 'Z' || state === 'X';
}

/**
 * Whether the process that holds a claim (host and pid) still runs, as far as this machine can
 * tell: a process on another host cannot be checked, so there the claim's lease decides.
 */
export function isClaimHolderAlive(holder: { readonly host: string; readonly pid: number }): boolean {
  return holder.host !== hostname() || isProcessAlive(holder.pid);
}
