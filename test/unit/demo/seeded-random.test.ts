import { describe, expect, it } from 'vitest';
import {
  SeededRandom,
  WeightedChoice,
  deriveSeed,
  seededRandom,
} from '../../../shared/demo/seeded-random.ts';

const draws = (random: SeededRandom, count: number): number[] =>
  Array.from({ length: count }, () => random.next());

describe('SeededRandom', () => {
  it('gives the same numbers for the same seed and different numbers for another', () => {
    expect(draws(new SeededRandom(42), 20)).toEqual(draws(new SeededRandom(42), 20));
    expect(draws(new SeededRandom(42), 20)).not.toEqual(draws(new SeededRandom(43), 20));
  });

  it('stays in range', () => {
    const random = new SeededRandom(1);
    for (let i = 0; i < 10_000; i++) {
      const x = random.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = random.int(3, 7);
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
    }
  });

  it('draws Poisson counts with the right mean', () => {
    const random = new SeededRandom(5);
    for (const lambda of [0.5, 6, 200]) {
      let sum = 0;
      for (let i = 0; i < 20_000; i++) sum += random.poisson(lambda);
      expect(sum / 20_000).toBeCloseTo(lambda, lambda < 10 ? 1 : 0);
    }
    expect(random.poisson(0)).toBe(0);
  });

  it('derives independent streams from names', () => {
    expect(deriveSeed(1, '5517', 'pgb')).toBe(deriveSeed(1, '5517', 'pgb'));
    expect(deriveSeed(1, '5517', 'pgb')).not.toBe(deriveSeed(1, '5517', 'maz'));
    expect(deriveSeed(1, '55', '17')).not.toBe(deriveSeed(1, '551', '7'));
    expect(draws(seededRandom(1, 'a'), 5)).toEqual(draws(seededRandom(1, 'a'), 5));
  });
});

describe('WeightedChoice', () => {
  it('draws in proportion to the weights and never a zero weight', () => {
    const choice = new WeightedChoice([
      ['a', 70],
      ['b', 20],
      ['c', 10],
      ['nooit', 0],
    ] as const);
    const random = new SeededRandom(9);
    const counts: Record<string, number> = {};
    for (let i = 0; i < 50_000; i++) {
      const item = choice.draw(random);
      counts[item] = (counts[item] ?? 0) + 1;
    }
    expect((counts.a ?? 0) / 50_000).toBeCloseTo(0.7, 1);
    expect((counts.b ?? 0) / 50_000).toBeCloseTo(0.2, 1);
    expect((counts.c ?? 0) / 50_000).toBeCloseTo(0.1, 1);
    expect(counts.nooit).toBeUndefined();
  });

  it('refuses a choice without positive weights', () => {
    expect(() => new WeightedChoice([['a', 0]])).toThrow();
  });
});
