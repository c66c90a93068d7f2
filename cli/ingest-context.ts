import { hostname } from 'node:os';
import { LokaalArchief } from '../shared/archive/lokaal-archief.ts';
import type { IngestContext } from '../shared/ingest/ingest-extract.ts';
import { createLogger } from '../shared/logging/logger.ts';
import { isClaimHolderAlive } from '../shared/storage/local/process-alive.ts';
import { type GeopendeOpslag, omgevingsContext } from './open-store.ts';

/** How the command line ingests: on the local store and archive, as this process, on its clock. */
export function cliIngestContext(opslag: GeopendeOpslag): IngestContext {
  return {
    store: opslag.store,
    archief: new LokaalArchief(opslag.dataDir),
    logger: createLogger('zorgplicht-cli'),
    now: opslag.now,
    proces: { host: hostname(), pid: process.pid },
    isAlive: isClaimHolderAlive,
    omgeving: omgevingsContext(),
  };
}
