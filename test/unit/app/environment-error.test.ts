import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  DynamoDBServiceException,
  InternalServerError,
  ListTablesCommand,
  ProvisionedThroughputExceededException,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/app/app-error.ts';
import { type OmgevingsContext, toAppError } from '../../../shared/app/environment-error.ts';
import { connectLocalStore } from '../../../shared/storage/local/local-store.ts';
import { LokaleOpslagFout } from '../../../shared/storage/local/lokale-opslag-fout.ts';
import { storePaths } from '../../../shared/storage/local/store-paths.ts';

let dataDir: string;
let lokaal: OmgevingsContext;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'zp-omgeving-'));
  lokaal = { dataDir, opslag: { soort: 'lokaal', log: storePaths(dataDir).logFile } };
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** The error a real failing call rejects with. */
async function failureOf(operation: () => Promise<unknown>): Promise<unknown> {
  try {
    await operation();
  } catch (error) {
    return error;
  }
  throw new Error('expected the operation to fail');
}

/** A port on which nothing listens any more. */
async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  await new Promise((resolve) => server.close(resolve));
  return address.port;
}

function omgevingsfout(error: unknown, context: OmgevingsContext = lokaal): AppError {
  const fout = toAppError(error, context);
  expect(fout?.code).toBe('OMGEVINGSFOUT');
  expect(fout?.cause).toBe(error);
  expect(fout?.message).not.toMatch(/E[A-Z]{3,}|Error|syscall|\bat /);
  return fout as AppError; // the code was checked above
}

describe('toAppError: faults of the file system, from real failing calls', () => {
  it('a full disk (writing to /dev/full gives a real ENOSPC)', async () => {
    const error = await failureOf(() => writeFile('/dev/full', 'x'));
    expect(error).toMatchObject({ code: 'ENOSPC' });
    expect(omgevingsfout(error).message).toBe(
      `De schijf is vol: een bestand in ${dataDir} kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw.`,
    );
    expect(omgevingsfout(error, {}).message).toBe(
      'De schijf is vol: een bestand kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw.',
    );
  });

  it('no permission to read a file (a write-only sysctl refuses even root)', async () => {
    const error = await failureOf(() => readFile('/proc/sys/vm/compact_memory'));
    expect(error).toMatchObject({ code: 'EACCES', syscall: 'open' });
    expect(omgevingsfout(error).message).toBe(
      'Geen leesrechten op /proc/sys/vm/compact_memory: geef deze gebruiker leesrechten op het bestand en probeer het opnieuw.',
    );
  });

  it('no permission to make a folder (sysfs refuses even root, or is mounted read-only)', async () => {
    const pad = `/sys/zorgplicht-test-${process.pid}`;
    const error = await failureOf(() => mkdir(pad));
    const code = (error as NodeJS.ErrnoException).code; // a Node.js system error, as the next line checks
    expect(['EPERM', 'EACCES', 'EROFS']).toContain(code);
    expect(omgevingsfout(error).message).toBe(
      code === 'EROFS'
        ? `${pad} staat op een schijf die alleen gelezen kan worden: kies met ZORGPLICHT_DATA_DIR een map waarin geschreven kan worden.`
        : `Geen schrijfrechten op /sys: de map ${pad} kan daar niet worden aangemaakt. Geef deze gebruiker schrijfrechten op die map of kies met ZORGPLICHT_DATA_DIR een andere map.`,
    );
  });

  it('a file where the data dir needs a folder (ENOTDIR)', async () => {
    await writeFile(join(dataDir, 'store'), 'geen map');
    const error = await failureOf(() => mkdir(join(dataDir, 'store', 'clients'), { recursive: true }));
    await rm(join(dataDir, 'store'));
    expect(error).toMatchObject({ code: 'ENOTDIR' });
    expect(omgevingsfout(error).message).toBe(
      `In ZORGPLICHT_DATA_DIR ${dataDir} staat een bestand waar een map hoort (${join(dataDir, 'store', 'clients')}): verplaats dat bestand of kies met ZORGPLICHT_DATA_DIR een andere map.`,
    );
  });

  it('a data dir that is a file (EEXIST from mkdir) or under a file (ENOTDIR)', async () => {
    const bestand = join(dataDir, 'bestand');
    await writeFile(bestand, 'x');
    const exists = await failureOf(() => mkdir(bestand));
    expect(exists).toMatchObject({ code: 'EEXIST', syscall: 'mkdir' });
    expect(omgevingsfout(exists, { dataDir: bestand }).message).toBe(
      `ZORGPLICHT_DATA_DIR ${bestand} is geen map maar een bestand: verplaats het bestand of kies met ZORGPLICHT_DATA_DIR een andere map.`,
    );
    const onder = join(bestand, 'data');
    const notDir = await failureOf(() => readdir(onder));
    expect(notDir).toMatchObject({ code: 'ENOTDIR' });
    expect(omgevingsfout(notDir, { dataDir: onder }).message).toBe(
      `ZORGPLICHT_DATA_DIR ${onder} kan geen map zijn: een van de mappen erboven is een bestand. Kies met ZORGPLICHT_DATA_DIR een andere map.`,
    );
    await rm(bestand);
  });

  it('a folder read as a file (EISDIR)', async () => {
    const error = await failureOf(() => readFile(dataDir));
    expect(error).toMatchObject({ code: 'EISDIR' });
    expect(omgevingsfout(error).message).toBe(
      'Het opgegeven pad is een map, geen bestand: geef een bestand op.',
    );
  });

  it('a folder of the data dir that disappeared, and one that cannot be made (ENOENT)', async () => {
    const weg = join(dataDir, 'archief', 'verwerkt');
    const gone = await failureOf(() => readdir(weg));
    expect(gone).toMatchObject({ code: 'ENOENT' });
    expect(omgevingsfout(gone).message).toBe(
      `${weg} bestaat niet (meer): is ZORGPLICHT_DATA_DIR tijdens het werk verplaatst of verwijderd? Voer de opdracht opnieuw uit.`,
    );
    const elders = join(tmpdir(), `zp-bestaat-niet-${process.pid}`, 'data');
    const noParent = await failureOf(() => mkdir(elders));
    expect(noParent).toMatchObject({ code: 'ENOENT', syscall: 'mkdir' });
    expect(omgevingsfout(noParent).message).toBe(
      `De map ${elders} kan niet worden aangemaakt: de map erboven bestaat niet of laat geen nieuwe mappen toe. Kies met ZORGPLICHT_DATA_DIR een andere map.`,
    );
  });

  it('a read error of the device (EIO)', async () => {
    const error = await failureOf(() => readFile('/proc/self/mem'));
    expect(error).toMatchObject({ code: 'EIO' });
    expect(omgevingsfout(error).message).toBe(
      'De schijf gaf een lees- of schrijffout: controleer de schijf (of de netwerkschijf) en probeer het opnieuw.',
    );
  });

  it('found in the cause chain of a wrapping error', async () => {
    const vol = await failureOf(() => writeFile('/dev/full', 'x'));
    const wrapped = new Error('archief schrijven mislukt', { cause: vol });
    expect(omgevingsfout(wrapped).message).toMatch(/^De schijf is vol/);
  });
});

describe('toAppError: faults of the store, from real SDK calls and SDK error shapes', () => {
  const servers: Server[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  async function listen(onConnection: (socket: Socket) => void): Promise<number> {
    const server = createServer(onConnection);
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return address.port;
  }

  async function sdkFailure(port: number): Promise<unknown> {
    const client = new DynamoDBClient({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
    try {
      return await failureOf(() => client.send(new ListTablesCommand({})));
    } finally {
      client.destroy();
    }
  }

  const NIET_BEREIKBAAR = () =>
    `De lokale opslag is niet bereikbaar (gestopt?): voer de opdracht opnieuw uit; zie ${join(dataDir, 'store', 'daemon.log')} als het blijft gebeuren.`;

  it('a stopped store: the SDK call is refused (ECONNREFUSED)', async () => {
    const error = await sdkFailure(await closedPort());
    expect(error).toMatchObject({ code: 'ECONNREFUSED', $metadata: {} });
    expect(omgevingsfout(error).message).toBe(NIET_BEREIKBAAR());
    expect(omgevingsfout(error, { opslag: { soort: 'dynamodb', endpoint: 'http://db:8000' } }).message).toBe(
      'De opslag (DynamoDB op http://db:8000) is niet bereikbaar: controleer de netwerkverbinding en probeer het opnieuw.',
    );
  });

  it('a store killed mid-request: socket hang up (ECONNRESET)', async () => {
    const error = await sdkFailure(await listen((socket) => socket.destroy()));
    expect(error).toMatchObject({ code: 'ECONNRESET', message: 'socket hang up' });
    expect(omgevingsfout(error).message).toBe(NIET_BEREIKBAAR());
  });

  it('a refused plain connection (net.connect), also inside an AggregateError', async () => {
    const socket = createConnection({ host: '127.0.0.1', port: await closedPort() });
    const [error] = (await once(socket, 'error').catch((e: unknown) => [e])) as unknown[];
    expect(error).toMatchObject({ code: 'ECONNREFUSED', syscall: 'connect' });
    expect(omgevingsfout(error).message).toBe(NIET_BEREIKBAAR());
    expect(omgevingsfout(new AggregateError([error], 'connect')).message).toBe(NIET_BEREIKBAAR());
  });

  it('a broken pipe of our own output (`zorgplicht … | head`) is not taken for the store', () => {
    // The shape Node.js gives process.stdout when the reader has gone.
    const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE', errno: -32, syscall: 'write' });
    expect(toAppError(error, lokaal)).toBeUndefined();
  });

  it('the table is missing (ResourceNotFoundException)', () => {
    const error = new ResourceNotFoundException({ message: 'Requested resource not found', $metadata: {} });
    expect(omgevingsfout(error).message).toBe(
      `De tabel van de monitor ontbreekt in de lokale opslag: voer de opdracht opnieuw uit (de tabel wordt dan aangemaakt); zie ${join(dataDir, 'store', 'daemon.log')}.`,
    );
    expect(omgevingsfout(error, { opslag: { soort: 'dynamodb' } }).message).toBe(
      'De tabel van de monitor bestaat niet in DynamoDB: controleer ZORGPLICHT_TABEL en of de installatie (de stack) compleet is.',
    );
  });

  it('throttling, a server fault and missing AWS rights', () => {
    const overbelast =
      'De opslag is tijdelijk overbelast (te veel verzoeken tegelijk): probeer het over een paar minuten opnieuw.';
    expect(
      omgevingsfout(new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} }))
        .message,
    ).toBe(overbelast);
    const throttled = new DynamoDBServiceException({
      name: 'ThrottlingException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'Rate exceeded',
    });
    expect(omgevingsfout(throttled).message).toBe(overbelast);
    expect(
      omgevingsfout(new InternalServerError({ message: 'oops', $metadata: { httpStatusCode: 500 } })).message,
    ).toBe('De opslag meldt een storing aan zijn kant: probeer het over een paar minuten opnieuw.');
    const denied = new DynamoDBServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'User is not authorized',
    });
    expect(omgevingsfout(denied).message).toMatch(/^Geen toegang tot de opslag: de AWS-inloggegevens/);
  });

  it('a failed condition is the code’s business, not a fault of the machine', () => {
    const error = new ConditionalCheckFailedException({
      message: 'The conditional request failed',
      $metadata: {},
    });
    expect(toAppError(error, lokaal)).toBeUndefined();
  });
});

describe('toAppError: the local store that does not answer', () => {
  it('names the process of a stale daemon.json, the files to remove and the log', async () => {
    const paths = storePaths(dataDir);
    await mkdir(paths.storeDir, { recursive: true });
    // daemon.json and the lock name a live process (this test) that does not serve the store.
    const port = await closedPort();
    await writeFile(
      paths.infoFile,
      JSON.stringify({ pid: process.pid, port, startedAt: new Date().toISOString() }),
    );
    await writeFile(paths.lockFile, `${process.pid}\n`);
    try {
      const error = await failureOf(() => connectLocalStore(dataDir, { timeoutMs: 300 }));
      expect(error).toBeInstanceOf(LokaleOpslagFout);
      expect(omgevingsfout(error).message).toBe(
        `De lokale opslag in ${dataDir} antwoordt niet binnen 1 seconde: proces ${process.pid} uit ${paths.infoFile} neemt poort ${port} niet op. ` +
          `Is dat proces vastgelopen, stop het dan; is het geen opslagproces (bijvoorbeeld na een herstart van de computer), verwijder dan ${paths.infoFile} en ${paths.lockFile}. ` +
          `Zie ${paths.logFile} en voer de opdracht opnieuw uit.`,
      );
      expect(await readdir(paths.clientsDir)).toEqual([]);
    } finally {
      await rm(paths.storeDir, { recursive: true, force: true });
    }
  });
});

describe('toAppError: what is not a fault of the machine', () => {
  it('passes an AppError through unchanged', () => {
    const fout = new AppError('NIET_GEVONDEN', 'Regio 5517 heeft geen gegevens.');
    expect(toAppError(fout, lokaal)).toBe(fout);
    expect(toAppError(new Error('verpakt', { cause: fout }), lokaal)).toBe(fout);
  });

  it('leaves a defect unrecognised', () => {
    expect(
      toAppError(new TypeError("Cannot read properties of undefined (reading 'x')"), lokaal),
    ).toBeUndefined();
    expect(toAppError(new Error('iets anders'), lokaal)).toBeUndefined();
    expect(toAppError('tekst', lokaal)).toBeUndefined();
    expect(toAppError(undefined, lokaal)).toBeUndefined();
  });
});
