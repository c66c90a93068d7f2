import { describe, expect, it } from 'vitest';
import {
  haaltDrempel,
  percentageEenDecimaal,
  percentageTweeDecimalen,
} from '../../../shared/indicators/percentage.ts';

const a = (teller: number, noemer: number) => ({ teller, noemer });

describe('percentageTweeDecimalen: 100 × t / n, two decimals, half up, in integers', () => {
  it.each([
    [1701, 2000, 85.05],
    [4567, 5000, 91.34],
    [27, 32, 84.38], // 84,375 → up
    [31, 32, 96.88], // 96,875 → up
    [1, 32, 3.13], // 3,125 → up
    [968, 1019, 95], // 94,9951 → 95,00
    [2, 3, 66.67],
    [1, 3, 33.33],
    [0, 7, 0],
    [7, 7, 100],
  ])('%i / %i → %d', (t, n, verwacht) => {
    expect(percentageTweeDecimalen(a(t, n))).toBe(verwacht);
  });

  it('null when nothing counts', () => {
    expect(percentageTweeDecimalen(a(0, 0))).toBeNull();
  });

  it('is exact where floating point is not: 1,005 rounds up to 1,01', () => {
    // in floating point 100 × 201 / 20000 = 1.005 and Math.round(1.005 × 100) / 100 gives 1
    expect(Math.round(((100 * 201) / 20000) * 100) / 100).toBe(1);
    expect(percentageTweeDecimalen(a(201, 20000))).toBe(1.01);
    expect(percentageTweeDecimalen(a(1, 800))).toBe(0.13); // 0,125
  });

  it('the one-decimal percentage keeps its rounding (93,75 → 93,8)', () => {
    expect(percentageEenDecimaal(a(15, 16))).toBe(93.8);
    expect(percentageEenDecimaal(a(1701, 2000))).toBe(85.1);
  });
});

describe('haaltDrempel: the unrounded value against the drempel as the norms file wrote it', () => {
  it('exactly on the drempel reaches it, also where drempel × n is not exact in floating point', () => {
    // 64.4 × 250 = 16100.000000000002 in floating point; 161 / 250 is exactly 64,4%
    expect(64.4 * 250).toBeGreaterThan(16100);
    expect(haaltDrempel(a(161, 250), 64.4)).toBe(true);
    expect(haaltDrempel(a(160, 250), 64.4)).toBe(false);
    expect(haaltDrempel(a(1701, 2000), 85.05)).toBe(true);
    expect(haaltDrempel(a(7, 2500), 0.28)).toBe(true);
  });

  it('just below the drempel does not reach it, however close the rounded value is', () => {
    expect(haaltDrempel(a(968, 1019), 95)).toBe(false);
    expect(haaltDrempel(a(969, 1020), 95)).toBe(true);
    expect(haaltDrempel(a(2, 3), 66.67)).toBe(false);
    expect(haaltDrempel(a(2, 3), 66.66)).toBe(true);
  });

  it('drempels 0 and 100 and large counts', () => {
    expect(haaltDrempel(a(0, 5), 0)).toBe(true);
    expect(haaltDrempel(a(5, 5), 100)).toBe(true);
    expect(haaltDrempel(a(4_999_999, 5_000_000), 100)).toBe(false);
    expect(haaltDrempel(a(9_500_000_001, 10_000_000_000), 95)).toBe(true);
  });

  it('a drempel in exponent notation is read exactly too', () => {
    expect(haaltDrempel(a(1, 1_000_000_000), 1e-7)).toBe(true);
    expect(haaltDrempel(a(0, 1), 1e-7)).toBe(false);
  });
});
