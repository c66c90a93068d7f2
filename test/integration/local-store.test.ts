import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DaemonInfo, readDaemonInfo } from '../../shared/storage/local/daemon-info.ts';
import { inspectDaemonLock } from '../../shared/storage/local/daemon-lock.ts';
import { type LocalStoreConnection, connectLocalStore } from '../../shared/storage/local/local-store.ts';
import { isProcessAlive } from '../../shared/storage/local/process-alive.ts';
import { type StorePaths, storePaths } from '../../shared/storage/local/store-paths.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLIENT_SCRIPT = fileURLToPath(new URL('../support/local-store-client.ts', import.meta.url));
/** Short, so that the daemons of these tests stop soon after their last client. */
const GRACE_MS = 400;
/** Time for a daemon to notice (poll interval 250 ms) and to close dynalite. */
const STOP_MARGIN_MS = 3_000;
const TABLE = 'zorgplicht';

interface ClientReport {
  readonly endpoint: string;
  readonly daemonPid: number;
}

const dataDirs: string[] = [];
const daemonPids = new Set<number>();
const openConnections: LocalStoreConnection[] = [];
const children: ChildProcessWithoutNullStreams[] = [];
let previousGrace: string | undefined;

beforeAll(() => {
  previousGrace = process.env.ZORGPLICHT_STORE_GRACE_MS;
  process.env.ZORGPLICHT_STORE_GRACE_MS = String(GRACE_MS);
});

afterEach(async () => {
  await Promise.all(openConnections.splice(0).map((connection) => connection.release()));
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

afterAll(async () => {
  for (const dir of dataDirs) {
    const paths = storePaths(dir);
    const info = await readDaemonInfo(paths.infoFile);
    if (info !== undefined) daemonPids.add(info.pid);
    const lock = await inspectDaemonLock(paths.lockFile);
    if (lock.kind === 'held' && lock.pid !== undefined) daemonPids.add(lock.pid);
  }
  daemonPids.delete(process.pid);
  // Every daemon stops by itself once its clients are gone; one that does not is killed here
  // and fails the run.
  const pids = [...daemonPids];
  await waitUntil(() => !pids.some(isProcessAlive), GRACE_MS + STOP_MARGIN_MS);
  const leftovers = pids.filter(isProcessAlive);
  for (const pid of leftovers) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Stopped in the meantime.
    }
  }
  await waitUntil(() => !leftovers.some(isProcessAlive), 5_000);
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  if (previousGrace === undefined) delete process.env.ZORGPLICHT_STORE_GRACE_MS;
  else process.env.ZORGPLICHT_STORE_GRACE_MS = previousGrace;
  expect(leftovers, 'daemons die na de tests nog liepen').toEqual([]);
});

describe('the embedded local store shared between processes', () => {
  it('starts a daemon on connect and serves DynamoDB on its endpoint', async () => {
    const paths = storePaths(await newDataDir());
    const connection = await connect(paths);

    const info = await daemonInfo(paths);
    expect(info.pid).not.toBe(process.pid);
    expect(isProcessAlive(info.pid)).toBe(true);
    expect(connection.endpoint).toBe(`http://127.0.0.1:${info.port}`);
    expect((await readFile(paths.lockFile, 'utf8')).trim()).toBe(String(info.pid));
    expect(await readdir(paths.clientsDir)).toEqual([String(process.pid)]);

    const client = dynamo(connection.endpoint);
    try {
      await createTableWithItem(client);
      expect(await getItem(client)).toEqual({ pk: { S: 'regio#5517' }, sk: { S: 'maand#2023-08' } });
    } finally {
      client.destroy();
    }

    await connection.release();
    expect(await readdir(paths.clientsDir)).toEqual([]);
  });

  it('keeps the registration of a process until its last connection is released', async () => {
    const paths = storePaths(await newDataDir());
    const [first, second] = await Promise.all([connect(paths), connect(paths)]);
    expect(second.endpoint).toBe(first.endpoint);

    await first.release();
    await first.release();
    expect(await readdir(paths.clientsDir)).toEqual([String(process.pid)]);
    await second.release();
    expect(await readdir(paths.clientsDir)).toEqual([]);
  });

  it('gives a second process the same daemon while the first is connected', async () => {
    const paths = storePaths(await newDataDir());
    const connection = await connect(paths);
    const info = await daemonInfo(paths);

    const other = await runClient(paths.dataDir);

    expect(other).toEqual({ endpoint: connection.endpoint, daemonPid: info.pid });
    expect(await startCount(paths)).toBe(1);
  });

  it('starts one daemon for two processes connecting at the same moment', async () => {
    const paths = storePaths(await newDataDir());

    const [first, second] = await Promise.all([runClient(paths.dataDir), runClient(paths.dataDir)]);

    expect(second).toEqual(first);
    expect(await startCount(paths)).toBe(1);
    await waitForStop(paths, first.daemonPid);
  });

  it('stops after the last client and keeps the data on disk for the next daemon', async () => {
    const paths = storePaths(await newDataDir());
    const connection = await connect(paths);
    const first = await daemonInfo(paths);
    const client = dynamo(connection.endpoint);
    try {
      await createTableWithItem(client);
    } finally {
      client.destroy();
    }
    // The registration of a client that died without cleaning up must not keep the daemon.
    await writeFile(join(paths.clientsDir, String(deadPid())), '');

    const released = Date.now();
    await connection.release();
    await waitForStop(paths, first.pid);
    expect(Date.now() - released).toBeGreaterThanOrEqual(GRACE_MS);
    expect(await readdir(paths.clientsDir)).toEqual([]);

    const again = await connect(paths);
    const second = await daemonInfo(paths);
    expect(second.pid).not.toBe(first.pid);
    const reader = dynamo(again.endpoint);
    try {
      expect(await getItem(reader)).toEqual({ pk: { S: 'regio#5517' }, sk: { S: 'maand#2023-08' } });
    } finally {
      reader.destroy();
    }
  });

  it('does not wait for a client process that was killed without releasing', async () => {
    const paths = storePaths(await newDataDir());
    const holder = startClient(paths.dataDir, ['--hold']);
    const report = await firstReport(holder);
    expect(await readdir(paths.clientsDir)).toEqual([String(holder.pid)]);

    holder.kill('SIGKILL');
    await waitForStop(paths, report.daemonPid);
    expect(await readdir(paths.clientsDir)).toEqual([]);
  });

  it('is not blocked by a lock and daemon.json left by a dead daemon', async () => {
    const paths = storePaths(await newDataDir());
    const dead = deadPid();
    await mkdir(paths.storeDir, { recursive: true });
    await writeFile(paths.lockFile, `${dead}\n`);
    const stale: DaemonInfo = { pid: dead, port: 9, startedAt: '2024-01-01T00:00:00.000Z' };
    await writeFile(paths.infoFile, JSON.stringify(stale));

    const connection = await connect(paths);

    const info = await daemonInfo(paths);
    expect(info.pid).not.toBe(dead);
    expect((await readFile(paths.lockFile, 'utf8')).trim()).toBe(String(info.pid));
    expect(await listTables(connection.endpoint)).toEqual([]);
  });

  it('is not blocked by an old empty lock of a daemon that died while taking it', async () => {
    const paths = storePaths(await newDataDir());
    await mkdir(paths.storeDir, { recursive: true });
    await writeFile(paths.lockFile, '');
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(paths.lockFile, minuteAgo, minuteAgo);

    const connection = await connect(paths);

    const info = await daemonInfo(paths);
    expect((await readFile(paths.lockFile, 'utf8')).trim()).toBe(String(info.pid));
    expect(await listTables(connection.endpoint)).toEqual([]);
  });

  it('stops cleanly on SIGTERM', async () => {
    const paths = storePaths(await newDataDir());
    await connect(paths);
    const info = await daemonInfo(paths);

    process.kill(info.pid, 'SIGTERM');

    await waitForStop(paths, info.pid);
    expect(await readFile(paths.logFile, 'utf8')).toContain('stopt na SIGTERM');
  });

  it('reports a daemon that cannot open the database, and leaves no lock behind', async () => {
    const paths = storePaths(await newDataDir());
    await mkdir(paths.dbDir, { recursive: true });
    // Another process has the LevelDB directory open (as a second, unshared store would).
    const intruder = dynalite({ path: paths.dbDir });
    await new Promise<void>((resolve) => intruder.listen(0, '127.0.0.1', () => resolve()));
    try {
      await expect(connectLocalStore(paths.dataDir, { timeoutMs: 10_000 })).rejects.toThrow(
        `De lokale opslag in ${paths.dataDir} start niet: het opslagproces stopte met een fout. Zie ${paths.logFile}`,
      );
    } finally {
      await new Promise<void>((resolve, reject) =>
        intruder.close((error) => (error ? reject(error) : resolve())),
      );
    }
    expect(await readFile(paths.logFile, 'utf8')).toContain('fout, de opslag stopt');
    expect(existsSync(paths.lockFile)).toBe(false);
    expect(existsSync(paths.infoFile)).toBe(false);
  });

  it('gives up with a Dutch message naming the data dir and the log when no store comes up', async () => {
    const paths = storePaths(await newDataDir());
    await mkdir(paths.storeDir, { recursive: true });
    // A live process holds the lock but never publishes daemon.json.
    await writeFile(paths.lockFile, `${process.pid}\n`);

    await expect(connectLocalStore(paths.dataDir, { timeoutMs: 300 })).rejects.toThrow(
      `De lokale opslag in ${paths.dataDir} start niet binnen 1 seconde. Zie ${paths.logFile} en voer de opdracht opnieuw uit.`,
    );
    expect(await readdir(paths.clientsDir)).toEqual([]);
  });
});

async function newDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zorgplicht-store-'));
  dataDirs.push(dir);
  return dir;
}

async function connect(paths: StorePaths): Promise<LocalStoreConnection> {
  const connection = await connectLocalStore(paths.dataDir, { timeoutMs: 10_000 });
  openConnections.push(connection);
  return connection;
}

async function daemonInfo(paths: StorePaths): Promise<DaemonInfo> {
  const info = await readDaemonInfo(paths.infoFile);
  if (info === undefined) throw new Error(`geen daemon.json in ${paths.storeDir}`);
  daemonPids.add(info.pid);
  return info;
}

async function startCount(paths: StorePaths): Promise<number> {
  const log = await readFile(paths.logFile, 'utf8');
  return log.split('\n').filter((line) => line.includes('] gestart op ')).length;
}

async function waitForStop(paths: StorePaths, pid: number): Promise<void> {
  const stopped = await waitUntil(() => !isProcessAlive(pid), GRACE_MS + STOP_MARGIN_MS);
  expect(stopped, `daemon ${pid} gestopt`).toBe(true);
  expect(existsSync(paths.infoFile)).toBe(false);
  expect(existsSync(paths.lockFile)).toBe(false);
}

/** Polls `condition`; false when it does not hold within `timeoutMs`. */
async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(25);
  }
  return true;
}

/** A pid no process has now. */
function deadPid(): number {
  let pid = 999_999;
  while (isProcessAlive(pid)) pid++;
  return pid;
}

function startClient(dataDir: string, args: readonly string[] = []): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['--import', 'tsx', CLIENT_SCRIPT, dataDir, ...args], {
    cwd: REPO_ROOT,
    env: process.env,
  });
  children.push(child);
  return child;
}

/** Runs a client process to its end and returns what it reported. */
async function runClient(dataDir: string): Promise<ClientReport> {
  const child = startClient(dataDir);
  child.stdin.end();
  const [report, code] = await Promise.all([
    firstReport(child),
    new Promise<number | null>((resolve) => child.on('close', resolve)),
  ]);
  expect(code).toBe(0);
  return report;
}

/** The JSON line a client process prints once connected. */
function firstReport(child: ChildProcessWithoutNullStreams): Promise<ClientReport> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const end = stdout.indexOf('\n');
      if (end < 0) return;
      const report = JSON.parse(stdout.slice(0, end)) as ClientReport;
      daemonPids.add(report.daemonPid);
      resolve(report);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`client stopte (code ${code}) zonder verslag: ${stderr}`)));
  });
}

function dynamo(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

async function createTableWithItem(client: DynamoDBClient): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: TABLE,
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  // Even with createTableMs 0, dynalite marks the table ACTIVE only after its answer.
  const deadline = Date.now() + 5_000;
  while (
    (await client.send(new DescribeTableCommand({ TableName: TABLE }))).Table?.TableStatus !== 'ACTIVE'
  ) {
    if (Date.now() > deadline) throw new Error(`tabel ${TABLE} niet actief binnen 5 s`);
    await sleep(20);
  }
  await client.send(
    new PutItemCommand({ TableName: TABLE, Item: { pk: { S: 'regio#5517' }, sk: { S: 'maand#2023-08' } } }),
  );
}

async function getItem(client: DynamoDBClient): Promise<unknown> {
  const result = await client.send(
    new GetItemCommand({
      TableName: TABLE,
      Key: { pk: { S: 'regio#5517' }, sk: { S: 'maand#2023-08' } },
      ConsistentRead: true,
    }),
  );
  return result.Item;
}

async function listTables(endpoint: string): Promise<string[]> {
  const client = dynamo(endpoint);
  try {
    return (await client.send(new ListTablesCommand({}))).TableNames ?? [];
  } finally {
    client.destroy();
  }
}
