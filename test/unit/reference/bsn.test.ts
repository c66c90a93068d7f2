import { describe, expect, it } from 'vitest';
import { looksLikeBsn, maskBsn, passesElfproef } from '../../../shared/reference/bsn.ts';

describe('elfproef', () => {
  // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 3 = 66, divisible by 11.
  it.each(['111222333', '123456782', '999999990', '010000008', '000000000'])('%s passes', (value) => {
    expect(passesElfproef(value)).toBe(true);
    expect(looksLikeBsn(value)).toBe(true);
  });

  it.each(['111222334', '123456789', '999999999', '010000009'])('%s fails the elfproef', (value) => {
    expect(passesElfproef(value)).toBe(false);
  });

  it.each(['11122233', '1112223330', '11122233A', 'C-111222333', '111 222 333', ''])(
    '%j is not 9 digits, so no BSN',
    (value) => {
      expect(looksLikeBsn(value)).toBe(false);
    },
  );

  it('ignores surrounding spaces', () => {
    expect(looksLikeBsn(' 111222333 ')).toBe(true);
  });

  it('masks all but the first three characters', () => {
    expect(maskBsn('111222333')).toBe('111******');
  });
});
