import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** AWS Lambda's limit is 50 MB; ours is 1 MB, which keeps cold starts short. */
export const MAX_ZIPPED_BYTES = 1024 * 1024;

export interface BundleSize {
  /** The function's `POWERTOOLS_SERVICE_NAME`, or its logical id. */
  readonly functie: string;
  /** The asset directory in the cloud assembly. */
  readonly map: string;
  readonly bytes: number;
  /** What the code zip CDK uploads will weigh (deflate level 9, as CDK zips, plus zip headers). */
  readonly zipBytes: number;
}

/**
 * `cdk synth --quiet` into `outdir`, as CI and a deployment run it: offline, with the real
 * esbuild bundles, and with the cdk-nag check of `infra/bin/app.ts`. Resolves with the exit
 * code and what the command printed on stderr.
 */
export function synthesize(
  outdir: string,
  extraArgs: readonly string[] = [],
): Promise<{ code: number; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CDK_DISABLE_VERSION_CHECK: '1',
    CDK_DISABLE_CLI_TELEMETRY: 'true',
  };
  // No credentials and no profile: the synth must not need an account.
  for (const name of Object.keys(env)) if (name.startsWith('AWS_')) delete env[name];
  const child = spawn(join(ROOT, 'node_modules/.bin/cdk'), ['synth', '--quiet', '-o', outdir, ...extraArgs], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

interface TemplateFunction {
  readonly Type: string;
  readonly Properties: {
    readonly Code?: { readonly S3Key?: unknown };
    readonly Environment?: { readonly Variables?: Record<string, unknown> };
  };
}

/** Every Lambda function with a code asset in the cloud assembly in `outdir`, with its sizes. */
export async function measureBundles(outdir: string): Promise<BundleSize[]> {
  const manifest = JSON.parse(await readFile(join(outdir, 'manifest.json'), 'utf8')) as {
    artifacts: Record<string, { type: string; properties?: { templateFile?: string } }>;
  };
  const sizes: BundleSize[] = [];
  for (const artifact of Object.values(manifest.artifacts)) {
    const templateFile = artifact.properties?.templateFile;
    if (artifact.type !== 'aws:cloudformation:stack' || !templateFile) continue;
    const template = JSON.parse(await readFile(join(outdir, templateFile), 'utf8')) as {
      Resources: Record<string, TemplateFunction>;
    };
    for (const [logicalId, resource] of Object.entries(template.Resources)) {
      const key = resource.Properties.Code?.S3Key;
      if (resource.Type !== 'AWS::Lambda::Function' || typeof key !== 'string') continue;
      // A file asset's S3 key is `<hash>.zip`; CDK stages it as the directory `asset.<hash>`.
      const map = `asset.${key.replace(/\.zip$/, '')}`;
      const service = resource.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME;
      sizes.push({
        functie: typeof service === 'string' ? service : logicalId,
        map,
        ...(await directorySizes(join(outdir, map))),
      });
    }
  }
  return sizes.sort((a, b) => a.functie.localeCompare(b.functie));
}

async function directorySizes(dir: string): Promise<{ bytes: number; zipBytes: number }> {
  let bytes = 0;
  let zipBytes = 22; // end of central directory
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const content = await readFile(path);
    const nameLength = Buffer.byteLength(relative(dir, path));
    const compressed = Math.min(deflateRawSync(content, { level: 9 }).length, content.length);
    bytes += (await stat(path)).size;
    zipBytes += 30 + nameLength + compressed + 16 + 46 + nameLength; // local header, data, descriptor, central entry
  }
  return { bytes, zipBytes };
}
