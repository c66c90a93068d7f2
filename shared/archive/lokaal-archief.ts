import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { writeBsnRedactedCopy } from '../extracts/bsn-cellen.ts';
import { type ArchiefInvoer, archiefNaam, type ExtractArchief } from './extract-archief.ts';

/** The archive on disk: `<dataDir>/archief/{verwerkt,afgewezen}/<hash12>_<name>` plus `.rapport.json`. */
export class LokaalArchief implements ExtractArchief {
  constructor(private readonly dataDir: string) {}

  async bewaar(invoer: ArchiefInvoer): Promise<string> {
    const map = join(this.dataDir, 'archief', invoer.map);
    await mkdir(map, { recursive: true });
    const doel = join(map, archiefNaam(invoer.rapport));
    const tijdelijk = `${doel}.tmp-${process.pid}`;
    try {
      if (invoer.bsnRedactie) {
        await writeBsnRedactedCopy(
          Readable.from([invoer.bytes]),
          createWriteStream(tijdelijk),
          invoer.bsnRedactie.scheidingsteken,
        );
      } else {
        await writeFile(tijdelijk, invoer.bytes);
      }
      await rename(tijdelijk, doel);
    } catch (error) {
      await rm(tijdelijk, { force: true });
      throw error;
    }
    await writeFile(
      `${doel}.rapport.json`,
      `${JSON.stringify({ ...invoer.rapport, archief: doel }, null, 2)}\n`,
    );
    return doel;
  }
}
