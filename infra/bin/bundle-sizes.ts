/**
 * `npm run bundle-sizes`: synthesises the app with the real bundles (`cdk synth`, offline)
 * and prints each function's code size, zipped as it is uploaded, against the 1 MB limit.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_ZIPPED_BYTES, measureBundles, synthesize } from '../lib/bundle-sizes.ts';

const kB = (bytes: number) => `${(bytes / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 0 })} kB`;

const outdir = await mkdtemp(join(tmpdir(), 'zorgplicht-bundels-'));
try {
  const { code, stderr } = await synthesize(outdir);
  if (code !== 0) {
    process.stderr.write(`cdk synth mislukte (code ${code}):\n${stderr}`);
    process.exitCode = 1;
  } else {
    let teGroot = false;
    for (const bundel of await measureBundles(outdir)) {
      const over = bundel.zipBytes > MAX_ZIPPED_BYTES;
      teGroot ||= over;
      process.stdout.write(
        `${bundel.functie.padEnd(24)} ${kB(bundel.zipBytes).padStart(8)} gezipt  (${kB(bundel.bytes)} uitgepakt)${over ? '  TE GROOT' : ''}\n`,
      );
    }
    process.stdout.write(`grens: ${kB(MAX_ZIPPED_BYTES)} gezipt per functie\n`);
    if (teGroot) process.exitCode = 1;
  }
} finally {
  await rm(outdir, { recursive: true, force: true });
}
