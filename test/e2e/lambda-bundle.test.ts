import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BundleSize,
  MAX_ZIPPED_BYTES,
  measureBundles,
  synthesize,
} from '../../infra/lib/bundle-sizes.ts';

/**
 * The deployable artefact: `cdk synth --quiet` exactly as CI and a deployment run it (the CDK
 * CLI, no AWS credentials, esbuild bundling without Docker, cdk-nag), then the bundles it
 * wrote are measured and loaded the way the Lambda runtime loads them, so an oversized
 * bundle or an ESM/CommonJS problem fails here and not in AWS.
 */
describe('cdk synth with the real bundles', () => {
  let outdir: string;
  let synth: { code: number; stderr: string };
  let bundles: BundleSize[] = [];

  beforeAll(async () => {
    outdir = await mkdtemp(join(tmpdir(), 'zp-cdk-'));
    synth = await synthesize(outdir);
    if (synth.code === 0) bundles = await measureBundles(outdir);
  }, 300_000);
  afterAll(() => rm(outdir, { recursive: true, force: true }));

  it('succeeds without AWS credentials, cdk-nag’s AWS Solutions check included', () => {
    expect(synth.code, synth.stderr).toBe(0);
    expect(synth.stderr).not.toContain('AwsSolutions');
  });

  it('keeps every function’s code at most 1 MB zipped', () => {
    expect(bundles.map((b) => b.functie)).toEqual(['zorgplicht-ingest']);
    for (const bundle of bundles) {
      expect(bundle.zipBytes, bundle.functie).toBeGreaterThan(10_000);
      expect(bundle.zipBytes, bundle.functie).toBeLessThanOrEqual(MAX_ZIPPED_BYTES);
    }
  });

  it('ships source maps without the sources in them', async () => {
    for (const bundle of bundles) {
      const map = JSON.parse(await readFile(join(outdir, bundle.map, 'index.mjs.map'), 'utf8'));
      expect(map.sources.length).toBeGreaterThan(0);
      expect(map).not.toHaveProperty('sourcesContent');
    }
  });

  it('each bundle loads as an ES module and exports its handler', async () => {
    process.env.TABLE_NAME = 'zorgplicht-test';
    process.env.LANDING_BUCKET = 'landing-test';
    process.env.AWS_REGION ??= 'eu-west-1';
    for (const bundle of bundles) {
      const entry = join(outdir, bundle.map, 'index.mjs');
      expect((await readFile(entry, 'utf8')).startsWith("import { createRequire } from 'module';")).toBe(
        true,
      );
      const module = (await import(pathToFileURL(entry).href)) as { handler?: unknown };
      expect(typeof module.handler, bundle.functie).toBe('function');
    }
  });
});

describe('cdk synth with a malformed setting', () => {
  it('stops with a Dutch line naming the setting, and no stack trace', { timeout: 120_000 }, async () => {
    const outdir = await mkdtemp(join(tmpdir(), 'zp-cdk-'));
    try {
      const { code, stderr } = await synthesize(outdir, [
        '-c',
        'zorgplicht:alarmAddress=beheer-at-zorgkantoor.nl',
      ]);
      expect(code).not.toBe(0);
      expect(stderr).toContain('Ongeldige CDK-context (cdk.json of -c)');
      expect(stderr).toContain('zorgplicht:alarmAddress: "beheer-at-zorgkantoor.nl" is geen e-mailadres');
      expect(stderr).not.toMatch(/^\s+at /m);
    } finally {
      await rm(outdir, { recursive: true, force: true });
    }
  });
});
