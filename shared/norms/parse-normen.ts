import type { z } from 'zod';
import type { Normen } from './normen.ts';
import { describeJsonPath } from './json-pad.ts';
import { normenSchema } from './normen-schema.ts';
import { parseStrictJson } from './strict-json.ts';

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
export function decodeNormen(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reden: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reden: 'opgeslagen als UTF-16 ("Unicode"); sla het op als UTF-8' };
  }
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    return { ok: false, reden: 'geen UTF-8-tekst; sla het op als UTF-8' };
  }
}

/** The bytes of a norms file as norms, or one Dutch line per problem (encoding, JSON, content). */
export function parseNormenBytes(bytes: Uint8Array): NormenParseResult {
  const decoded = decodeNormen(bytes);
  return decoded.ok ? parseNormen(decoded.text) : { ok: false, fouten: [decoded.reden] };
}
