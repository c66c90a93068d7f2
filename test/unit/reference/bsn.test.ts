import { describe, expect, it } from 'vitest';
import { looksLikeBsn, passesElfproef, readBsn } from '../../../shared/reference/bsn.ts';

describe('elfproef', () => {
  // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 3 = 66, divisible by 11.
  it.each(['111222333', '123456782', '999999990', '010000008'])('%s passes', (value) => {
    expect(passesElfproef(value)).toBe(true);
    expect(looksLikeBsn(value)).toBe(true);
  });

  it('000000000 passes the arithmetic but is no BSN', () => {
    expect(passesElfproef('000000000')).toBe(true);
    expect(looksLikeBsn('000000000')).toBe(false);
    expect(looksLikeBsn('00000000')).toBe(false);
  });

  it.each(['111222334', '123456789', '999999999', '010000009'])('%s fails the elfproef', (value) => {
    expect(passesElfproef(value)).toBe(false);
    expect(looksLikeBsn(value)).toBe(false);
  });

  it.each(['1112223330', '11122233A', 'C-111222333', 'K123456782', ''])(
    '%j is no BSN as a whole',
    (value) => {
      expect(looksLikeBsn(value)).toBe(false);
    },
  );

  it('ignores surrounding spaces', () => {
    expect(looksLikeBsn(' 111222333 ')).toBe(true);
    expect(readBsn(' 111222333 ')).toEqual({ cijfers: '111222333', voorloopnulHersteld: false });
  });
});
