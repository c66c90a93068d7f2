import { KOLOMMEN } from '../../shared/extracts/extract-kolommen.ts';
import type { ExtractSoort } from '../../shared/extracts/extract-rows.ts';

/** Builds CSV text for tests: a header and rows, joined with the given delimiter and line end. */
export function csv(
  rows: readonly (readonly string[])[],
  options: { delimiter?: string; eol?: string; bom?: boolean } = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const text = rows.map((row) => row.join(delimiter)).join(options.eol ?? '\n') + (options.eol ?? '\n');
  return options.bom ? `\ufeff${text}` : text;
}

export async function* chunksOf(text: string | Buffer, size = 7): AsyncGenerator<Buffer> {
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  for (let i = 0; i < buffer.length; i += size) yield buffer.subarray(i, i + size);
}

/** Every column of a kind in the contract's order, as a header row. */
const kop = (soort: ExtractSoort): string[] => KOLOMMEN[soort].map((k) => k.naam);

export const WACHTLIJST_KOP = kop('wachtlijst');

export const PGB_KOP = kop('pgb');

export const MAZ_KOP = kop('maz');
