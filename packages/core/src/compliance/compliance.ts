import { exactRate, type ExactRate } from './rate.ts';

/** Implementation status of one MOSS or residential measure at one location (SPEC §3). */
export const MEASURE_STATUSES = [
  'implemented',
  'partially_implemented',
  'not_implemented',
  'not_applicable',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * How much each status counts towards the compliance rate, in halves: an implemented measure
 * counts 2/2, a partially implemented one 1/2 (half), a measure not implemented 0/2. A measure
 * that does not apply is left out of both numerator and denominator.
 */
export const STATUS_HALVES: Readonly<Record<MeasureStatus, number | null>> = {
  implemented: 2,
  partially_implemented: 1,
  not_implemented: 0,
  not_applicable: null,
};

export function isMeasureStatus(value: unknown): value is MeasureStatus {
  return typeof value === 'string' && (MEASURE_STATUSES as readonly string[]).includes(value);
}

export type StatusCounts = Record<MeasureStatus, number>;

export interface ComplianceSummary {
  counts: StatusCounts;
  /** Measures that apply: every status except `not_applicable`. */
  applicable: number;
  /** (implemented + ½ partially implemented) ÷ applicable; null when nothing applies. */
  rate: ExactRate | null;
}

export function countStatuses(statuses: readonly MeasureStatus[]): StatusCounts {
  const counts: StatusCounts = {
    implemented: 0,
    partially_implemented: 0,
    not_implemented: 0,
    not_applicable: 0,
  };
  for (const status of statuses) counts[status] += 1;
  return counts;
}

export function summarizeCompliance(statuses: readonly MeasureStatus[]): ComplianceSummary {
  const counts = countStatuses(statuses);
  let halves = 0;
  let applicable = 0;
  for (const status of MEASURE_STATUSES) {
    const weight = STATUS_HALVES[status];
    if (weight === null) continue;
    applicable += counts[status];
    halves += weight * counts[status];
  }
  return { counts, applicable, rate: exactRate(halves, 2 * applicable) };
}

/**
 * Compliance rate = implemented ÷ applicable, a partially implemented measure counting half.
 * Null when no measure applies (an empty list, or all `not_applicable`), never NaN.
 */
export function complianceRate(statuses: readonly MeasureStatus[]): ExactRate | null {
  return summarizeCompliance(statuses).rate;
}

/** One measure's status at one location of one organization in one country. */
export interface MeasureStatusRow {
  measureCode: string;
  status: MeasureStatus;
  locationId: string;
  organizationId: string;
  countryId: string;
}

export type ComplianceGroupKey = 'locationId' | 'organizationId' | 'countryId';

export interface GroupCompliance {
  key: string;
  summary: ComplianceSummary;
}

/** Compliance per distinct value of `key`, sorted by that value. */
export function complianceBy(
  rows: readonly MeasureStatusRow[],
  key: ComplianceGroupKey,
): GroupCompliance[] {
  const groups = new Map<string, MeasureStatus[]>();
  for (const row of rows) {
    const value = row[key];
    const statuses = groups.get(value);
    if (statuses === undefined) groups.set(value, [row.status]);
    else statuses.push(row.status);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([value, statuses]) => ({ key: value, summary: summarizeCompliance(statuses) }));
}

export function complianceByLocation(rows: readonly MeasureStatusRow[]): GroupCompliance[] {
  return complianceBy(rows, 'locationId');
}

export function complianceByOrganization(rows: readonly MeasureStatusRow[]): GroupCompliance[] {
  return complianceBy(rows, 'organizationId');
}

export function complianceByCountry(rows: readonly MeasureStatusRow[]): GroupCompliance[] {
  return complianceBy(rows, 'countryId');
}
