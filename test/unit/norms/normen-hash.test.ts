import { describe, expect, it } from 'vitest';
import { parseNormen } from '../../../shared/norms/parse-normen.ts';
import type { Normen } from '../../../shared/norms/normen.ts';
import { normenHash } from '../../../shared/norms/normen-hash.ts';
import standaard from '../../../shared/norms/standaard-normen.json' with { type: 'json' };

function normen(text: string): Normen {
  const result = parseNormen(text);
  if (!result.ok) throw new Error(result.fouten.join('; '));
  return result.normen;
}

const BRON = JSON.stringify(standaard);

/** The same object with its keys in reverse order, at every level. */
function omgekeerd(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(omgekeerd);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, omgekeerd(v)]),
    );
  return value;
}

describe('normenHash: a stable content hash of the norms', () => {
  const basis = normenHash(normen(BRON));

  it('is SHA-256 in hex', () => {
    expect(basis).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the same norms give the same hash, however the file is laid out', () => {
    expect(normenHash(normen(BRON))).toBe(basis);
    expect(normenHash(normen(JSON.stringify(standaard, null, 4)))).toBe(basis);
    expect(normenHash(normen(`\n\n${JSON.stringify(omgekeerd(standaard), null, '\t')}\n`))).toBe(basis);
  });

  it('spellings the parser reads as the same value give the same hash (V&V = VV, 4 = verblijf)', () => {
    const a = {
      ...standaard,
      mazDagen: [...standaard.mazDagen, { geldigVanaf: '2020-01-01', leveringsvorm: 'verblijf', dagen: 30 }],
    };
    const b = {
      ...standaard,
      mazDagen: [...standaard.mazDagen, { geldigVanaf: '2020-01-01', leveringsvorm: '4', dagen: 30 }],
    };
    expect(normenHash(normen(JSON.stringify(a)))).toBe(normenHash(normen(JSON.stringify(b))));
    const vv = standaard.streefnormen.map((r) => (r.sector === 'VV' ? { ...r, sector: 'V&V' } : r));
    expect(normenHash(normen(JSON.stringify({ ...standaard, streefnormen: vv })))).toBe(basis);
  });

  it('a changed day count, drempel or fraction changes the hash', () => {
    const pgb = { ...standaard, pgbBesluitDagen: [{ geldigVanaf: '2015-01-01', dagen: 43 }] };
    const drempel = { ...standaard, seinDrempels: { ...standaard.seinDrempels, tijdige_zorg: 94.99 } };
    const fractie = { ...standaard, signaalFractie: 0.8 };
    const hashes = [pgb, drempel, fractie].map((n) => normenHash(normen(JSON.stringify(n))));
    expect(new Set([basis, ...hashes]).size).toBe(4);
  });

  it('a new rule changes the hash', () => {
    const meer = {
      ...standaard,
      pgbBesluitDagen: [...standaard.pgbBesluitDagen, { geldigVanaf: '2030-01-01', dagen: 42 }],
    };
    expect(normenHash(normen(JSON.stringify(meer)))).not.toBe(basis);
  });

  it('does not depend on the order of keys in the object it is given', () => {
    const n = normen(BRON);
    expect(normenHash(omgekeerd(n) as Normen)).toBe(basis);
  });
});
