import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { Normen } from './normen.ts';
import { normenSchema } from './normen-schema.ts';

/** The norms file shipped with the product; its streefnormen are placeholders. */
export const STANDAARD_NORMEN_PAD = fileURLToPath(new URL('./standaard-normen.json', import.meta.url));

export type NormenBron =
  | { readonly soort: 'standaard'; readonly pad: string }
  | { readonly soort: 'bestand'; readonly pad: string; readonly via: 'optie' | 'omgeving' };

export interface GeladenNormen {
  readonly normen: Normen;
  readonly bron: NormenBron;
}

/** A norms file that cannot be used; `fouten` holds one Dutch line per problem. */
export class NormenFout extends Error {
  constructor(
    readonly bestand: string,
    readonly fouten: readonly string[],
  ) {
    super(`Normenbestand ${bestand} is ongeldig:\n${fouten.map((f) => `- ${f}`).join('\n')}`);
    this.name = 'NormenFout';
  }
}

export type NormenParseResult = { ok: true; normen: Normen } | { ok: false; fouten: string[] };

export function parseNormen(text: string): NormenParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, fouten: [`geen geldige JSON: ${(error as Error).message}`] };
  }
  const result = normenSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, normen: result.data };
  return { ok: false, fouten: result.error.issues.map(describeIssue) };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = describePath(issue.path);
  const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
  const message = missing
    ? 'ontbreekt'
    : issue.code === 'unrecognized_keys'
      ? `onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')} (toegestaan: zie README, "Normen")`
      : issue.message;
  return where ? `${where}: ${message}` : message;
}

/** ["streefnormen", 2, "dagen"] → "streefnormen item 3, veld dagen" */
function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') parts.push(`item ${key + 1}`);
    else if (parts.length === 0) parts.push(String(key));
    else parts.push(`veld ${String(key)}`);
  }
  return parts.join(', ').replace(/^(\w+), item/, '$1 item');
}

export async function loadNormenFile(pad: string): Promise<Normen> {
  let text: string;
  try {
    text = await readFile(pad, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reden = code === 'ENOENT' ? 'bestand niet gevonden' : `niet te lezen (${code ?? 'onbekende fout'})`;
    throw new NormenFout(pad, [reden]);
  }
  const result = parseNormen(text);
  if (!result.ok) throw new NormenFout(pad, result.fouten);
  return result.normen;
}

/**
 * The norms in force for a command: `--normen FILE` first, then `ZORGPLICHT_NORMEN`,
 * else the shipped default file. An invalid file is refused with a `NormenFout`;
 * nothing falls back silently to other norms.
 */
export async function resolveNormen(
  optiePad: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<GeladenNormen> {
  if (optiePad) {
    return {
      normen: await loadNormenFile(optiePad),
      bron: { soort: 'bestand', pad: optiePad, via: 'optie' },
    };
  }
  const envPad = env.ZORGPLICHT_NORMEN?.trim();
  if (envPad) {
    return { normen: await loadNormenFile(envPad), bron: { soort: 'bestand', pad: envPad, via: 'omgeving' } };
  }
  return {
    normen: await loadNormenFile(STANDAARD_NORMEN_PAD),
    bron: { soort: 'standaard', pad: STANDAARD_NORMEN_PAD },
  };
}
