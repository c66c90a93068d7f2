import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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
    if (invoer.bsnRedactie) {
      await writeBsnRedactedCopy(
        createReadStream(invoer.pad),
        createWriteStream(tijdelijk),
        invoer.bsnRedactie.scheidingsteken,
      );
    } else {
      await copyFile(invoer.pad, tijdelijk);
    }
    await rename(tijdelijk, doel);
    await writeFile(
      `${doel}.rapport.json`,
      `${JSON.stringify({ ...invoer.rapport, archief: doel }, null, 2)}\n`,
    );
    return doel;
  }
}
