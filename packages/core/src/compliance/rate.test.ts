import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactRate, rateAtLeast } from './rate.ts';

describe('exactRate', () => {
  it('is null, never NaN, when there is nothing to count', () => {
    expect(exactRate(0, 0)).toBeNull();
  });

  it('keeps the fraction in lowest terms', () => {
    expect(exactRate(6, 8)).toEqual({ numerator: 3, denominator: 4, percent: 75 });
    expect(exactRate(0, 5)).toEqual({ numerator: 0, denominator: 1, percent: 0 });
    expect(exactRate(4, 4)).toEqual({ numerator: 1, denominator: 1, percent: 100 });
  });

  it.each<[number, number, number]>([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [1, 16, 6.3], // 6.25 rounds half up
    [1, 80, 1.3], // 1.25 rounds half up
    [1, 2000, 0.1], // 0.05 rounds half up
    [1, 2001, 0], // 0.049975… rounds down
    [1999, 2000, 100], // 99.95 rounds half up to 100.0
    [17, 19, 89.5], // 89.473… rounds up
  ])('%i/%i is shown as %d %', (numerator, denominator, percent) => {
    expect(exactRate(numerator, denominator)?.percent).toBe(percent);
  });

  it('always gives a percentage with at most one decimal, between 0 and 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (denominator, seed) => {
        const numerator = seed % (denominator + 1);
        const rate = exactRate(numerator, denominator);
        expect(rate).not.toBeNull();
        if (rate === null) return;
        expect(rate.percent).toBeGreaterThanOrEqual(0);
        expect(rate.percent).toBeLessThanOrEqual(100);
        expect(Math.abs(rate.percent - (100 * numerator) / denominator)).toBeLessThanOrEqual(
          0.05 + 1e-9,
        );
        expect(Number.isInteger(Math.round(rate.percent * 10))).toBe(true);
        expect(String(rate.percent)).toMatch(/^\d+(\.\d)?$/);
      }),
    );
  });

  it.each<[number, number]>([
    [-1, 2],
    [1.5, 2],
    [3, 2],
    [1, Number.NaN],
  ])('refuses %d/%d', (numerator, denominator) => {
    expect(() => exactRate(numerator, denominator)).toThrow(RangeError);
  });
});

describe('rateAtLeast', () => {
  it('compares the exact fraction, not the rounded percentage', () => {
    const justUnder = exactRate(8999, 10_000);
    expect(justUnder?.percent).toBe(90);
    expect(justUnder && rateAtLeast(justUnder, 90)).toBe(false);
  });

  it('is true exactly on the threshold', () => {
    const nine = exactRate(9, 10);
    expect(nine && rateAtLeast(nine, 90)).toBe(true);
  });
});
