import { daysBetween } from '../dates.ts';

/**
 * Surge deployments (SPEC §7; seed 003 ¶155–163). The Department of Safety and Security warrants
 * a surge deployment in the circumstances of seed 003 ¶155; deployments are "normally launched
 * within 24 hours", the main delay factor being visas (¶163); deployment days and direct costs
 * (staff and travel, whole US dollars) are what headquarters reports on (¶158–160).
 */
export const SURGE_REASONS = [
  'security_emergency',
  'capacity_reinforcement',
  'temporary_coverage',
  'humanitarian_emergency',
  'hostage_abduction',
  'other_directed',
] as const;
export type SurgeReason = (typeof SURGE_REASONS)[number];

export const SURGE_REQUEST_STATUSES = [
  'open',
  'partly_staffed',
  'fully_staffed',
  'closed',
  'cancelled',
] as const;
export type SurgeRequestStatus = (typeof SURGE_REQUEST_STATUSES)[number];

/** Stored availability of a roster officer; `deployed` is derived from deployments in force. */
export const ROSTER_AVAILABILITY = ['available', 'unavailable'] as const;
export type RosterAvailability = (typeof ROSTER_AVAILABILITY)[number];
export type RosterStatus = RosterAvailability | 'deployed';

/** Seed 003 ¶163: "Surge deployments are normally launched within 24 hours". */
export const SURGE_LAUNCH_TARGET_HOURS = 24;

const HOUR_MS = 3_600_000;

/** Hours from the request to the officer's arrival, one decimal; negative when pre-positioned. */
export function launchHours(requestedAt: Date, startAt: Date): number {
  return Math.round(((startAt.getTime() - requestedAt.getTime()) / HOUR_MS) * 10) / 10;
}

/** Launched within 24 h: start − request ≤ 24 h (an officer already there counts as launched). */
export function launchedWithinTarget(requestedAt: Date, startAt: Date): boolean {
  return startAt.getTime() - requestedAt.getTime() <= SURGE_LAUNCH_TARGET_HOURS * HOUR_MS;
}

/**
 * Deployment days, counted inclusively from the arrival date to the end date (arrive and leave
 * the same day: 1 day). An open-ended deployment counts up to `asOf`; before it starts, 0.
 */
export function deploymentDays(startDate: string, endDate: string | null, asOf: string): number {
  const last = endDate ?? asOf;
  if (last < startDate) return 0;
  return daysBetween(startDate, last) + 1;
}

/** Days between asking for the visa and getting it; null when not needed or not yet obtained. */
export function visaDelayDays(
  visaNeeded: boolean,
  requestedOn: string | null,
  obtainedOn: string | null,
): number | null {
  if (!visaNeeded || !requestedOn || !obtainedOn) return null;
  return Math.max(0, daysBetween(requestedOn, obtainedOn));
}

/** Whether two date ranges share a day; a null end is open-ended. */
export function periodsOverlap(
  a: { from: string; until: string | null },
  b: { from: string; until: string | null },
): boolean {
  const aEndsBeforeB = a.until !== null && a.until < b.from;
  const bEndsBeforeA = b.until !== null && b.until < a.from;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/** A request's status after its deployments change: closed and cancelled requests stay so. */
export function requestStatusAfter(
  current: SurgeRequestStatus,
  officersNeeded: number,
  deployed: number,
): SurgeRequestStatus {
  if (current === 'closed' || current === 'cancelled') return current;
  if (deployed <= 0) return 'open';
  return deployed >= officersNeeded ? 'fully_staffed' : 'partly_staffed';
}

/** Status of a roster officer on a day. */
export function rosterStatus(
  availability: RosterAvailability,
  deployedToday: boolean,
): RosterStatus {
  if (deployedToday) return 'deployed';
  return availability;
}

export interface DeploymentFacts {
  reason: SurgeReason;
  days: number;
  costUsd: number;
  launchedWithin24h: boolean;
  visaDelayDays: number | null;
}

export interface SurgeReasonStatistics {
  reason: SurgeReason;
  deployments: number;
  totalDays: number;
  averageDays: number;
  totalCostUsd: number;
  /** Share launched within 24 h, in per cent (whole number), null when there is none. */
  launchedWithin24hPercent: number | null;
  /** Average visa delay in days (one decimal) over deployments that needed and got a visa. */
  averageVisaDelayDays: number | null;
  visasCounted: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Statistics by reason, in the order of SURGE_REASONS, only reasons with deployments. */
export function surgeStatistics(deployments: readonly DeploymentFacts[]): {
  byReason: SurgeReasonStatistics[];
  total: Omit<SurgeReasonStatistics, 'reason'>;
} {
  const summarise = (rows: readonly DeploymentFacts[]): Omit<SurgeReasonStatistics, 'reason'> => {
    const visas = rows.flatMap((r) => (r.visaDelayDays === null ? [] : [r.visaDelayDays]));
    const totalDays = rows.reduce((s, r) => s + r.days, 0);
    return {
      deployments: rows.length,
      totalDays,
      averageDays: rows.length ? round1(totalDays / rows.length) : 0,
      totalCostUsd: rows.reduce((s, r) => s + r.costUsd, 0),
      launchedWithin24hPercent: rows.length
        ? Math.round((rows.filter((r) => r.launchedWithin24h).length * 100) / rows.length)
        : null,
      averageVisaDelayDays: visas.length
        ? round1(visas.reduce((s, d) => s + d, 0) / visas.length)
        : null,
      visasCounted: visas.length,
    };
  };
  const byReason = SURGE_REASONS.flatMap((reason) => {
    const rows = deployments.filter((d) => d.reason === reason);
    return rows.length ? [{ reason, ...summarise(rows) }] : [];
  });
  return { byReason, total: summarise(deployments) };
}
