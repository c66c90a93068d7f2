import { mkdtempSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { daemonPids, stopDaemons } from './werkmappen.ts';

/**
 * Temp folders a test file makes, removed after it (test/support/opruimen.ts registers that for
 * every test file): a store daemon started on one of them (as the data dir itself or its `data/`
 * subfolder) is stopped first, so that no process and no folder is left behind.
 */
const mappen: string[] = [];

export async function tijdelijkeMap(prefix: string): Promise<string> {
  const map = await mkdtemp(join(tmpdir(), prefix));
  mappen.push(map);
  return map;
}

export function tijdelijkeMapSync(prefix: string): string {
  const map = mkdtempSync(join(tmpdir(), prefix));
  mappen.push(map);
  return map;
}

export async function ruimTijdelijkeMappenOp(): Promise<void> {
  const weg = mappen.splice(0);
  const pids = new Set<number>();
  for (const map of weg) {
    for (const dataDir of [map, join(map, 'data')])
      for (const pid of await daemonPids(dataDir)) pids.add(pid);
  }
  await stopDaemons([...pids]);
  await Promise.all(weg.map((map) => rm(map, { recursive: true, force: true })));
}
