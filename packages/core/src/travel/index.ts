export * from './types.ts';
export { MESSAGES, REASON_SEVERITY, type ItineraryProblem } from './messages.ts';
export { evaluateClearance, outcomeOf, severityRank } from './clearance.ts';
export * from './home-leave.ts';
export * from './filing.ts';
export {
  CLEARANCE_RULES,
  clearanceChecks,
  type ClearanceRule,
  type CheckOutcome,
  type RuleCheck,
} from './checks.ts';
