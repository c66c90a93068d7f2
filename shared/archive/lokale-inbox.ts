import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractInbox, InboxBestand, InboxInhoud } from './extract-inbox.ts';
import { readStableFile, type StabielLezenOpties } from './stabiel-bestand.ts';

/** Files still being copied in are skipped: names starting with '.' or ending in .tmp/.part. */
const ONAF = /^\.|\.(tmp|part|crdownload)$/i;

/** A file must have been quiet this long before it is taken; a run waits at most this long for it. */
export const STANDAARD_INBOX_RUST: StabielLezenOpties = { rustMs: 2_000, maxWachtMs: 10_000 };

/**
 * `<dataDir>/inbox/`: drop extracts here; `zorgplicht ingest --inbox` processes them in name
 * order. A file still being written is not taken (see `readStableFile`).
 */
export class LokaleInbox implements ExtractInbox {
  readonly map: string;

  constructor(
    dataDir: string,
    private readonly rust: StabielLezenOpties = STANDAARD_INBOX_RUST,
  ) {
    this.map = join(dataDir, 'inbox');
  }

  async lijst(): Promise<InboxBestand[]> {
    await mkdir(this.map, { recursive: true });
    const entries = await readdir(this.map, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && !ONAF.test(e.name))
      .map((e) => ({ naam: e.name, sleutel: join(this.map, e.name) }))
      .sort((a, b) => a.naam.localeCompare(b.naam));
  }

  lees(bestand: InboxBestand): Promise<InboxInhoud> {
    return readStableFile(bestand.sleutel, this.rust);
  }

  async verwijder(bestand: InboxBestand): Promise<void> {
    await rm(bestand.sleutel, { force: true });
  }
}
