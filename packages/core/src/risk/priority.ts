import { compareLevels, riskLevel, riskScore, type RiskLevel } from './matrix.ts';
import { CRITICAL_IMPACT, type RiskRating } from './scale.ts';

/**
 * Orders ratings from most to least pressing: by score, then impact, then likelihood, each
 * descending. "Managers must prioritize critical and high risks and then work downwards"
 * [seed 000, Annex D, Step 3]. Between equal scores the worse consequence comes first, so
 * likelihood 1 × impact 5 precedes likelihood 5 × impact 1.
 */
export function compareRatings(a: RiskRating, b: RiskRating): number {
  return riskScore(b) - riskScore(a) || b.impact - a.impact || b.likelihood - a.likelihood;
}

/**
 * "Low risks that nonetheless have critical impacts must not, however, be forgotten"
 * [seed 000, Annex D, Step 3]: a rating with critical impact stays in view whatever its score.
 */
export function mustStayInView(rating: RiskRating): boolean {
  return rating.impact === CRITICAL_IMPACT;
}

export interface PrioritizeOptions {
  /** How many of the highest risks to show; the rest are hidden unless they must stay in view. */
  limit?: number;
  /** Hide risks below this level unless they must stay in view. */
  minimumLevel?: RiskLevel;
}

export interface Prioritized<T> {
  /** Sorted by {@link compareRatings}; includes every risk that must stay in view. */
  shown: T[];
  /** Sorted the same way. */
  hidden: T[];
}

/**
 * Sorts risks most pressing first and selects those to show. A risk with critical impact is
 * always shown, even past `limit` or below `minimumLevel`, so `shown` may hold more than `limit`
 * risks. Ties keep the input order.
 */
export function prioritize<T extends { rating: RiskRating }>(
  risks: readonly T[],
  options: PrioritizeOptions = {},
): Prioritized<T> {
  const { limit, minimumLevel } = options;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new RangeError(`limit must be a non-negative integer, got ${String(limit)}`);
  }
  const sorted = [...risks].sort((a, b) => compareRatings(a.rating, b.rating));
  const shown: T[] = [];
  const hidden: T[] = [];
  let ranked = 0;
  for (const risk of sorted) {
    const meetsLevel =
      minimumLevel === undefined || compareLevels(riskLevel(risk.rating), minimumLevel) >= 0;
    const withinLimit = limit === undefined || ranked < limit;
    if (meetsLevel && withinLimit) {
      ranked += 1;
      shown.push(risk);
    } else if (mustStayInView(risk.rating)) {
      shown.push(risk);
    } else {
      hidden.push(risk);
    }
  }
  return { shown, hidden };
}
