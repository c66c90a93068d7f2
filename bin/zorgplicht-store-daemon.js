#!/usr/bin/env node
// Background process of the embedded local store: started (detached) by the first command that
// needs the store of a data dir, shared by every command on that data dir, and gone once none
// of them runs any more. See shared/storage/local/local-store.ts. Usage: <data dir>.
import { register } from 'tsx/esm/api';

register();
const { runStoreDaemon } = await import('../shared/storage/local/store-daemon.ts');

const dataDir = process.argv[2];
if (!dataDir) {
  process.stderr.write('Gebruik: zorgplicht-store-daemon <datamap>\n');
  process.exit(2);
}
try {
  await runStoreDaemon(dataDir);
  process.exit(0);
} catch (error) {
  const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${new Date().toISOString()} [opslag ${process.pid}] fout: ${reason}\n`);
  process.exit(1);
}
