import {
  bestCertificate,
  certificateExpiry,
  isValidThrough,
  type Certificate,
  type CourseCode,
} from '../training/index.ts';
import { daysBetween, isIsoDate, maxIsoDate, minIsoDate, type IsoDate } from '../dates.ts';
import type {
  DestinationState,
  Leg,
  OrganizationSanction,
  ReasonCode,
  ReasonDetail,
  SsafeExemption,
  Traveller,
} from './types.ts';

/** A rule's finding, before it is given a severity and messages. */
export interface Found {
  code: ReasonCode;
  details: Readonly<Record<string, ReasonDetail>>;
}

/** One leg with well-formed dates, arrival on or before departure. */
export interface LegContext {
  leg: Leg;
  evaluatedOn: IsoDate;
  traveller: Traveller;
  certificates: ReadonlyMap<CourseCode, readonly Certificate[]>;
}

/**
 * A certificate of `course` must be held on `from` (and on the evaluation day) and stay valid on
 * every day through the departure. The longest-lasting one decides, whatever the input order.
 */
export function trainingReason(
  ctx: LegContext,
  course: CourseCode,
  from: IsoDate,
  missingCode: ReasonCode,
  expiredCode: ReasonCode,
): Found | null {
  const heldOn = minIsoDate(from, ctx.evaluatedOn);
  const best = bestCertificate(ctx.certificates.get(course) ?? [], course, heldOn);
  if (!best) return { code: missingCode, details: { course } };
  if (isValidThrough(best, heldOn, ctx.leg.departureOn)) return null;
  return {
    code: expiredCode,
    details: {
      course,
      certificateId: best.id,
      expiresOn: certificateExpiry(best),
      neededThrough: ctx.leg.departureOn,
    },
  };
}

/** A clearance sanction on the traveller's organization at the place or its country [000 §30]. */
export function sanctionReason(
  ctx: LegContext,
  destination: DestinationState,
  byLocation: ReadonlyMap<string, readonly OrganizationSanction[]>,
): Found | null {
  const { arrivalOn, departureOn } = ctx.leg;
  const places = new Set([destination.locationId, destination.countryId]);
  const ids = new Set<string>();
  for (const place of places) {
    for (const s of byLocation.get(place) ?? []) {
      if (s.from <= departureOn && (s.until === null || s.until >= arrivalOn)) ids.add(s.id);
    }
  }
  if (ids.size === 0) return null;
  return { code: 'ORGANIZATION_SANCTIONED', details: { sanctionIds: [...ids].sort() } };
}

/**
 * SSAFE where the DO and SMT made it mandatory [001 §6]: needed from the later of arrival and
 * the day it became mandatory, unless an exemption for the place covers that whole period.
 */
export function ssafeReason(
  ctx: LegContext,
  destination: DestinationState,
  exemptions: ReadonlyMap<string, readonly SsafeExemption[]>,
): Found | null {
  if (!destination.ssafeMandatory) return null;
  const { arrivalOn, departureOn } = ctx.leg;
  const mandatoryFrom = destination.ssafeMandatoryFrom ?? null;
  if (mandatoryFrom !== null && mandatoryFrom > departureOn) return null;
  const from = mandatoryFrom === null ? arrivalOn : maxIsoDate(arrivalOn, mandatoryFrom);
  const exempted = (exemptions.get(destination.locationId) ?? []).some(
    (e) => (!e.validFrom || e.validFrom <= from) && e.validUntil >= departureOn,
  );
  if (exempted) return null;
  return trainingReason(ctx, 'SSAFE', from, 'SSAFE_REQUIRED', 'SSAFE_EXPIRED');
}

/**
 * The staff ceiling [001 §24] is reached when the planned headcount, without this traveller,
 * already equals it on some day of the stay. That refers the request; it never refuses it.
 */
export function ceilingReason(ctx: LegContext, destination: DestinationState): Found | null {
  const ceiling = destination.staffCeiling;
  if (ceiling === null) return null;
  if (destination.staffCeilingAppliesTo === 'international') {
    if (ctx.traveller.category !== 'international') return null;
  }
  const peak = peakHeadcount(destination, ctx.leg);
  if (peak.headcount < ceiling) return null;
  return {
    code: 'STAFF_CEILING_REACHED',
    details: { ceiling, headcount: peak.headcount, peakOn: peak.on },
  };
}

function peakHeadcount(
  destination: DestinationState,
  leg: Leg,
): { headcount: number; on: IsoDate | null } {
  const byDate = destination.headcountByDate;
  if (!byDate) return { headcount: destination.plannedHeadcount, on: null };
  let headcount = -Infinity;
  let on: IsoDate | null = null;
  let daysListed = 0;
  for (const [date, count] of Object.entries(byDate)) {
    if (!isIsoDate(date) || date < leg.arrivalOn || date > leg.departureOn) continue;
    daysListed += 1;
    if (count > headcount || (count === headcount && on !== null && date < on)) {
      headcount = count;
      on = date;
    }
  }
  const stayDays = daysBetween(leg.arrivalOn, leg.departureOn) + 1;
  if (daysListed < stayDays && destination.plannedHeadcount > headcount) {
    return { headcount: destination.plannedHeadcount, on: null };
  }
  return { headcount, on };
}

/**
 * Malicious-acts insurance [004 ¶27]: clearance to a place under a security level is "also
 * necessary to ensure validation of malicious acts insurance policies". Where a level is in
 * force, the traveller's recorded MAIP coverage must last through the departure. Coverage that
 * ends before refers the request to the approver (the seed does not make it a refusal); coverage
 * that is not recorded is said (informational), since Fieldsafe cannot confirm it.
 */
export function maipReason(ctx: LegContext, destination: DestinationState): Found | null {
  if (destination.securityLevel === null) return null;
  const validUntil = ctx.traveller.maipValidUntil ?? null;
  if (validUntil === null) return { code: 'MAIP_NOT_RECORDED', details: {} };
  if (validUntil >= ctx.leg.departureOn) return null;
  return {
    code: 'MAIP_EXPIRED',
    details: { validUntil, neededThrough: ctx.leg.departureOn },
  };
}
