import { redactBsnInText } from '../reference/bsn-in-tekst.ts';
import { decodeTekst, encodeTekst, type Tekenset } from './tekenset.ts';

/**
 * What the archive may keep of a delivered file: its bytes with every BSN-like number
 * replaced by `[BSN verwijderd]`, or nothing but the reason why, when the file cannot be read
 * reliably enough to find every BSN-like number in it (see tekenset.ts).
 */
export type BsnRedactie =
  | {
      readonly bewaard: true;
      readonly bytes: Buffer;
      readonly tekenset: Tekenset;
      /** How many BSN-like numbers were replaced. */
      readonly verwijderd: number;
    }
  | { readonly bewaard: false; readonly reden: string };

/**
 * Redacts a whole file as raw text, not as CSV, so that it works for every file: also one
 * refused before its rows were read (unknown kind, a header typo, Latin-1, UTF-16, a NUL
 * byte, an unclosed quote). Bytes without a BSN-like number come back unchanged.
 */
export function redactBsn(bytes: Buffer): BsnRedactie {
  const gelezen = decodeTekst(bytes);
  if (!gelezen.leesbaar) return { bewaard: false, reden: gelezen.reden };
  const { tekst, aantal } = redactBsnInText(gelezen.tekst);
  return {
    bewaard: true,
    bytes: aantal === 0 ? bytes : encodeTekst(tekst, gelezen.tekenset),
    tekenset: gelezen.tekenset,
    verwijderd: aantal,
  };
}
