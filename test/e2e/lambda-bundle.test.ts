import { existsSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { ZorgplichtStack } from '../../infra/lib/zorgplicht-stack.ts';

/**
 * The deployable artefact: synthesise the stack with real esbuild bundling (as `cdk synth`
 * and `cdk deploy` do, offline, no Docker) and load the bundled ingest handler the way the
 * Lambda runtime would, so an ESM/CommonJS bundling problem fails here and not in AWS.
 */
describe('Lambda bundles', () => {
  it('the ingest handler bundles and loads as an ES module', { timeout: 120_000 }, async () => {
    const outdir = await mkdtemp(join(tmpdir(), 'zp-cdk-'));
    const app = new App({ outdir });
    new ZorgplichtStack(app, 'Bundel');
    app.synth();

    const assets = (await readdir(outdir)).filter((name) => name.startsWith('asset.'));
    const bundles = assets.map((a) => join(outdir, a, 'index.mjs')).filter((path) => existsSync(path));
    expect(bundles).toHaveLength(1);

    process.env.TABLE_NAME = 'zorgplicht-test';
    process.env.LANDING_BUCKET = 'landing-test';
    process.env.AWS_REGION ??= 'eu-west-1';
    const module = (await import(pathToFileURL(bundles[0] as string).href)) as { handler?: unknown };
    expect(typeof module.handler).toBe('function');
  });
});
