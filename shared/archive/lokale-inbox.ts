import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractInbox, InboxBestand } from './extract-inbox.ts';

/** Files still being copied in are skipped: names starting with '.' or ending in .tmp/.part. */
const ONAF = /^\.|\.(tmp|part|crdownload)$/i;

/** `<dataDir>/inbox/`: drop extracts here; `zorgplicht ingest --inbox` processes them in name order. */
export class LokaleInbox implements ExtractInbox {
  readonly map: string;

  constructor(dataDir: string) {
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

  async open(bestand: InboxBestand): Promise<{ pad: string; sluit(): Promise<void> }> {
    return { pad: bestand.sleutel, sluit: async () => {} };
  }

  async verwijder(bestand: InboxBestand): Promise<void> {
    await rm(bestand.sleutel, { force: true });
  }
}
