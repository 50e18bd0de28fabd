import type { LocalizedLabel } from '../locale/index.ts';
import { SEVERITY_ORDER } from './severity.ts';
import type {
  ClearanceDecision,
  ClearanceInput,
  ReasonCode,
  ReasonDetail,
  Severity,
} from './types.ts';

/** The rules a clearance is checked against, for each leg, in the order they are reported. */
export const CLEARANCE_RULES = [
  'itinerary',
  'sanction',
  'bsitf',
  'asitf',
  'ssafe',
  'ceiling',
  'maip',
  'level',
] as const;
export type ClearanceRule = (typeof CLEARANCE_RULES)[number];

const RULE_OF: Readonly<Record<ReasonCode, ClearanceRule>> = {
  ITINERARY_INVALID: 'itinerary',
  ORGANIZATION_SANCTIONED: 'sanction',
  BSITF_MISSING: 'bsitf',
  BSITF_EXPIRED: 'bsitf',
  ASITF_REQUIRED_FOR_FIELD: 'asitf',
  ASITF_EXPIRED: 'asitf',
  SSAFE_REQUIRED: 'ssafe',
  SSAFE_EXPIRED: 'ssafe',
  STAFF_CEILING_REACHED: 'ceiling',
  MAIP_NOT_RECORDED: 'maip',
  MAIP_EXPIRED: 'maip',
  ARRIVAL_BRIEFING_REQUIRED: 'level',
  CLEARANCE_NOT_REQUIRED: 'level',
};

/** How one rule came out for one leg: passed, not applicable, or the reasons it gave. */
export type CheckOutcome = 'pass' | 'notApplicable' | Severity;

export interface RuleCheck {
  legIndex: number;
  rule: ClearanceRule;
  outcome: CheckOutcome;
  /** The reasons the rule gave (worded in the six languages), empty when it passed. */
  messages: LocalizedLabel[];
  /** What the words of a passed or inapplicable rule need (the ceiling and headcount, the level). */
  params: Record<string, ReasonDetail>;
}

/**
 * Every rule's outcome for every leg of a request, from the input and the decision of
 * `evaluateClearance`: what an approver reads, not only the rules that objected.
 */
export function clearanceChecks(input: ClearanceInput, decision: ClearanceDecision): RuleCheck[] {
  const destinations = new Map(input.destinations.map((d) => [d.locationId, d]));
  return input.itinerary.legs.flatMap((leg, legIndex) => {
    const destination = destinations.get(leg.destinationId) ?? null;
    return CLEARANCE_RULES.map((rule): RuleCheck => {
      const reasons = decision.reasons.filter(
        (r) => (r.legIndex === legIndex || r.legIndex === null) && RULE_OF[r.code] === rule,
      );
      const params: Record<string, ReasonDetail> = {};
      let applies = true;
      const trained = input.traveller.dependant !== true;
      if (rule === 'bsitf') applies = trained;
      if (rule === 'asitf') applies = trained && destination?.kind === 'field';
      if (rule === 'ssafe') applies = trained && destination?.ssafeMandatory === true;
      if (rule === 'ceiling') {
        applies = destination?.staffCeiling != null;
        params.ceiling = destination?.staffCeiling ?? null;
        params.headcount = destination?.plannedHeadcount ?? 0;
      }
      if (rule === 'maip') {
        applies = destination?.securityLevel != null;
        params.maipValidUntil = input.traveller.maipValidUntil ?? null;
      }
      if (rule === 'level') params.securityLevel = destination?.securityLevel ?? null;
      const worst = reasons.reduce<Severity | null>(
        (w, r) => (w === null || SEVERITY_ORDER[r.severity] > SEVERITY_ORDER[w] ? r.severity : w),
        null,
      );
      return {
        legIndex,
        rule,
        outcome: worst ?? (applies ? 'pass' : 'notApplicable'),
        messages: reasons.map((r) => r.message),
        params,
      };
    });
  });
}
