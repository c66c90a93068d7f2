import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { normenHash } from '../../shared/norms/normen-hash.ts';
import { STANDAARD_NORMEN } from '../../shared/norms/standaard-normen.ts';

const ENTRY = fileURLToPath(new URL('../support/normen-bundle-entry.ts', import.meta.url));
const opruimen: string[] = [];
afterAll(async () => {
  for (const dir of opruimen) await rm(dir, { recursive: true, force: true });
});

describe('the default norms travel inside a bundle', () => {
  it('a handler bundled as the stack bundles it finds them with no file beside it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zp-normen-bundle-'));
    opruimen.push(dir);
    // The settings of infra/lib/constructs/app-function.ts: ESM for Node 22, minified, one file.
    await build({
      entryPoints: [ENTRY],
      outfile: join(dir, 'index.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      minify: true,
      // ESM builds first (jsonc-parser's UMD build loads its parts with a dynamic require).
      mainFields: ['module', 'main'],
      banner: {
        js: "import { createRequire } from 'module';const require = createRequire(import.meta.url);",
      },
      logLevel: 'silent',
    });
    expect(await readdir(dir)).toEqual(['index.mjs']);
    const { handler } = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as {
      handler: () => Promise<{ hash: string; streefnormen: number }>;
    };
    expect(await handler()).toEqual({
      hash: normenHash(STANDAARD_NORMEN),
      streefnormen: STANDAARD_NORMEN.streefnormen.length,
    });
  });
});
