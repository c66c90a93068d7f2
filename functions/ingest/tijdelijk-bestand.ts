import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Bridge to today's `ingestBestand(pad, …)`, which reads the extract from disk: writes the
 * bytes read from S3 to a temporary file under /tmp for the duration of `gebruik`, and
 * removes it afterwards. Goes away once `ingestBestand` takes the bytes themselves.
 */
export async function metTijdelijkBestand<T>(
  inhoud: Buffer,
  gebruik: (pad: string) => Promise<T>,
): Promise<T> {
  const map = await mkdtemp(join(tmpdir(), 'inbox-'));
  try {
    const pad = join(map, 'extract.csv');
    await writeFile(pad, inhoud);
    return await gebruik(pad);
  } finally {
    await rm(map, { recursive: true, force: true });
  }
}
