import { readFile } from 'node:fs/promises';
import type { Normen } from '../../norms/normen.ts';
import { NormenFout, parseNormenBytes } from '../../norms/parse-normen.ts';

/**
 * Reads and parses a norms file. A missing file or a folder is refused as input (NormenFout);
 * a file that cannot be read (no permission, a disk error) is a fault of the machine and is
 * thrown as it is, for the front end to report.
 */
export async function loadNormenFile(pad: string): Promise<Normen> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(pad);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') throw new NormenFout(pad, ['bestand niet gevonden']);
    if (code === 'EISDIR') throw new NormenFout(pad, ['is een map, geen bestand']);
    throw error;
  }
  const result = parseNormenBytes(bytes);
  if (!result.ok) throw new NormenFout(pad, result.fouten);
  return result.normen;
}
