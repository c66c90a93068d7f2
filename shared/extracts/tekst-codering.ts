import { isUtf8 } from 'node:buffer';
import { GeenCsvFout } from './geen-csv-fout.ts';
import { firstInvalidUtf8Offset, wholeCharacterLength } from './utf8-validatie.ts';

/**
 * Stands in the text for the first byte that is not UTF-8; the text ends right after it.
 * A NUL can serve because a real NUL in a file is refused before it reaches the parser.
 */
export const NIET_UTF8_MARKER = '\u0000';
const MARKER_BYTES = Buffer.from(NIET_UTF8_MARKER);

/** How many bytes of the start are looked at to recognise another encoding or a spreadsheet. */
const KOP_BYTES = 1024;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ANDERE_CODERING = 'sla het op als "CSV UTF-8"';

/** Windows-1252 (what Excel calls ANSI) for 0x80–0x9F, where Latin-1 has control codes; NUL: unused. */
const WINDOWS_1252_80_9F = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

function startsWith(bytes: Buffer, ...prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function isPrintableAscii(byte: number | undefined): boolean {
  return (
    byte !== undefined && ((byte >= 0x20 && byte <= 0x7e) || byte === 0x09 || byte === 0x0a || byte === 0x0d)
  );
}

/**
 * UTF-16 without a byte order mark: text of mostly ASCII characters has a NUL in every
 * other byte (odd offsets little-endian, even offsets big-endian) and readable characters
 * in between.
 */
function utf16WithoutBom(head: Buffer): boolean {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 8) return false;
  const looksLike = (nulAt: 0 | 1): boolean => {
    let nul = 0;
    let printable = 0;
    for (let i = 0; i < pairs * 2; i += 2) {
      if (head[i + nulAt] === 0) nul++;
      if (isPrintableAscii(head[i + 1 - nulAt])) printable++;
    }
    return nul >= pairs * 0.5 && printable >= pairs * 0.7;
  };
  return looksLike(1) || looksLike(0);
}

/**
 * Why the start of a file shows it is no UTF-8 text at all (a spreadsheet, UTF-16 or
 * UTF-32, with or without byte order mark), or undefined.
 */
export function foreignEncoding(head: Buffer): string | undefined {
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) {
    return `dit is geen CSV-tekst maar een Excel-werkmap of zip-bestand; ${ANDERE_CODERING}`;
  }
  if (startsWith(head, 0xff, 0xfe, 0x00, 0x00) || startsWith(head, 0x00, 0x00, 0xfe, 0xff)) {
    return `het bestand is UTF-32; ${ANDERE_CODERING}`;
  }
  if (startsWith(head, 0xff, 0xfe) || startsWith(head, 0xfe, 0xff) || utf16WithoutBom(head)) {
    return `het bestand is UTF-16; ${ANDERE_CODERING}`;
  }
  return undefined;
}

/** The reason for a byte that is not UTF-8, with what it would be in Windows-1252/Latin-1. */
export function describeNonUtf8Byte(byte: number): string {
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const latin = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_80_9F[byte - 0x80] : String.fromCharCode(byte);
  const zichtbaar = latin !== undefined && /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(latin);
  const als = zichtbaar ? `byte ${hex}, in Latin-1 "${latin}"` : `byte ${hex}`;
  return `teken dat geen UTF-8 is (${als}); het bestand is waarschijnlijk opgeslagen als Latin-1 (ANSI); ${ANDERE_CODERING}`;
}

export interface Utf8TekstOpties {
  /** Bytes read from the source, as they arrive. */
  readonly onBytes?: ((bytes: number) => void) | undefined;
  /** The first byte that is not UTF-8; the text then ends with `NIET_UTF8_MARKER`. */
  readonly onNietUtf8?: ((byte: number) => void) | undefined;
}

/**
 * Passes the bytes of a file on as UTF-8 text, in pieces that never split a character.
 * Refuses (`GeenCsvFout`) a spreadsheet, UTF-16/UTF-32 and binary data (a NUL byte). At the
 * first byte that is not UTF-8 (a Latin-1 "é") it reports the byte, passes on the text up to
 * there followed by `NIET_UTF8_MARKER`, and stops reading: whoever parses the text finds the
 * marker in the row and column where the bad byte sits.
 */
export async function* utf8Tekst(
  source: AsyncIterable<Buffer | string>,
  opties: Utf8TekstOpties = {},
): AsyncGenerator<Buffer> {
  const kop: Buffer[] = [];
  let kopLengte = 0;
  let kopBekeken = false;
  let rest: Buffer = Buffer.alloc(0);

  /** Checks `bytes` (the held-back `rest` first); returns false once the text has ended. */
  function* verder(bytes: Buffer, einde: boolean): Generator<Buffer, boolean> {
    const stuk = rest.length > 0 ? Buffer.concat([rest, bytes]) : bytes;
    const heel = einde ? stuk.length : wholeCharacterLength(stuk);
    const tekst = stuk.subarray(0, heel);
    rest = stuk.subarray(heel);
    // Node's native check first; the byte-by-byte search only once the text is known to be bad.
    const fout = isUtf8(tekst) ? -1 : firstInvalidUtf8Offset(tekst);
    // Whichever comes first in the file is reported: binary data, or a byte that is not UTF-8.
    if ((fout === -1 ? tekst : tekst.subarray(0, fout)).includes(0)) {
      throw new GeenCsvFout('dit is geen tekstbestand (CSV): het bevat binaire gegevens');
    }
    if (fout === -1) {
      if (tekst.length > 0) yield tekst;
      return true;
    }
    opties.onNietUtf8?.(tekst[fout] as number);
    yield Buffer.concat([tekst.subarray(0, fout), MARKER_BYTES]);
    return false;
  }

  function bekijkKop(): Buffer {
    kopBekeken = true;
    const begin = Buffer.concat(kop);
    const reden = foreignEncoding(begin.subarray(0, KOP_BYTES));
    if (reden) throw new GeenCsvFout(reden);
    return begin;
  }

  for await (const piece of source) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    opties.onBytes?.(chunk.length);
    if (!kopBekeken) {
      kop.push(chunk);
      kopLengte += chunk.length;
      if (kopLengte < KOP_BYTES) continue;
      if (!(yield* verder(bekijkKop(), false))) return;
      continue;
    }
    if (!(yield* verder(chunk, false))) return;
  }
  const laatste = kopBekeken ? Buffer.alloc(0) : bekijkKop();
  yield* verder(laatste, true);
}
