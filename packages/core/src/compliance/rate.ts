/**
 * An exact rate and its display percentage. The fraction is kept in lowest terms; the
 * percentage is rounded half up to one decimal with integer arithmetic, so 2/3 is 66.7 and 1/8
 * is 12.5, and a rate is never NaN: with nothing to count there is no rate (null).
 */
export interface ExactRate {
  numerator: number;
  denominator: number;
  /** 0 to 100, one decimal. For display: thresholds compare the exact fraction. */
  percent: number;
}

export function exactRate(numerator: number, denominator: number): ExactRate | null {
  assertCount(numerator, 'numerator');
  assertCount(denominator, 'denominator');
  if (denominator === 0) return null;
  if (numerator > denominator) {
    throw new RangeError(`A rate cannot exceed 1: ${numerator}/${denominator}`);
  }
  const divisor = gcd(numerator, denominator);
  return {
    numerator: numerator / divisor,
    denominator: denominator / divisor,
    percent: roundedPercent(numerator, denominator),
  };
}

/** True when the exact rate is at least `percent` %, without rounding. */
export function rateAtLeast(rate: ExactRate, percent: number): boolean {
  return rate.numerator * 100 >= percent * rate.denominator;
}

/** round(1000 × n / d) / 10, rounding halves up, computed on integers. */
function roundedPercent(numerator: number, denominator: number): number {
  const tenths = Math.floor((2000 * numerator + denominator) / (2 * denominator));
  return tenths / 10;
}

function gcd(a: number, b: number): number {
  let [x, y] = [a, b];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}
