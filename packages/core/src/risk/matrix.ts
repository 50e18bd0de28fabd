import type { Impact, Likelihood, RiskRating } from './scale.ts';

/** Every product of two points on the five-point scales. */
export type RiskScore = 1 | 2 | 3 | 4 | 5 | 6 | 8 | 9 | 10 | 12 | 15 | 16 | 20 | 25;

/** Risk levels, from lowest to highest. The order matters: it is used to compare levels. */
export const RISK_LEVELS = ['negligible', 'low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * Level by score [seed 000, Annex D, risk matrix]: 1 negligible; 2–5 low; 6–10 medium;
 * 12–16 high; 20–25 critical. Scores 11 and 17–19 cannot occur. The guide prints "High (12)" for
 * likelihood 5 × impact 3: the score is 15, which is high.
 */
export const RISK_LEVEL_BANDS: readonly { level: RiskLevel; minScore: number; maxScore: number }[] =
  [
    { level: 'negligible', minScore: 1, maxScore: 1 },
    { level: 'low', minScore: 2, maxScore: 5 },
    { level: 'medium', minScore: 6, maxScore: 10 },
    { level: 'high', minScore: 12, maxScore: 16 },
    { level: 'critical', minScore: 20, maxScore: 25 },
  ];

/** Risk = likelihood × impact. */
export function riskScore(rating: RiskRating): RiskScore {
  return (rating.likelihood * rating.impact) as RiskScore;
}

export function levelForScore(score: RiskScore): RiskLevel {
  const band = RISK_LEVEL_BANDS.find((b) => score >= b.minScore && score <= b.maxScore);
  if (band === undefined) throw new RangeError(`Not a risk score: ${String(score)}`);
  return band.level;
}

export function riskLevel(rating: RiskRating): RiskLevel {
  return levelForScore(riskScore(rating));
}

/** Position of a level in {@link RISK_LEVELS}: 0 for negligible up to 4 for critical. */
export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

/** Negative when `a` is lower than `b`, positive when higher, 0 when equal. */
export function compareLevels(a: RiskLevel, b: RiskLevel): number {
  return levelRank(a) - levelRank(b);
}

export function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === 'string' && (RISK_LEVELS as readonly string[]).includes(value);
}

/** The four risk-management strategies, ACAT [seed 000 §12 and Annex D, Step 4]. */
export const ACAT_STRATEGIES = ['accept', 'control', 'avoid', 'transfer'] as const;
export type AcatStrategy = (typeof ACAT_STRATEGIES)[number];

type Strategies = readonly AcatStrategy[];
const A: Strategies = ['accept'];
const C: Strategies = ['control'];
const V: Strategies = ['avoid'];
const T: Strategies = ['transfer'];
const TA: Strategies = ['transfer', 'accept'];
const TC: Strategies = ['transfer', 'control'];
const CA: Strategies = ['control', 'accept'];
const CT: Strategies = ['control', 'transfer'];
const CV: Strategies = ['control', 'avoid'];
const VC: Strategies = ['avoid', 'control'];

/**
 * Suggested strategies per cell [seed 000, Annex D, Step 4], indexed by likelihood then impact.
 * The order within a cell is the guide's: "Transfer & Control" is `['transfer', 'control']`.
 */
export const SUGGESTED_STRATEGIES: Readonly<
  Record<Likelihood, Readonly<Record<Impact, Strategies>>>
> = {
  1: { 1: A, 2: TA, 3: T, 4: T, 5: TC },
  2: { 1: CA, 2: CT, 3: TC, 4: TC, 5: TC },
  3: { 1: C, 2: CT, 3: CT, 4: CV, 5: VC },
  4: { 1: C, 2: CT, 3: CV, 4: CV, 5: VC },
  5: { 1: C, 2: CT, 3: CV, 4: CV, 5: V },
};

export function suggestedStrategies(rating: RiskRating): Strategies {
  return SUGGESTED_STRATEGIES[rating.likelihood][rating.impact];
}

export interface RiskAssessment {
  rating: RiskRating;
  score: RiskScore;
  level: RiskLevel;
  strategies: Strategies;
}

/** Score, level and suggested strategies of one rating. */
export function assessRating(rating: RiskRating): RiskAssessment {
  const score = riskScore(rating);
  return { rating, score, level: levelForScore(score), strategies: suggestedStrategies(rating) };
}
