import type { CalendarDate } from './dates.ts';
import { isFindingOverdue, type ComplianceFinding } from './findings.ts';
import { rateAtLeast, type ExactRate } from './rate.ts';

/** Country compliance ratings, from worst to best [seed 001 §36]. */
export const COMPLIANCE_RATINGS = ['non_compliant', 'partially_compliant', 'compliant'] as const;
export type ComplianceRating = (typeof COMPLIANCE_RATINGS)[number];

/** English words for the API's plain-text `reason`; people read the rating in their language. */
const RATING_WORDS: Readonly<Record<ComplianceRating, string>> = {
  non_compliant: 'non-compliant',
  partially_compliant: 'partially compliant',
  compliant: 'compliant',
};

/**
 * Bands, best first: the first whose minimum the exact rate reaches applies. 90 % or more is
 * compliant, 70 % up to 90 % partially compliant, below 70 % non-compliant. The comparison uses
 * the exact fraction, so 8999/10000 (shown as 90.0 %) is partially compliant.
 */
export const COMPLIANCE_RATING_BANDS: readonly { rating: ComplianceRating; minPercent: number }[] =
  [
    { rating: 'compliant', minPercent: 90 },
    { rating: 'partially_compliant', minPercent: 70 },
    { rating: 'non_compliant', minPercent: 0 },
  ];

/** The rating an overdue open critical finding caps a country at. */
export const CRITICAL_FINDING_CAP: ComplianceRating = 'partially_compliant';

export function ratingForRate(rate: ExactRate): ComplianceRating {
  const band = COMPLIANCE_RATING_BANDS.find((b) => rateAtLeast(rate, b.minPercent));
  return band?.rating ?? 'non_compliant';
}

export function compareComplianceRatings(a: ComplianceRating, b: ComplianceRating): number {
  return COMPLIANCE_RATINGS.indexOf(a) - COMPLIANCE_RATINGS.indexOf(b);
}

export interface CountryRatingInput {
  /** The country's compliance rate; null when no measure applies. */
  rate: ExactRate | null;
  findings: readonly ComplianceFinding[];
  today: CalendarDate;
}

export interface CountryRating {
  /** Null when there is no rate to rate. */
  rating: ComplianceRating | null;
  /** The rating from the rate alone, before any cap. */
  bandRating: ComplianceRating | null;
  /** Ids of the overdue open critical findings that lowered the rating; empty if none did. */
  cappedBy: string[];
  reason: string;
}

export function countryComplianceRating(input: CountryRatingInput): CountryRating {
  const { rate, findings, today } = input;
  if (rate === null) {
    return {
      rating: null,
      bandRating: null,
      cappedBy: [],
      reason: 'Not rated: no measure applies.',
    };
  }
  const bandRating = ratingForRate(rate);
  const bandText = `${rate.percent.toFixed(1)} % of applicable measures implemented`;
  const overdueCritical = findings
    .filter((f) => f.severity === 'critical' && isFindingOverdue(f, today))
    .map((f) => f.id);
  if (
    overdueCritical.length > 0 &&
    compareComplianceRatings(bandRating, CRITICAL_FINDING_CAP) > 0
  ) {
    const count = overdueCritical.length;
    return {
      rating: CRITICAL_FINDING_CAP,
      bandRating,
      cappedBy: overdueCritical,
      reason:
        `${bandText}; capped at partially compliant by ${count} overdue open critical ` +
        `finding${count === 1 ? '' : 's'}.`,
    };
  }
  const words = RATING_WORDS[bandRating];
  return { rating: bandRating, bandRating, cappedBy: [], reason: `${bandText}: ${words}.` };
}
