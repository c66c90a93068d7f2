import { readFile, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface StabielLezenOpties {
  /**
   * A file changed less than this long ago may still be being written: wait until it has been
   * quiet this long (its size and time unchanged) before reading it. 0 reads at once.
   */
  readonly rustMs: number;
  /** Give up waiting after this long: the file is left for the next run. */
  readonly maxWachtMs: number;
}

export type StabielBestand =
  | { readonly soort: 'compleet'; readonly bytes: Buffer }
  | { readonly soort: 'onvolledig'; readonly reden: string };

const POLL_MS = 200;

/**
 * Reads a local file once, whole, and only when it is complete: a file that is still growing is
 * not taken half-way. The rule (docs/extract-formaat.md): write under a `.part` name and rename
 * when done — or at least keep writing without pauses; a file is taken once it has not changed
 * for `rustMs`, and only if it did not change while it was read.
 */
export async function readStableFile(pad: string, opties: StabielLezenOpties): Promise<StabielBestand> {
  let voor = await stat(pad);
  const start = Date.now();
  // File times are the file system's wall clock, not the product's business time.
  while (Date.now() - voor.mtimeMs < opties.rustMs) {
    if (Date.now() - start >= opties.maxWachtMs) {
      return {
        soort: 'onvolledig',
        reden: `het bestand wordt nog geschreven (gewijzigd in de laatste ${Math.round(opties.rustMs / 1000)} s); het wordt bij een volgende run ingelezen`,
      };
    }
    await sleep(POLL_MS);
    voor = await stat(pad);
  }
  const bytes = await readFile(pad);
  const na = await stat(pad);
  if (na.size !== bytes.length || na.mtimeMs !== voor.mtimeMs || na.size !== voor.size) {
    return {
      soort: 'onvolledig',
      reden: 'het bestand veranderde terwijl het werd gelezen; het wordt bij een volgende run ingelezen',
    };
  }
  return { soort: 'compleet', bytes };
}
