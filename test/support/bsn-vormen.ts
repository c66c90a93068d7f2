import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { passesElfproef } from '../../shared/reference/bsn.ts';

/** Test numbers that pass the elfproef (checked in `checkTestNummers`); no real persons. */
export const BSN = '111222333';
export const ANDER_BSN = '123456782';
/** 012345672 passes; Excel writes it without its leading zero. */
export const BSN_ZONDER_NUL = '12345672';

export function checkTestNummers(): void {
  expect(passesElfproef(BSN)).toBe(true);
  expect(passesElfproef(ANDER_BSN)).toBe(true);
  expect(passesElfproef(`0${BSN_ZONDER_NUL}`)).toBe(true);
}

const fullWidth = (digits: string): string =>
  [...digits].map((d) => (/\d/.test(d) ? String.fromCharCode(0xff10 + Number(d)) : d)).join('');

/** Every written form of a BSN the monitor must recognise, by name (bsn.ts). */
export function bsnVormen(bsn: string = BSN) {
  const [a, b, c] = [bsn.slice(0, 3), bsn.slice(3, 6), bsn.slice(6)];
  return {
    plain: bsn,
    spaces: `${a} ${b} ${c}`,
    nbsp: `${a}\u00a0${b}\u00a0${c}`,
    dots: `${a}.${b}.${c}`,
    dashes: `${a}-${b}-${c}`,
    'en dash': `${a}\u2013${b}\u2013${c}`,
    apostrophe: `'${bsn}`,
    label: `BSN: ${bsn}`,
    'full-width': fullWidth(bsn),
    'zero-width space': `${a}\u200b${b}${c}`,
  };
}

/** The forms of the 9-digit BSNs and of the 8-digit one without its zero. */
export function alleVormen(): string[] {
  return [
    ...Object.values(bsnVormen(BSN)),
    ...Object.values(bsnVormen(ANDER_BSN)),
    BSN_ZONDER_NUL,
    `'${BSN_ZONDER_NUL}`,
    fullWidth(BSN_ZONDER_NUL),
  ];
}

/** The digits alone and each written form, as bytes in every encoding a file may be kept in. */
function gezochteBytes(vormen: readonly string[]): Array<{ vorm: string; codering: string; bytes: Buffer }> {
  const digits = vormen.map((v) => v.replace(/^(?:BSN: |')/, ''));
  const alle = [...new Set([...vormen, ...digits])];
  return alle.flatMap((vorm) => [
    { vorm, codering: 'utf8', bytes: Buffer.from(vorm, 'utf8') },
    { vorm, codering: 'utf16le', bytes: Buffer.from(vorm, 'utf16le') },
    { vorm, codering: 'utf16be', bytes: Buffer.from(vorm, 'utf16le').swap16() },
    ...(/^[\x20-\xff]*$/.test(vorm)
      ? [{ vorm, codering: 'latin1', bytes: Buffer.from(vorm, 'latin1') }]
      : []),
  ]);
}

/** Which forms of a BSN occur in `inhoud` (in any encoding), as `form (encoding)`. */
export function gevondenVormen(inhoud: Buffer | string, vormen: readonly string[] = alleVormen()): string[] {
  const buffer = typeof inhoud === 'string' ? Buffer.from(inhoud, 'utf8') : inhoud;
  return gezochteBytes(vormen)
    .filter((z) => buffer.includes(z.bytes))
    .map((z) => `${JSON.stringify(z.vorm)} (${z.codering})`);
}

/** Every file under `dir`, recursively, with its content. */
export async function alleBestanden(dir: string): Promise<Array<{ pad: string; inhoud: Buffer }>> {
  const bestanden: Array<{ pad: string; inhoud: Buffer }> = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const pad = join(entry.parentPath, entry.name);
    bestanden.push({ pad, inhoud: await readFile(pad) });
  }
  return bestanden;
}

/** Each file under `dir` (and each file name) that holds a form of a BSN: should be none. */
export async function bsnOpSchijf(dir: string, vormen: readonly string[] = alleVormen()): Promise<string[]> {
  const lekken: string[] = [];
  for (const { pad, inhoud } of await alleBestanden(dir)) {
    for (const vorm of gevondenVormen(inhoud, vormen)) lekken.push(`${pad}: ${vorm}`);
    for (const vorm of gevondenVormen(pad, vormen)) lekken.push(`naam ${pad}: ${vorm}`);
  }
  return lekken;
}
