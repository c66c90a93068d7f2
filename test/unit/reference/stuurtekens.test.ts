import { describe, expect, it } from 'vitest';
import { findStuurteken, showStuurtekens } from '../../../shared/reference/stuurtekens.ts';

describe('invisible and control characters', () => {
  it.each([
    ['zero-width space', 'C-\u200b1', 'U+200B'],
    ['zero-width non-joiner', 'C-\u200c1', 'U+200C'],
    ['zero-width joiner', 'C-\u200d1', 'U+200D'],
    ['word joiner', 'C-\u20601', 'U+2060'],
    ['BOM inside', 'C-\ufeff1', 'U+FEFF'],
    ['BEL', 'C-\u00071', 'U+0007'],
    ['ESC', 'C-\u001b[31m1', 'U+001B'],
    ['NUL', 'C-\u00001', 'U+0000'],
    ['tab', 'C-\t1', 'U+0009'],
    ['DEL', 'C-\u007f1', 'U+007F'],
    ['C1 CSI', 'C-\u009b1', 'U+009B'],
    ['right-to-left override', 'C-\u202e1', 'U+202E'],
    ['left-to-right isolate', 'C-\u20661', 'U+2066'],
    ['soft hyphen', 'C-\u00ad1', 'U+00AD'],
    ['NBSP', 'C\u00a01', 'U+00A0'],
    ['ideographic space', 'C\u30001', 'U+3000'],
    ['line separator', 'C\u20281', 'U+2028'],
    ['Hangul filler', 'C\u31641', 'U+3164'],
    ['variation selector', 'C\ufe0f1', 'U+FE0F'],
    ['lone surrogate', 'C\ud8001', 'U+D800'],
  ])('%s is found and shown', (_naam, text, codepunt) => {
    expect(findStuurteken(text)).toBe(codepunt);
    expect(showStuurtekens(text)).toContain(`<${codepunt}>`);
    expect(findStuurteken(showStuurtekens(text))).toBeUndefined();
  });

  it('ordinary text, also with accents, spaces and emoji, is left alone', () => {
    for (const text of ['C-001', 'Zorg & Co', 'Ré-indicatie', 'a b', 'GGZ-W3', '👍']) {
      expect(findStuurteken(text)).toBeUndefined();
      expect(showStuurtekens(text)).toBe(text);
    }
  });

  it('writes out every control character, not only the first', () => {
    expect(showStuurtekens('\u001b[2J\u0007x\u200b')).toBe('<U+001B>[2J<U+0007>x<U+200B>');
  });
});
