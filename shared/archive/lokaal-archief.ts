import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { redactBsn } from '../extracts/bsn-redactie.ts';
import {
  type ArchiefInvoer,
  archiefNaam,
  archiefRapport,
  archiefRapportJson,
  type ExtractArchief,
} from './extract-archief.ts';

/** Writes through a temporary file, so that a reader never sees half a file. */
async function writeWhole(pad: string, inhoud: Buffer | string): Promise<void> {
  const tijdelijk = `${pad}.tmp-${process.pid}`;
  try {
    await writeFile(tijdelijk, inhoud);
    await rename(tijdelijk, pad);
  } finally {
    await rm(tijdelijk, { force: true });
  }
}

/**
 * The archive on disk: `<dataDir>/archief/{verwerkt,afgewezen}/<hash12>_<name>` (BSN-like
 * numbers redacted) plus `.rapport.json`; only the report when the file cannot be redacted.
 */
export class LokaalArchief implements ExtractArchief {
  constructor(private readonly dataDir: string) {}

  async bewaar(invoer: ArchiefInvoer): Promise<string> {
    const map = join(this.dataDir, 'archief', invoer.map);
    await mkdir(map, { recursive: true });
    const doel = join(map, archiefNaam(invoer.rapport));
    const rapportPad = `${doel}.rapport.json`;
    const redactie = redactBsn(invoer.bytes);
    if (redactie.bewaard) await writeWhole(doel, redactie.bytes);
    const locatie = redactie.bewaard ? doel : rapportPad;
    await writeWhole(rapportPad, archiefRapportJson(archiefRapport(invoer.rapport, locatie, redactie)));
    return locatie;
  }
}
