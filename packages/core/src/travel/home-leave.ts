import type { ClearanceDecision, Reason } from './types.ts';

/** Why the traveller goes: official travel, or home leave [002 §18]. */
export const TRAVEL_KINDS = ['official', 'home_leave'] as const;
export type TravelKind = (typeof TRAVEL_KINDS)[number];

/** Refusals that stand whatever the purpose: an itinerary that cannot be evaluated. */
const ALWAYS_REFUSED = new Set(['ITINERARY_INVALID']);

/**
 * Home leave to a place under restriction [002 §18]: the IASMN found the denial of security
 * clearance for home-leave travel "significantly important to staff" and asked DSS to propose a
 * solution with HR and legal departments; until then no rule says such travel is refused. So a
 * home-leave request that the rules would refuse is not refused automatically: each refusing
 * reason is turned into a referral (its details marked `homeLeave: true`), and the approver
 * decides with HR. An invalid itinerary is still refused.
 */
export function applyHomeLeave(decision: ClearanceDecision, kind: TravelKind): ClearanceDecision {
  if (kind !== 'home_leave' || decision.outcome !== 'refuse') return decision;
  if (decision.reasons.some((r) => r.severity === 'refuse' && ALWAYS_REFUSED.has(r.code)))
    return decision;
  const reasons: Reason[] = decision.reasons.map((r) =>
    r.severity === 'refuse'
      ? { ...r, severity: 'refer', details: { ...r.details, homeLeave: true } }
      : r,
  );
  return { ...decision, outcome: 'refer', reasons };
}
