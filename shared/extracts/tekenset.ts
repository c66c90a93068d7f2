/**
 * Decoding a delivered file as text, for the BSN scan of the archive copy, whatever the file
 * is: also a file the parser refuses (contracts §1 asks for UTF-8, but Latin-1 and UTF-16
 * arrive). Every decoding here turns back into the very same bytes (`encodeTekst`), so that
 * an archive copy differs from the original only where a BSN-like number was replaced.
 *
 * In this order:
 * - zip (xlsx, docx), gzip, xz, zstd, 7z, rar, an old .xls (OLE2): not readable, compressed
 *   content cannot be scanned;
 * - a UTF-16 byte order mark, or NULs in every other byte: UTF-16 (LE or BE);
 * - valid UTF-8, with or without BOM (a NUL or control character is a character too): UTF-8;
 * - otherwise, at most 1% control bytes: Latin-1, which also reads Windows-1252 well enough
 *   (its dashes 0x96/0x97 read as C1 control characters, which join digits as well);
 * - otherwise: not readable, binary data.
 */
export type Tekenset = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Latin-1';

export type Decodering =
  | { readonly leesbaar: true; readonly tekenset: Tekenset; readonly tekst: string }
  | { readonly leesbaar: false; readonly reden: string };

const GECOMPRIMEERD: readonly { readonly soort: string; readonly magic: readonly number[] }[] = [
  { soort: 'een Excel-werkmap of zip-bestand', magic: [0x50, 0x4b, 0x03, 0x04] },
  { soort: 'een leeg of gesplitst zip-bestand', magic: [0x50, 0x4b, 0x05, 0x06] },
  { soort: 'een gesplitst zip-bestand', magic: [0x50, 0x4b, 0x07, 0x08] },
  { soort: 'een oud Excel-bestand (.xls)', magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { soort: 'een gzip-bestand', magic: [0x1f, 0x8b] },
  { soort: 'een xz-bestand', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { soort: 'een zstd-bestand', magic: [0x28, 0xb5, 0x2f, 0xfd] },
  { soort: 'een 7-Zip-bestand', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { soort: 'een rar-bestand', magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
];

/** How much of the start of a file decides whether it is UTF-16 without a byte order mark. */
const UTF16_PROEF = 64 * 1024;
/** Above this share of control bytes a non-UTF-8 file is binary, not Latin-1 text. */
const MAX_STUURBYTES = 0.01;

function begintMet(bytes: Buffer, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

/** UTF-16 by its byte order mark, or by NULs in the high byte of (mostly ASCII) characters. */
function utf16Volgorde(bytes: Buffer): 'LE' | 'BE' | undefined {
  if (begintMet(bytes, [0xff, 0xfe])) return 'LE';
  if (begintMet(bytes, [0xfe, 0xff])) return 'BE';
  const paren = Math.floor(Math.min(bytes.length, UTF16_PROEF) / 2);
  if (paren < 2 || bytes.length % 2 !== 0) return undefined;
  let nulEven = 0;
  let nulOneven = 0;
  for (let i = 0; i < paren; i++) {
    if (bytes[2 * i] === 0) nulEven++;
    if (bytes[2 * i + 1] === 0) nulOneven++;
  }
  const veel = paren / 4;
  const weinig = paren / 20;
  if (nulOneven >= veel && nulEven <= weinig) return 'LE';
  if (nulEven >= veel && nulOneven <= weinig) return 'BE';
  return undefined;
}

function decodeUtf16(bytes: Buffer, volgorde: 'LE' | 'BE'): Decodering {
  try {
    // An odd length is a cut-off character: swap16 and the fatal decoder both refuse it.
    const le = volgorde === 'LE' ? bytes : Buffer.from(bytes).swap16();
    const tekst = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
    return { leesbaar: true, tekenset: volgorde === 'LE' ? 'UTF-16LE' : 'UTF-16BE', tekst };
  } catch {
    return {
      leesbaar: false,
      reden:
        'het bestand lijkt UTF-16 maar bevat ongeldige tekens, zodat het niet betrouwbaar op BSN-nummers te doorzoeken is',
    };
  }
}

function isStuurbyte(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f;
}

/** The text of a file, or why it cannot be read reliably enough to find every BSN-like number in it. */
export function decodeTekst(bytes: Buffer): Decodering {
  const gecomprimeerd = GECOMPRIMEERD.find((g) => begintMet(bytes, g.magic));
  if (gecomprimeerd) {
    return {
      leesbaar: false,
      reden: `het bestand is ${gecomprimeerd.soort}; gecomprimeerde inhoud is niet betrouwbaar op BSN-nummers te doorzoeken`,
    };
  }
  const volgorde = utf16Volgorde(bytes);
  if (volgorde) return decodeUtf16(bytes, volgorde);
  try {
    return {
      leesbaar: true,
      tekenset: 'UTF-8',
      tekst: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
    };
  } catch {
    // Not UTF-8: Latin-1 text, or binary.
  }
  let stuurbytes = 0;
  for (const byte of bytes) if (isStuurbyte(byte)) stuurbytes++;
  if (stuurbytes > bytes.length * MAX_STUURBYTES) {
    return {
      leesbaar: false,
      reden:
        'het bestand is geen tekst (UTF-8, UTF-16 of Latin-1) maar binaire gegevens, en is niet betrouwbaar op BSN-nummers te doorzoeken',
    };
  }
  return { leesbaar: true, tekenset: 'Latin-1', tekst: bytes.toString('latin1') };
}

/** The bytes of `tekst` in the character set it was read in. */
export function encodeTekst(tekst: string, tekenset: Tekenset): Buffer {
  switch (tekenset) {
    case 'UTF-8':
      return Buffer.from(tekst, 'utf8');
    case 'UTF-16LE':
      return Buffer.from(tekst, 'utf16le');
    case 'UTF-16BE':
      return Buffer.from(tekst, 'utf16le').swap16();
    case 'Latin-1':
      return Buffer.from(tekst, 'latin1');
  }
}
