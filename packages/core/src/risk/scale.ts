/**
 * The two five-point scales of the UNICEF risk-management guide annexed to the IASMN report of
 * February 2008 (seed 000, Annex D, "Step 3: Risk Assessment & Prioritization"):
 * risk = likelihood × impact.
 */

/** A point on either five-point scale. */
export type RatingValue = 1 | 2 | 3 | 4 | 5;
export type Likelihood = RatingValue;
export type Impact = RatingValue;

export const RATING_VALUES = [1, 2, 3, 4, 5] as const satisfies readonly RatingValue[];

/** A risk as assessed: how likely it is to happen and how bad it would be. */
export interface RiskRating {
  likelihood: Likelihood;
  impact: Impact;
}

export const LIKELIHOOD_KEYS = [
  'very_unlikely',
  'unlikely',
  'moderately_likely',
  'likely',
  'very_likely',
] as const;
export type LikelihoodKey = (typeof LIKELIHOOD_KEYS)[number];

export const IMPACT_KEYS = ['negligible', 'minor', 'moderate', 'severe', 'critical'] as const;
export type ImpactKey = (typeof IMPACT_KEYS)[number];

export interface ScaleLevel<K extends string> {
  value: RatingValue;
  key: K;
}

export const LIKELIHOOD_LEVELS: Readonly<Record<Likelihood, ScaleLevel<LikelihoodKey>>> = {
  1: { value: 1, key: 'very_unlikely' },
  2: { value: 2, key: 'unlikely' },
  3: {
    value: 3,
    key: 'moderately_likely',
  },
  4: { value: 4, key: 'likely' },
  5: {
    value: 5,
    key: 'very_likely',
  },
};

export const IMPACT_LEVELS: Readonly<Record<Impact, ScaleLevel<ImpactKey>>> = {
  1: { value: 1, key: 'negligible' },
  2: { value: 2, key: 'minor' },
  3: { value: 3, key: 'moderate' },
  4: { value: 4, key: 'severe' },
  5: { value: 5, key: 'critical' },
};

/** The highest impact: risks rated so are never dropped from view, whatever their score. */
export const CRITICAL_IMPACT: Impact = 5;

export interface RatingError {
  code: 'INVALID_RATING';
  /** The field the caller validated, e.g. `residual.likelihood`. */
  field: string;
  message: string;
}

export type RatingParseResult<T> = { ok: true; value: T } | { ok: false; error: RatingError };

export function isRatingValue(value: unknown): value is RatingValue {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/**
 * Validates one point on a five-point scale. Only the integers 1 to 5 are accepted: `0`, `6`,
 * `2.5`, the string `"3"` and names such as `"high"` are refused, and the error names `field`.
 */
export function parseRating(value: unknown, field: string): RatingParseResult<RatingValue> {
  if (isRatingValue(value)) return { ok: true, value };
  return {
    ok: false,
    error: {
      code: 'INVALID_RATING',
      field,
      message: `${field} must be an integer from 1 to 5, got ${describe(value)}`,
    },
  };
}

/**
 * Validates a `{ likelihood, impact }` object. Errors name the nested field, e.g.
 * `residual.impact`; the likelihood is checked first.
 */
export function parseRiskRating(value: unknown, field: string): RatingParseResult<RiskRating> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      error: {
        code: 'INVALID_RATING',
        field,
        message: `${field} must be an object with likelihood and impact, got ${describe(value)}`,
      },
    };
  }
  const record = value as Record<string, unknown>;
  const likelihood = parseRating(record['likelihood'], `${field}.likelihood`);
  if (!likelihood.ok) return likelihood;
  const impact = parseRating(record['impact'], `${field}.impact`);
  if (!impact.ok) return impact;
  return { ok: true, value: { likelihood: likelihood.value, impact: impact.value } };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}
