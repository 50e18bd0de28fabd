import { compareLevels, type RiskLevel } from './matrix.ts';
import { GOAL_CRITICALITY } from './categories.ts';

/**
 * Acceptable risk per programme goal [seed 000 §9a, §12 and Annex D, Step 4]: "the challenge
 * will be to decide what level of risk is acceptable depending on the importance of a programme
 * goal. Unacceptably high risks must be avoided or brought within acceptable levels". Each goal of
 * an assessment carries its own acceptable residual level; a residual risk is acceptable for the
 * goal when it is at or below that level. The seed ties the level to the goal's importance without
 * a table; Fieldsafe's reading (README, choices): the highest residual level, critical, is
 * acceptable only for a goal of the highest programme criticality.
 */

export type GoalCriticality = (typeof GOAL_CRITICALITY)[number];

/** The highest programme criticality: only such a goal may accept the highest risk level. */
export const HIGHEST_GOAL_CRITICALITY: GoalCriticality = 'critical';

/** The risk level only a goal of the highest programme criticality may accept. */
export const HIGHEST_RISK_LEVEL: RiskLevel = 'critical';

export interface ProgrammeGoal {
  criticality: GoalCriticality;
  /** The highest residual level accepted for this goal. */
  acceptableLevel: RiskLevel;
}

export const GOAL_ACCEPTANCE_CODES = [
  'within_goal_level',
  'above_goal_level',
  'needs_highest_criticality',
] as const;
export type GoalAcceptanceCode = (typeof GOAL_ACCEPTANCE_CODES)[number];

export interface GoalAcceptance {
  acceptable: boolean;
  code: GoalAcceptanceCode;
}

/** Whether a goal may carry this acceptable level at all (critical only for a critical goal). */
export function goalLevelAllowed(goal: ProgrammeGoal): boolean {
  return (
    goal.acceptableLevel !== HIGHEST_RISK_LEVEL || goal.criticality === HIGHEST_GOAL_CRITICALITY
  );
}

/** Whether a residual risk is acceptable for a programme goal, and why. */
export function acceptableForGoal(residual: RiskLevel, goal: ProgrammeGoal): GoalAcceptance {
  if (residual === HIGHEST_RISK_LEVEL && goal.criticality !== HIGHEST_GOAL_CRITICALITY) {
    return { acceptable: false, code: 'needs_highest_criticality' };
  }
  return compareLevels(residual, goal.acceptableLevel) <= 0
    ? { acceptable: true, code: 'within_goal_level' }
    : { acceptable: false, code: 'above_goal_level' };
}
