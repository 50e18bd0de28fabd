import { describe, expect, it } from 'vitest';
import type { ComplianceFinding } from './findings.ts';
import { exactRate, type ExactRate } from './rate.ts';
import {
  COMPLIANCE_RATING_BANDS,
  countryComplianceRating,
  ratingForRate,
  type ComplianceRating,
} from './rating.ts';

const rate = (numerator: number, denominator: number): ExactRate => {
  const r = exactRate(numerator, denominator);
  if (r === null) throw new Error('no rate');
  return r;
};

const critical = (overrides: Partial<ComplianceFinding> = {}): ComplianceFinding => ({
  id: 'F-crit',
  severity: 'critical',
  deadline: '2025-01-31',
  closedOn: null,
  evidence: [],
  verifiedBy: null,
  ...overrides,
});

describe('rating bands', () => {
  it('are compliant from 90 %, partially compliant from 70 %, otherwise non-compliant', () => {
    expect(COMPLIANCE_RATING_BANDS).toEqual([
      { rating: 'compliant', minPercent: 90 },
      { rating: 'partially_compliant', minPercent: 70 },
      { rating: 'non_compliant', minPercent: 0 },
    ]);
  });

  it.each<[string, number, number, ComplianceRating]>([
    ['100 %', 1, 1, 'compliant'],
    ['exactly 90 %', 9, 10, 'compliant'],
    ['89.99 % (shown as 90.0 %)', 8999, 10_000, 'partially_compliant'],
    ['89.9 %', 899, 1000, 'partially_compliant'],
    ['exactly 70 %', 7, 10, 'partially_compliant'],
    ['69.9 %', 699, 1000, 'non_compliant'],
    ['0 %', 0, 1, 'non_compliant'],
  ])('a rate of %s is %s', (_name, numerator, denominator, expected) => {
    expect(ratingForRate(rate(numerator, denominator))).toBe(expected);
  });
});

describe('countryComplianceRating', () => {
  const today = '2025-03-01';

  it('is not rated when no measure applies', () => {
    expect(countryComplianceRating({ rate: null, findings: [critical()], today })).toEqual({
      rating: null,
      bandRating: null,
      cappedBy: [],
      reason: 'Not rated: no measure applies.',
    });
  });

  it('rates from the band when no critical finding is overdue', () => {
    const result = countryComplianceRating({ rate: rate(19, 20), findings: [], today });
    expect(result).toEqual({
      rating: 'compliant',
      bandRating: 'compliant',
      cappedBy: [],
      reason: '95.0 % of applicable measures implemented: compliant.',
    });
  });

  it('caps a compliant country at partially compliant for an overdue open critical finding', () => {
    const result = countryComplianceRating({
      rate: rate(1, 1),
      findings: [critical({ id: 'F-7' })],
      today,
    });
    expect(result).toMatchObject({
      rating: 'partially_compliant',
      bandRating: 'compliant',
      cappedBy: ['F-7'],
    });
    expect(result.reason).toBe(
      '100.0 % of applicable measures implemented; capped at partially compliant by 1 overdue ' +
        'open critical finding.',
    );
  });

  it('never raises a non-compliant rating through the cap', () => {
    const result = countryComplianceRating({ rate: rate(1, 2), findings: [critical()], today });
    expect(result).toMatchObject({ rating: 'non_compliant', cappedBy: [] });
  });

  it('leaves a partially compliant rating as it is', () => {
    const result = countryComplianceRating({ rate: rate(8, 10), findings: [critical()], today });
    expect(result).toMatchObject({ rating: 'partially_compliant', cappedBy: [] });
  });

  it.each<[string, ComplianceFinding]>([
    ['a critical finding due today', critical({ deadline: today })],
    ['a closed critical finding', critical({ closedOn: '2025-02-15', verifiedBy: 'p' })],
    ['an overdue major finding', critical({ severity: 'major' })],
  ])('does not cap for %s', (_name, finding) => {
    const result = countryComplianceRating({ rate: rate(1, 1), findings: [finding], today });
    expect(result.rating).toBe('compliant');
  });

  it('lists every overdue critical finding that caps the rating', () => {
    const result = countryComplianceRating({
      rate: rate(1, 1),
      findings: [critical({ id: 'a' }), critical({ id: 'b', deadline: '2025-02-28' })],
      today,
    });
    expect(result.cappedBy).toEqual(['a', 'b']);
    expect(result.reason).toContain('2 overdue open critical findings');
  });
});
