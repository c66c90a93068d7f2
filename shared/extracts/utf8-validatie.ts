/**
 * UTF-8 byte rules (RFC 3629), for telling where in a file the text stops being UTF-8.
 * Node's own check (`isUtf8`) says whether bytes are valid, not where they are not.
 */

const CONTINUATION_MASK = 0xc0;
const CONTINUATION = 0x80;

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & CONTINUATION_MASK) === CONTINUATION;
}

/** Bytes a sequence starting with `lead` has in all (1–4); 0 when `lead` cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The range the second byte must be in: narrower after E0, ED, F0 and F4 (no overlongs, surrogates, > U+10FFFF). */
function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * The offset of the first byte that does not start a valid UTF-8 sequence (a stray
 * continuation byte, an impossible lead byte, or a lead byte whose sequence is broken or cut
 * off by the end of `bytes`); -1 when all of `bytes` is valid UTF-8.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    if (length > 1) {
      const [low, high] = secondByteRange(lead);
      const second = bytes[i + 1];
      if (second === undefined || second < low || second > high) return i;
      for (let k = 2; k < length; k++) if (!isContinuation(bytes[i + k])) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * How many bytes from the start hold whole characters: a sequence that the end of `bytes`
 * cuts off (at most 3 bytes) is left out, so it can be joined to the next piece of the stream.
 */
export function wholeCharacterLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(3, length); back++) {
    const byte = bytes[length - back] as number;
    if (isContinuation(byte)) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? length - back : length;
  }
  return length;
}
