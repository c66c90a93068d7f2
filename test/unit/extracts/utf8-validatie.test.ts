import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8Offset, wholeCharacterLength } from '../../../shared/extracts/utf8-validatie.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('firstInvalidUtf8Offset', () => {
  it.each([
    ['plain ASCII', bytes(0x41, 0x42), -1],
    ['é, €, 😀 in UTF-8', new Uint8Array(Buffer.from('é€😀')), -1],
    ['Latin-1 é before ASCII', bytes(0x5a, 0x6f, 0xe9, 0x3b), 2],
    ['a stray continuation byte', bytes(0x41, 0x80), 1],
    ['an overlong form (C0 80)', bytes(0xc0, 0x80), 0],
    ['an overlong three-byte form (E0 80 80)', bytes(0xe0, 0x80, 0x80), 0],
    ['a surrogate (ED A0 80)', bytes(0xed, 0xa0, 0x80), 0],
    ['beyond U+10FFFF (F4 90 80 80)', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['an impossible byte (FF)', bytes(0x41, 0xff), 1],
    ['a sequence cut off by the end', bytes(0x41, 0xe2, 0x82), 1],
    ['a broken four-byte sequence', bytes(0xf0, 0x9f, 0x98, 0x41), 0],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8Offset(input)).toBe(expected);
  });

  /** Random bytes, and valid text with a random byte put in somewhere. */
  const input = fc.oneof(
    fc.uint8Array({ maxLength: 40 }),
    fc
      .tuple(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.nat(), fc.integer({ min: 0x80, max: 0xff }))
      .map(([text, at, byte]) => {
        const valid = Buffer.from(text);
        const split = at % (valid.length + 1);
        return new Uint8Array(
          Buffer.concat([valid.subarray(0, split), Buffer.of(byte), valid.subarray(split)]),
        );
      }),
  );

  it('agrees with Node on any bytes, and the text before the offset is valid', () => {
    fc.assert(
      fc.property(input, (input) => {
        const offset = firstInvalidUtf8Offset(input);
        expect(offset === -1).toBe(isUtf8(input));
        if (offset !== -1) expect(isUtf8(input.subarray(0, offset))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('wholeCharacterLength', () => {
  it('leaves out only a character cut off at the end', () => {
    const text = new Uint8Array(Buffer.from('a€'));
    expect(wholeCharacterLength(text)).toBe(4);
    expect(wholeCharacterLength(text.subarray(0, 3))).toBe(1);
    expect(wholeCharacterLength(text.subarray(0, 2))).toBe(1);
    expect(wholeCharacterLength(bytes(0x41, 0xe9))).toBe(1);
    expect(wholeCharacterLength(bytes())).toBe(0);
  });

  it('splitting valid text anywhere gives whole characters once the cut-off part is carried over', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.nat(), (text, at) => {
        const all = new Uint8Array(Buffer.from(text));
        const split = all.length === 0 ? 0 : at % (all.length + 1);
        const first = all.subarray(0, split);
        const whole = wholeCharacterLength(first);
        expect(isUtf8(first.subarray(0, whole))).toBe(true);
        expect(split - whole).toBeLessThanOrEqual(3);
        expect(isUtf8(all.subarray(whole))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
