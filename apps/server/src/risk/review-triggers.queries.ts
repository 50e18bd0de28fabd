import { flagCauseInEnglish, type FlagCause } from '@fieldsafe/core';
import { and, eq, isNull, or, sql, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { riskAssessments } from '../db/schema/index.ts';

/**
 * A place whose current assessments should be reviewed: a country, an area or a duty station
 * (ids, or placeholders of them in a statement built once per shape).
 */
export interface ReviewPlace<V = string> {
  countryId: V;
  /** Set: the assessments of this area and of its duty stations; unset: the whole country. */
  areaId?: V | null;
  /** Set: the assessment of this duty station and that of its area (when `areaId` is given). */
  dutyStationId?: V | null;
}

/**
 * Flags the current assessments of a place for review, with its cause (re-assessment triggers:
 * a new security level, an incident recorded there), worded by each reader. Runs in the caller's transaction; returns
 * the ids flagged so the caller can audit them. For other capabilities (incidents) to call;
 * `keepExistingFlags` flags only those not yet flagged (and returns only those).
 */
export async function flagAssessmentsForReview(
  ex: Executor,
  place: ReviewPlace,
  cause: FlagCause,
  options: { keepExistingFlags?: boolean } = {},
): Promise<string[]> {
  const rows = await flagAssessmentsQuery(ex, place, cause, options);
  return rows.map((r) => r.id);
}

/** What a flag writes: the reason in English, the cause (JSON) and the time. */
export interface FlagValues<V = string> {
  reason: V;
  cause: V;
  at: V;
}

/** The values of a flag for `cause`, flagged now. */
export function flagValues(cause: FlagCause): FlagValues {
  return {
    reason: flagCauseInEnglish(cause),
    cause: JSON.stringify(cause),
    at: new Date().toISOString(),
  };
}

/** The UPDATE … RETURNING id of `flagAssessmentsForReview`, to run or to embed in a statement. */
export function flagAssessmentsQuery(
  ex: Executor,
  place: ReviewPlace,
  cause: FlagCause,
  options: { keepExistingFlags?: boolean } = {},
) {
  return flagAssessmentsSql(ex, place, flagValues(cause), options);
}

/**
 * `flagAssessmentsQuery` of a place and flag values given as strings or as placeholders (a
 * statement built once per shape: which of area and duty station are set).
 */
export function flagAssessmentsSql(
  ex: Executor,
  place: ReviewPlace<string | SQLWrapper>,
  v: FlagValues<string | SQLWrapper>,
  options: { keepExistingFlags?: boolean } = {},
) {
  const inPlace = place.dutyStationId
    ? or(
        eq(riskAssessments.dutyStationId, place.dutyStationId),
        place.areaId
          ? and(eq(riskAssessments.locationType, 'area'), eq(riskAssessments.areaId, place.areaId))
          : undefined,
      )
    : place.areaId
      ? eq(riskAssessments.areaId, place.areaId)
      : undefined;
  const where = and(
    eq(riskAssessments.countryId, place.countryId),
    isNull(riskAssessments.supersededAt),
    inPlace,
    // An incident leaves an assessment already awaiting review as it is: reports in one country
    // would otherwise all rewrite (and queue on the row locks of) the same assessment rows.
    options.keepExistingFlags ? eq(riskAssessments.flaggedForReview, false) : undefined,
  );
  return ex
    .update(riskAssessments)
    .set({
      flaggedForReview: true,
      flagReason: sql`${v.reason}`,
      flagCause: sql`${v.cause}::jsonb`,
      flaggedAt: sql`${v.at}::timestamptz`,
    })
    .where(where)
    .returning({ id: riskAssessments.id });
}
