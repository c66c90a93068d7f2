import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { Normen } from './normen.ts';
import { describeJsonPath } from './json-pad.ts';
import { normenSchema } from './normen-schema.ts';
import { parseStrictJson } from './strict-json.ts';

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

/**
 * Parses the text of a norms file (contracts §2). A UTF-8 byte order mark is accepted; JSON
 * errors are told in Dutch with line and column, a key twice in one object is refused, and
 * every problem of the content is listed, one Dutch line each.
 */
export function parseNormen(text: string): NormenParseResult {
  const json = parseStrictJson(text);
  if (!json.ok) return { ok: false, fouten: [...json.fouten] };
  const result = normenSchema.safeParse(json.value, { reportInput: true });
  if (result.success) return { ok: true, normen: result.data };
  return { ok: false, fouten: result.error.issues.map(describeIssue) };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = describeJsonPath(issue.path);
  const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
  const message = missing
    ? 'ontbreekt'
    : issue.code === 'unrecognized_keys'
      ? `onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')} (toegestaan: zie README, "Normen")`
      : issue.message;
  return where ? `${where}: ${message}` : message;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a norms file; the Dutch reason when it is not UTF-8 text. */
function decodeNormen(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reden: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reden: 'opgeslagen als UTF-16 ("Unicode"); sla het op als UTF-8' };
  }
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    return { ok: false, reden: 'geen UTF-8-tekst; sla het op als UTF-8' };
  }
}

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
  const decoded = decodeNormen(bytes);
  if (!decoded.ok) throw new NormenFout(pad, [decoded.reden]);
  const result = parseNormen(decoded.text);
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
