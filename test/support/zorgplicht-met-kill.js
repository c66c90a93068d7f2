#!/usr/bin/env node
// The `zorgplicht` command with one addition for tests: it stops itself hard (SIGKILL) once the
// ingest has written ZORGPLICHT_TEST_KILL_NA_BATCHES batches, to prove that a killed ingest leaves
// the previous state visible and that a rerun completes it. Not part of the shipped command.
import { register } from 'tsx/esm/api';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
register();
const na = Number(process.env.ZORGPLICHT_TEST_KILL_NA_BATCHES);
if (!Number.isInteger(na) || na <= 0) throw new Error('ZORGPLICHT_TEST_KILL_NA_BATCHES ontbreekt');
const { addIngestWaarnemer } = await import('../../cli/ingest-waarnemers.ts');
addIngestWaarnemer(() => ({
  onSchrijven: (batches) => {
    if (batches >= na) process.kill(process.pid, 'SIGKILL');
  },
}));
const { main } = await import('../../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
