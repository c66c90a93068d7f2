import { createHash } from 'node:crypto';
import type { Normen } from './normen.ts';

/**
 * The content hash of norms: SHA-256 (hex) of their canonical JSON. It is computed over the
 * norms as read (after parsing), so the layout of the source file does not matter — key order,
 * whitespace, `V&V` for `VV`, `4` for `verblijf`, the per-rule toelichtingen the parser drops —
 * while every value that can change a figure does. The same norms always give the same hash, so
 * an answer that names its hash can be reproduced, and a cache keyed by it never serves figures
 * of other norms.
 */
export function normenHash(normen: Normen): string {
  return createHash('sha256').update(canonicalJson(normen)).digest('hex');
}

/**
 * JSON with the keys of every object sorted and no whitespace; properties that are undefined
 * are left out (as JSON.stringify does). Arrays keep their order.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const velden = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
    return `{${velden.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
