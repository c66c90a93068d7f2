// A client process of the embedded local store, for the tests: connects to the store of the
// data dir in argv[2] and prints `{ "endpoint": …, "daemonPid": … }` as one JSON line. Then it
// releases and exits, or with `--hold` stays connected until its stdin closes (or it is killed).
import { readDaemonInfo } from '../../shared/storage/local/daemon-info.ts';
import { connectLocalStore } from '../../shared/storage/local/local-store.ts';
import { storePaths } from '../../shared/storage/local/store-paths.ts';

const [dataDir, mode] = process.argv.slice(2);
if (dataDir === undefined) {
  process.stderr.write('Gebruik: local-store-client.ts <datamap> [--hold]\n');
  process.exit(2);
}

const connection = await connectLocalStore(dataDir, { timeoutMs: 10_000 });
const info = await readDaemonInfo(storePaths(dataDir).infoFile);
process.stdout.write(`${JSON.stringify({ endpoint: connection.endpoint, daemonPid: info?.pid ?? null })}\n`);
if (mode === '--hold') {
  await new Promise<void>((resolve) => {
    process.stdin.on('end', resolve).resume();
  });
}
await connection.release();
