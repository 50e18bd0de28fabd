export * from './types.ts';
export { MESSAGES, REASON_SEVERITY, type ItineraryProblem } from './messages.ts';
export { evaluateClearance, outcomeOf, severityRank } from './clearance.ts';
export * from './home-leave.ts';
