import {
  applyHomeLeave,
  CORE_CATALOGUE,
  certificateExpiry,
  certificateStatus,
  clearanceChecks,
  evaluateClearance,
  TRAVEL_KINDS,
  type TravelKind,
} from '@fieldsafe/core';
import { today } from '../access/actor.ts';
import type { PartsRead } from '../db/parts.ts';
import { activeCrisesPart, advisoriesOverPart } from './advisory.queries.ts';
import type { LegRow, RequestRow } from './requests.queries.ts';
import {
  clearanceStateOf,
  clearanceStateParts,
  destinationsAndAreas,
  type Place,
  type StateScope,
} from './travel.queries.ts';

/** The courses an approver looks at: the ones the clearance rules ask for. */
const COURSES = ['BSITF', 'ASITF', 'SSAFE'];

/**
 * What an approver needs beside the request (SPEC §4), as parts of the statement that reads the
 * request (`findVisibleRequestPage`): at each destination the security level in
 * force, the active crises, the advisories over the stay, the staff ceiling and the planned
 * headcount; the traveller's organization and training; and every rule's outcome as of today.
 */
export function clearanceContextParts(scope: StateScope) {
  return {
    ...clearanceStateParts(scope),
    crises: activeCrisesPart(scope.countryIds),
    advisories: advisoriesOverPart(destinationsAndAreas(scope), scope.firstDay, scope.lastDay),
  };
}

/** The context of a request from what `clearanceContextParts` read for it. */
export function clearanceContextOf(
  read: PartsRead<ReturnType<typeof clearanceContextParts>>,
  request: RequestRow,
  legs: LegRow[],
  places: Map<string, Place>,
) {
  const day = today();
  const stays = legs.map((l) => ({
    locationId: l.locationId,
    from: l.arrivalOn,
    to: l.departureOn,
  }));
  const state = clearanceStateOf(read, request.personId, places, stays);
  const { crises: crisisRows, advisories: advisoryRows } = read;
  const input = {
    traveller: state.traveller,
    itinerary: {
      legs: legs.map((l) => ({
        destinationId: l.locationId,
        arrivalOn: l.arrivalOn,
        departureOn: l.departureOn,
      })),
    },
    destinations: state.destinations,
    sanctions: state.sanctions,
    evaluatedOn: day,
  };
  // The outcome as the request was decided: home leave is referred, not refused [002 §18].
  const kind: TravelKind = TRAVEL_KINDS.find((k) => k === request.travelKind) ?? 'official';
  const decision = applyHomeLeave(evaluateClearance(input), kind);
  const training = COURSES.map((course) => {
    const held = state.traveller.certificates
      .filter((c) => c.course === course && c.issuedOn <= day)
      .sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : -1))[0];
    return held
      ? {
          course,
          issuedOn: held.issuedOn,
          expiresOn: certificateExpiry(held, CORE_CATALOGUE),
          status: certificateStatus(held, day, CORE_CATALOGUE) as string,
        }
      : { course, issuedOn: null, expiresOn: null, status: 'missing' };
  });
  return {
    evaluatedOn: day,
    organizationId: request.organizationId,
    training,
    destinations: legs.map((l, legIndex) => {
      const d = state.destinations.find((x) => x.locationId === l.locationId);
      return {
        legIndex,
        locationId: l.locationId,
        name: places.get(l.locationId)?.name ?? '',
        securityLevel: d?.securityLevel ?? null,
        staffCeiling: d?.staffCeiling ?? null,
        headcount: d?.plannedHeadcount ?? 0,
        crises: crisisRows
          .filter(
            (c) => c.countryId === l.countryId && (c.areaId === null || c.areaId === l.areaId),
          )
          .map((c) => ({ id: c.id, title: c.title })),
        advisories: advisoryRows
          .filter(
            (a) =>
              (a.locationId === l.locationId || a.locationId === l.areaId) &&
              a.validFrom <= l.departureOn &&
              (a.validUntil === null || a.validUntil >= l.arrivalOn),
          )
          .map((a) => ({ id: a.id, title: a.title, body: a.body, validUntil: a.validUntil })),
      };
    }),
    outcome: decision.outcome,
    maipValidUntil: state.traveller.maipValidUntil ?? null,
    checks: clearanceChecks(input, decision).map((c) => ({
      legIndex: c.legIndex,
      rule: c.rule,
      outcome: c.outcome,
      messages: c.messages,
      ceiling: typeof c.params.ceiling === 'number' ? c.params.ceiling : null,
      headcount: typeof c.params.headcount === 'number' ? c.params.headcount : null,
      securityLevel: typeof c.params.securityLevel === 'number' ? c.params.securityLevel : null,
    })),
  };
}
