import { setTimeout as sleep } from 'node:timers/promises';
import { readDaemonInfo } from '../../shared/storage/local/daemon-info.ts';
import { isProcessAlive } from '../../shared/storage/local/process-alive.ts';
import { storePaths } from '../../shared/storage/local/store-paths.ts';

/**
 * Stops the store daemon the test's commands started in `dataDir` (by the pid it published) and
 * waits until it has exited, so that the test can remove the folder and leaves no process behind.
 */
export async function stopLocalStore(dataDir: string, timeoutMs = 15_000): Promise<void> {
  const info = await readDaemonInfo(storePaths(dataDir).infoFile);
  if (!info || !isProcessAlive(info.pid)) return;
  process.kill(info.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(info.pid)) {
    if (Date.now() > deadline)
      throw new Error(`store daemon ${info.pid} did not stop within ${timeoutMs} ms`);
    await sleep(50);
  }
}
