import { indexByCourse } from '../training/index.ts';
import { isIsoDate, maxIsoDate, type IsoDate } from '../dates.ts';
import { groupBy } from '../group.ts';
import { MESSAGES, REASON_SEVERITY, type ItineraryProblem } from './messages.ts';
import {
  ceilingReason,
  maipReason,
  sanctionReason,
  ssafeReason,
  trainingReason,
  type Found,
  type LegContext,
} from './rules.ts';
import {
  REASON_CODES,
  type Approver,
  type ClearanceDecision,
  type ClearanceInput,
  type ClearanceOutcome,
  type DestinationState,
  type OrganizationSanction,
  type Reason,
  type ReasonCode,
  type ReasonDetail,
  type Severity,
  type SsafeExemption,
} from './types.ts';

const RULE_ORDER = new Map<ReasonCode, number>(REASON_CODES.map((code, i) => [code, i]));
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, refer: 1, refuse: 2 };
const OUTCOME_OF: readonly ClearanceOutcome[] = ['approve', 'refer', 'refuse'];

/**
 * Decide a travel security clearance request [SPEC §4]. Pure and deterministic: every reason
 * is listed (never only the first), ordered by leg and then by the fixed order of
 * {@link REASON_CODES}; the outcome is the severity of the most severe reason ('approve' when
 * there are only informational ones). Cost is linear in legs × (certificates of one course +
 * sanctions and exemptions at one place): certificates, sanctions and exemptions are indexed
 * once.
 */
export function evaluateClearance(input: ClearanceInput): ClearanceDecision {
  if (!isIsoDate(input.evaluatedOn)) {
    throw new RangeError(`evaluatedOn is not an ISO date: ${JSON.stringify(input.evaluatedOn)}`);
  }
  const { traveller } = input;
  const destinations = new Map(input.destinations.map((d) => [d.locationId, d]));
  const certificates = indexByCourse(traveller.certificates);
  const sanctions = groupBy(
    input.sanctions.filter((s) => s.organizationId === traveller.organizationId),
    (s: OrganizationSanction) => s.locationId,
  );
  const exemptions = groupBy(traveller.ssafeExemptions, (e: SsafeExemption) => e.locationId);
  const reasons: Reason[] = [];
  const legs = input.itinerary.legs;
  if (legs.length === 0) reasons.push(itineraryReason('no-legs', null, null, null));

  let latestEnd: IsoDate | null = null;
  legs.forEach((leg, legIndex) => {
    const destination = destinations.get(leg.destinationId) ?? null;
    const add = (found: Found | null) => {
      if (!found) return;
      reasons.push(makeReason(found.code, legIndex, destination, leg.destinationId, found.details));
    };
    const datesOk = isIsoDate(leg.arrivalOn) && isIsoDate(leg.departureOn);
    const ordered = datesOk && leg.arrivalOn <= leg.departureOn;
    const problems: ItineraryProblem[] = [];
    if (!datesOk) problems.push('invalid-dates');
    if (datesOk && !ordered) problems.push('arrival-after-departure');
    if (datesOk && latestEnd !== null && leg.arrivalOn < latestEnd) {
      problems.push('overlaps-previous');
    }
    if (!destination) problems.push('unknown-destination');
    for (const p of problems) {
      reasons.push(itineraryReason(p, legIndex, destination, leg.destinationId));
    }
    if (datesOk) {
      const end = maxIsoDate(leg.arrivalOn, leg.departureOn);
      latestEnd = latestEnd === null ? end : maxIsoDate(latestEnd, end);
    }
    if (!ordered) return;

    const ctx: LegContext = { leg, evaluatedOn: input.evaluatedOn, traveller, certificates };
    if (destination) add(sanctionReason(ctx, destination, sanctions));
    // Training is a duty of personnel; a dependant is cleared without it [003 ¶106, 002 §14].
    const trained = traveller.dependant !== true;
    if (trained) add(trainingReason(ctx, 'BSITF', leg.arrivalOn, 'BSITF_MISSING', 'BSITF_EXPIRED'));
    if (!destination) return;
    if (trained && destination.kind === 'field') {
      add(trainingReason(ctx, 'ASITF', leg.arrivalOn, 'ASITF_REQUIRED_FOR_FIELD', 'ASITF_EXPIRED'));
    }
    if (trained) add(ssafeReason(ctx, destination, exemptions));
    add(ceilingReason(ctx, destination));
    add(maipReason(ctx, destination));
    add(
      destination.securityLevel === null
        ? { code: 'CLEARANCE_NOT_REQUIRED', details: {} }
        : {
            code: 'ARRIVAL_BRIEFING_REQUIRED',
            details: { securityLevel: destination.securityLevel },
          },
    );
  });

  reasons.sort(compareReasons);
  return {
    outcome: outcomeOf(reasons),
    reasons,
    referTo: approversFor(
      reasons,
      legs.map((l) => destinations.get(l.destinationId) ?? null),
    ),
  };
}

/** Where a severity stands: info < refer < refuse. */
export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/** The outcome a set of reasons leads to: the most severe reason's severity. */
export function outcomeOf(reasons: readonly Pick<Reason, 'severity'>[]): ClearanceOutcome {
  const rank = reasons.reduce((max, r) => Math.max(max, SEVERITY_RANK[r.severity]), 0);
  return OUTCOME_OF[rank] ?? 'refuse';
}

function makeReason(
  code: ReasonCode,
  legIndex: number | null,
  destination: DestinationState | null,
  locationId: string | null,
  details: Readonly<Record<string, ReasonDetail>>,
): Reason {
  const place = destination?.name ?? null;
  return {
    code,
    severity: REASON_SEVERITY[code],
    legIndex,
    locationId: destination?.locationId ?? locationId,
    message: MESSAGES[code]({ legIndex, place, details }),
    details,
  };
}

function itineraryReason(
  problem: ItineraryProblem,
  legIndex: number | null,
  destination: DestinationState | null,
  locationId: string | null,
): Reason {
  return makeReason('ITINERARY_INVALID', legIndex, destination, locationId, { problem });
}

function compareReasons(a: Reason, b: Reason): number {
  const legA = a.legIndex ?? -1;
  const legB = b.legIndex ?? -1;
  if (legA !== legB) return legA - legB;
  return (RULE_ORDER.get(a.code) ?? 0) - (RULE_ORDER.get(b.code) ?? 0);
}

function approversFor(
  reasons: readonly Reason[],
  destinations: readonly (DestinationState | null)[],
): Approver[] {
  const seen = new Set<string>();
  const approvers: Approver[] = [];
  for (const r of reasons) {
    if (r.severity !== 'refer' || r.legIndex === null) continue;
    const approver = destinations[r.legIndex]?.approver;
    if (!approver || seen.has(approver.personId)) continue;
    seen.add(approver.personId);
    approvers.push(approver);
  }
  return approvers;
}
