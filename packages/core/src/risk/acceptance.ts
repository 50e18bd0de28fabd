import type { AppointmentRole } from '../access/roles.ts';
import { compareLevels, riskLevel, type RiskLevel } from './matrix.ts';
import type { RiskRating } from './scale.ts';

/**
 * Senior management decides what level of risk is acceptable for a programme
 * [seed 000 §9a, §12]: "Unacceptably high risks must be avoided or brought within acceptable
 * levels with risk management strategies." A residual risk above the acceptable level therefore
 * needs action, unless an authorised person records a decision to accept it.
 */

/**
 * Appointments that may record acceptance of a residual risk above the acceptable level by
 * default: the Executive Head who sets the acceptable level [seed 000 §9a], the Designated
 * Official (or ad interim) and the organization's representative in the country. Deployments
 * may pass their own list.
 */
export const RISK_ACCEPTANCE_ROLES: readonly AppointmentRole[] = [
  'EXECUTIVE_HEAD',
  'DO',
  'DO_AI',
  'AGENCY_REP',
];

/** A recorded decision to accept a residual risk: who, in which capacity, when and why. */
export interface RiskAcceptanceDecision {
  decidedByPersonId: string;
  role: AppointmentRole;
  /** ISO 8601 date or timestamp. */
  decidedAt: string;
  /** The highest residual level the decision accepts; a worse residual risk needs a new one. */
  acceptedLevel: RiskLevel;
  rationale: string;
}

/** What must happen to a residual risk above the acceptable level without a valid decision. */
export const REQUIRED_ACTIONS = ['avoid', 'lower'] as const;
export type RequiredAction = (typeof REQUIRED_ACTIONS)[number];

export type DecisionProblemCode =
  'DECISION_INCOMPLETE' | 'DECISION_ROLE_NOT_AUTHORISED' | 'DECISION_BELOW_RESIDUAL_LEVEL';

export interface DecisionProblem {
  code: DecisionProblemCode;
  message: string;
}

interface Levels {
  residualLevel: RiskLevel;
  acceptableLevel: RiskLevel;
  reason: string;
}

export type AcceptanceResult =
  | (Levels & { status: 'within_acceptable'; decisionNeeded: false })
  | (Levels & {
      status: 'accepted_by_decision';
      decisionNeeded: true;
      decision: RiskAcceptanceDecision;
    })
  | (Levels & {
      status: 'action_required';
      decisionNeeded: true;
      requiredActions: readonly RequiredAction[];
      /** Why the decision supplied, if any, does not count. */
      decisionProblem: DecisionProblem | null;
    });

/** True when the residual risk's level is at or below the acceptable level. */
export function isWithinAcceptable(residual: RiskRating, acceptableLevel: RiskLevel): boolean {
  return compareLevels(riskLevel(residual), acceptableLevel) <= 0;
}

/** True when the residual risk is above the acceptable level: avoid, lower, or decide. */
export function acceptanceDecisionNeeded(
  residual: RiskRating,
  acceptableLevel: RiskLevel,
): boolean {
  return !isWithinAcceptable(residual, acceptableLevel);
}

export interface AcceptanceInput {
  residual: RiskRating;
  acceptableLevel: RiskLevel;
  decision?: RiskAcceptanceDecision | null;
}

export interface AcceptanceOptions {
  authorisedRoles?: readonly AppointmentRole[];
}

export function evaluateAcceptance(
  input: AcceptanceInput,
  options: AcceptanceOptions = {},
): AcceptanceResult {
  const { residual, acceptableLevel, decision } = input;
  const residualLevel = riskLevel(residual);
  // The level keys are their English names; the web app words them in the reader's language.
  const residualName = residualLevel;
  const acceptableName = acceptableLevel;

  if (compareLevels(residualLevel, acceptableLevel) <= 0) {
    return {
      status: 'within_acceptable',
      decisionNeeded: false,
      residualLevel,
      acceptableLevel,
      reason: `Residual risk is ${residualName}, within the acceptable level (${acceptableName}).`,
    };
  }

  const above = `Residual risk is ${residualName}, above the acceptable level (${acceptableName})`;
  const problem =
    decision == null
      ? null
      : decisionProblem(decision, residualLevel, options.authorisedRoles ?? RISK_ACCEPTANCE_ROLES);

  if (decision != null && problem === null) {
    return {
      status: 'accepted_by_decision',
      decisionNeeded: true,
      residualLevel,
      acceptableLevel,
      decision,
      reason: `${above}; accepted by ${decision.role} on ${decision.decidedAt}.`,
    };
  }
  return {
    status: 'action_required',
    decisionNeeded: true,
    residualLevel,
    acceptableLevel,
    requiredActions: REQUIRED_ACTIONS,
    decisionProblem: problem,
    reason:
      `${above}: it must be avoided or lowered, unless an authorised person records its ` +
      `acceptance.` +
      (problem === null ? '' : ` The recorded decision does not count: ${problem.message}`),
  };
}

function decisionProblem(
  decision: RiskAcceptanceDecision,
  residualLevel: RiskLevel,
  authorisedRoles: readonly AppointmentRole[],
): DecisionProblem | null {
  const missing = [
    decision.decidedByPersonId.trim() === '' ? 'who decided' : null,
    decision.decidedAt.trim() === '' ? 'when' : null,
    decision.rationale.trim() === '' ? 'why' : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0) {
    return { code: 'DECISION_INCOMPLETE', message: `it does not record ${missing.join(', ')}.` };
  }
  if (!authorisedRoles.includes(decision.role)) {
    return {
      code: 'DECISION_ROLE_NOT_AUTHORISED',
      message: `${decision.role} may not accept risks above the acceptable level.`,
    };
  }
  if (compareLevels(decision.acceptedLevel, residualLevel) < 0) {
    const accepted = decision.acceptedLevel;
    return {
      code: 'DECISION_BELOW_RESIDUAL_LEVEL',
      message: `it accepts at most a ${accepted} risk.`,
    };
  }
  return null;
}
