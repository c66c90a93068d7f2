import { dirname, isAbsolute, relative } from 'node:path';
import { LokaleOpslagFout } from '../storage/local/lokale-opslag-fout.ts';
import { AppError, isAppError } from './app-error.ts';

/**
 * Faults of the machine rather than of the input or the code: a full disk, missing rights, a
 * data dir that is a file, a store that does not answer. `toAppError` recognises them in the
 * errors Node.js, the AWS SDK and the local store throw, and turns each into an
 * `AppError('OMGEVINGSFOUT')` whose Dutch message names the cause and what to do (contracts §4:
 * exit code 3, HTTP 503). The original error stays as `cause`, for the log only.
 */
export interface OmgevingsContext {
  /** ZORGPLICHT_DATA_DIR as an absolute path: a fault under it is told as one of the data dir. */
  readonly dataDir?: string | undefined;
  /** The store the command talks to, so that a store fault says where to look. */
  readonly opslag?: OpslagContext | undefined;
}

export type OpslagContext =
  /** The embedded store of the data dir, run by a daemon that logs to `log`. */
  | { readonly soort: 'lokaal'; readonly log: string }
  /** DynamoDB in AWS, or another endpoint (ZORGPLICHT_DYNAMODB_ENDPOINT). */
  | { readonly soort: 'dynamodb'; readonly endpoint?: string | undefined };

/**
 * The AppError a failure amounts to: an AppError itself, or an OMGEVINGSFOUT for a fault of the
 * machine (looked for in the error, its `cause` chain and an AggregateError's errors).
 * Undefined for anything else: that is a defect, to be reported as unexpected.
 */
export function toAppError(error: unknown, context: OmgevingsContext = {}): AppError | undefined {
  if (isAppError(error)) return error;
  for (const candidate of causes(error)) {
    if (isAppError(candidate)) return candidate;
    const message = describeFault(candidate, context);
    if (message !== undefined) return new AppError('OMGEVINGSFOUT', message, { cause: error });
  }
  return undefined;
}

/** The error, its causes and the errors of an AggregateError, breadth first, at most 10. */
function causes(error: unknown): unknown[] {
  const found: unknown[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && found.length < 10) {
    const next = queue.shift();
    if (next === undefined || next === null || found.includes(next)) continue;
    found.push(next);
    if (next instanceof AggregateError) queue.push(...next.errors);
    if (next instanceof Error) queue.push(next.cause);
  }
  return found;
}

/** The fields of a Node.js system error (`fs`, `net`) and of an AWS SDK error that tell the fault. */
interface Kenmerken {
  readonly name?: string;
  readonly code?: string;
  readonly syscall?: string;
  readonly path?: string;
  readonly message?: string;
  /** Present on every error the AWS SDK v3 throws, service or network. */
  readonly sdk: boolean;
  readonly fault?: string;
  readonly httpStatusCode?: number;
}

function kenmerken(error: object): Kenmerken {
  const text = (key: string): string | undefined => {
    const value: unknown = Reflect.get(error, key);
    return typeof value === 'string' ? value : undefined;
  };
  const metadata: unknown = Reflect.get(error, '$metadata');
  const sdk = typeof metadata === 'object' && metadata !== null;
  const status: unknown = sdk ? Reflect.get(metadata, 'httpStatusCode') : undefined;
  return {
    name: text('name'),
    code: text('code'),
    syscall: text('syscall'),
    path: text('path'),
    message: text('message'),
    sdk,
    fault: text('$fault'),
    httpStatusCode: typeof status === 'number' ? status : undefined,
  };
}

function describeFault(error: unknown, context: OmgevingsContext): string | undefined {
  if (error instanceof LokaleOpslagFout) return error.message;
  if (typeof error !== 'object' || error === null) return undefined;
  const k = kenmerken(error);
  return describeStoreFault(k, context) ?? describeFileFault(k, context);
}

/** Node.js codes of a connection that failed or broke off. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
]);

const NO_ACCESS = new Set([
  'AccessDeniedException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'ExpiredToken',
  'CredentialsProviderError',
]);

function describeStoreFault(k: Kenmerken, context: OmgevingsContext): string | undefined {
  const network =
    (k.code !== undefined && NETWORK_CODES.has(k.code) && (k.sdk || isConnectionSyscall(k.syscall))) ||
    (k.sdk && (k.name === 'TimeoutError' || k.message === 'socket hang up'));
  if (network) return unreachable(context);
  if (k.name === 'CredentialsProviderError') return noStoreAccess();
  if (!k.sdk || k.name === undefined) return undefined;
  if (k.name === 'ResourceNotFoundException') {
    return context.opslag?.soort === 'lokaal'
      ? `De tabel van de monitor ontbreekt in de lokale opslag: voer de opdracht opnieuw uit (de tabel wordt dan aangemaakt); zie ${context.opslag.log}.`
      : 'De tabel van de monitor bestaat niet in DynamoDB: controleer ZORGPLICHT_TABEL en of de installatie (de stack) compleet is.';
  }
  if (THROTTLING.has(k.name)) {
    return 'De opslag is tijdelijk overbelast (te veel verzoeken tegelijk): probeer het over een paar minuten opnieuw.';
  }
  if (NO_ACCESS.has(k.name)) return noStoreAccess();
  if (k.fault === 'server' || (k.httpStatusCode !== undefined && k.httpStatusCode >= 500)) {
    return 'De opslag meldt een storing aan zijn kant: probeer het over een paar minuten opnieuw.';
  }
  return undefined;
}

function isConnectionSyscall(syscall: string | undefined): boolean {
  return syscall === 'connect' || syscall === 'getaddrinfo';
}

function unreachable(context: OmgevingsContext): string {
  const opslag = context.opslag;
  if (opslag?.soort === 'lokaal') {
    return `De lokale opslag is niet bereikbaar (gestopt?): voer de opdracht opnieuw uit; zie ${opslag.log} als het blijft gebeuren.`;
  }
  const waar = opslag?.endpoint ? ` op ${opslag.endpoint}` : '';
  return `De opslag (DynamoDB${waar}) is niet bereikbaar: controleer de netwerkverbinding en probeer het opnieuw.`;
}

function noStoreAccess(): string {
  return 'Geen toegang tot de opslag: de AWS-inloggegevens ontbreken, zijn verlopen of geven geen rechten op de tabel. Log opnieuw in en probeer het opnieuw.';
}

function describeFileFault(k: Kenmerken, context: OmgevingsContext): string | undefined {
  const pad = k.path;
  const inDataDir = pad !== undefined && isUnder(pad, context.dataDir);
  const waar = pad ?? (context.dataDir ? `een bestand in ${context.dataDir}` : 'een bestand');
  const andereMap = 'of kies met ZORGPLICHT_DATA_DIR een andere map';
  switch (k.code) {
    case 'ENOSPC':
      return `De schijf is vol: ${waar} kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw.`;
    case 'EDQUOT':
      return `Het schijfquotum is op: ${waar} kon niet worden geschreven. Maak ruimte vrij (of vraag meer quotum) en probeer het opnieuw.`;
    case 'EACCES':
    case 'EPERM':
      if (pad === undefined) return undefined;
      if (k.syscall === 'mkdir') {
        return `Geen schrijfrechten op ${dirname(pad)}: de map ${pad} kan daar niet worden aangemaakt. Geef deze gebruiker schrijfrechten op die map ${andereMap}.`;
      }
      return isWrite(k.syscall, inDataDir)
        ? `Geen schrijfrechten op ${pad}: geef deze gebruiker schrijfrechten op die map ${andereMap}.`
        : `Geen leesrechten op ${pad}: geef deze gebruiker leesrechten op het bestand en probeer het opnieuw.`;
    case 'EROFS':
      return `${waar} staat op een schijf die alleen gelezen kan worden: kies met ZORGPLICHT_DATA_DIR een map waarin geschreven kan worden.`;
    case 'ENOTDIR':
      if (pad === undefined) return undefined;
      if (pad === context.dataDir) {
        return `ZORGPLICHT_DATA_DIR ${pad} kan geen map zijn: een van de mappen erboven is een bestand. Kies met ZORGPLICHT_DATA_DIR een andere map.`;
      }
      return inDataDir
        ? `In ZORGPLICHT_DATA_DIR ${context.dataDir ?? ''} staat een bestand waar een map hoort (${pad}): verplaats dat bestand ${andereMap}.`
        : `${pad} kan niet worden gebruikt: een deel van dit pad is een bestand, geen map.`;
    case 'EEXIST':
      // Only mkdir reports an existing file as a fault of the machine; elsewhere EEXIST is a race the code handles.
      if (k.syscall !== 'mkdir' || pad === undefined) return undefined;
      return pad === context.dataDir
        ? `ZORGPLICHT_DATA_DIR ${pad} is geen map maar een bestand: verplaats het bestand ${andereMap}.`
        : `${pad} is geen map maar een bestand: verplaats het bestand ${andereMap}.`;
    case 'EISDIR':
      return `${pad ?? 'Het opgegeven pad'} is een map, geen bestand: geef een bestand op.`;
    case 'ENOENT':
      if (pad === undefined) return undefined;
      if (inDataDir) {
        return `${pad} bestaat niet (meer): is ZORGPLICHT_DATA_DIR tijdens het werk verplaatst of verwijderd? Voer de opdracht opnieuw uit.`;
      }
      return k.syscall === 'mkdir'
        ? `De map ${pad} kan niet worden aangemaakt: de map erboven bestaat niet of laat geen nieuwe mappen toe. Kies met ZORGPLICHT_DATA_DIR een andere map.`
        : `${pad} bestaat niet (meer): controleer het pad en probeer het opnieuw.`;
    case 'EMFILE':
    case 'ENFILE':
      return 'Te veel open bestanden: sluit andere programma’s of verhoog de limiet (ulimit -n) en probeer het opnieuw.';
    case 'ENOMEM':
      return 'Te weinig vrij geheugen: sluit andere programma’s en probeer het opnieuw.';
    case 'EIO':
      return `De schijf gaf een lees- of schrijffout${pad ? ` bij ${pad}` : ''}: controleer de schijf (of de netwerkschijf) en probeer het opnieuw.`;
    case 'ENAMETOOLONG':
      return `${pad ?? 'Een pad'} is te lang voor het bestandssysteem: kies een kortere map of bestandsnaam.`;
    case 'ELOOP':
      return `${pad ?? 'Een pad'} verwijst via symbolische koppelingen naar zichzelf: herstel de koppeling.`;
    default:
      return undefined;
  }
}

/** open() is ambiguous: in the data dir the product writes, elsewhere it only reads its input. */
function isWrite(syscall: string | undefined, inDataDir: boolean): boolean {
  if (syscall === 'open' || syscall === 'copyfile') return inDataDir;
  return syscall !== 'read' && syscall !== 'scandir' && syscall !== 'stat' && syscall !== 'lstat';
}

function isUnder(pad: string, dir: string | undefined): boolean {
  if (dir === undefined) return false;
  const rel = relative(dir, pad);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
