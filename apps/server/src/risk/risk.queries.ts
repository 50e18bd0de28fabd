import {
  assessRating,
  CLASSIFIED_KIND_RULES,
  emptyHeatGrid,
  type Actor,
  type RatingValue,
  type RiskRating,
} from '@fieldsafe/core';
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { classificationVisible } from '../access/classification-sql.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import {
  areas,
  countries,
  dutyStations,
  riskAssessments,
  riskThreats,
  risks,
} from '../db/schema/index.ts';

/** Assessments the actor may read: country-wide ones by country, area and station ones by area. */
export function assessmentScope(actor: Actor): SQL {
  return classificationVisible(actor, CLASSIFIED_KIND_RULES.risk_assessment, {
    classification: riskAssessments.classification,
    countryId: riskAssessments.countryId,
    areaId: riskAssessments.areaId,
  });
}

export const current = isNull(riskAssessments.supersededAt);

/** "Port Amara", "Northern Highlands" or the country's name. */
export const locationName = sql<string>`coalesce(${dutyStations.name}, ${areas.name}, ${countries.nameEn})`;

export function rated(likelihood: number, impact: number) {
  const a = assessRating({
    likelihood: likelihood as RatingValue,
    impact: impact as RatingValue,
  });
  return { likelihood, impact, score: a.score, level: a.level };
}

export function ratingOrNull(likelihood: number | null, impact: number | null): RiskRating | null {
  return likelihood === null || impact === null
    ? null
    : { likelihood: likelihood as RatingValue, impact: impact as RatingValue };
}

/** Assessments with their location's name, filtered by `where` and the actor's scope. */
export function selectAssessments(ex: Executor, actor: Actor, where: SQL | undefined) {
  return ex
    .select({ a: riskAssessments, locationName })
    .from(riskAssessments)
    .innerJoin(countries, eq(countries.id, riskAssessments.countryId))
    .leftJoin(
      areas,
      and(eq(areas.id, riskAssessments.areaId), sql`${riskAssessments.locationType} = 'area'`),
    )
    .leftJoin(dutyStations, eq(dutyStations.id, riskAssessments.dutyStationId))
    .where(and(where, assessmentScope(actor)))
    .orderBy(asc(locationName), desc(riskAssessments.version));
}

/** Per assessment: its risks grouped by the rating the acceptance rule looks at. */
export async function ratingCounts(ex: Executor, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return [];
  const l = sql<number>`coalesce(${risks.residualLikelihood}, ${risks.inherentLikelihood})`;
  const i = sql<number>`coalesce(${risks.residualImpact}, ${risks.inherentImpact})`;
  const acc = sql<boolean>`(${risks.acceptedAt} is not null)`;
  return ex
    .select({
      assessmentId: risks.assessmentId,
      likelihood: l,
      impact: i,
      accepted: acc,
      n: sql<number>`count(*)::int`,
    })
    .from(risks)
    .where(inArray(risks.assessmentId, assessmentIds))
    .groupBy(risks.assessmentId, l, i, acc);
}

export interface HeatFilter {
  areaId?: string | undefined;
  dutyStationId?: string | undefined;
}

function placeFilter(countryId: string, f: HeatFilter): SQL | undefined {
  return and(
    eq(riskAssessments.countryId, countryId),
    current,
    f.areaId ? eq(riskAssessments.areaId, f.areaId) : undefined,
    f.dutyStationId ? eq(riskAssessments.dutyStationId, f.dutyStationId) : undefined,
  );
}

/**
 * Counts per cell of the current assessments of a country, inherent and residual, in one
 * aggregate (at most 5⁴ + 5² groups, whatever the number of risks).
 */
export async function heatMapOf(ex: Executor, actor: Actor, countryId: string, f: HeatFilter) {
  const where = and(placeFilter(countryId, f), assessmentScope(actor));
  const [cells, [totals]] = await Promise.all([
    ex
      .select({
        il: risks.inherentLikelihood,
        ii: risks.inherentImpact,
        rl: risks.residualLikelihood,
        ri: risks.residualImpact,
        n: sql<number>`count(*)::int`,
      })
      .from(risks)
      .innerJoin(riskAssessments, eq(riskAssessments.id, risks.assessmentId))
      .where(where)
      .groupBy(
        risks.inherentLikelihood,
        risks.inherentImpact,
        risks.residualLikelihood,
        risks.residualImpact,
      ),
    ex
      .select({ assessments: sql<number>`count(*)::int` })
      .from(riskAssessments)
      .where(where),
  ]);
  const inherent = emptyHeatGrid();
  const residual = emptyHeatGrid();
  let total = 0;
  let residualUnrated = 0;
  for (const c of cells) {
    total += c.n;
    const row = inherent[c.il - 1];
    if (row) row[c.ii - 1] = (row[c.ii - 1] ?? 0) + c.n;
    if (c.rl === null || c.ri === null) residualUnrated += c.n;
    else {
      const r = residual[c.rl - 1];
      if (r) r[c.ri - 1] = (r[c.ri - 1] ?? 0) + c.n;
    }
  }
  return {
    countryId,
    inherent,
    residual,
    total,
    residualUnrated,
    assessments: totals?.assessments ?? 0,
  };
}

/**
 * Every risk of the current assessments of a country, most pressing first (one query), and the
 * assessments they belong to (a second, small one): the location is sent once per assessment,
 * not once per risk.
 */
export async function registerOf(ex: Executor, actor: Actor, countryId: string, f: HeatFilter) {
  const score = sql`coalesce(${risks.residualLikelihood} * ${risks.residualImpact}, ${risks.inherentLikelihood} * ${risks.inherentImpact})`;
  const impact = sql`coalesce(${risks.residualImpact}, ${risks.inherentImpact})`;
  const where = and(placeFilter(countryId, f), assessmentScope(actor));
  const [locations, items] = await Promise.all([
    selectAssessments(ex, actor, placeFilter(countryId, f)),
    ex
      .select({
        id: risks.id,
        assessmentId: risks.assessmentId,
        threatTitle: riskThreats.title,
        threatCategory: riskThreats.category,
        exposed: risks.exposed,
        description: risks.description,
        il: risks.inherentLikelihood,
        ii: risks.inherentImpact,
        rl: risks.residualLikelihood,
        ri: risks.residualImpact,
        strategies: risks.strategies,
        measureCount: sql<number>`jsonb_array_length(${risks.measures})`,
        accepted: sql<boolean>`(${risks.acceptedAt} is not null)`,
      })
      .from(risks)
      .innerJoin(riskAssessments, eq(riskAssessments.id, risks.assessmentId))
      .innerJoin(riskThreats, eq(riskThreats.id, risks.threatId))
      .where(where)
      // No collated text in the sort key: ties keep each assessment's own order (sorting 2,000
      // location names cost more than the rest of the query).
      .orderBy(desc(score), desc(impact), asc(risks.assessmentId), asc(risks.position)),
  ]);
  return { locations, items };
}

/** Areas and duty stations of a country, within the actor's scope, without a current assessment. */
export async function unassessedOf(ex: Executor, actor: Actor, countryId: string) {
  const missing = (key: SQL) =>
    sql`not exists (select 1 from ${riskAssessments} where ${riskAssessments.locationKey} = ${key} and ${riskAssessments.supersededAt} is null)`;
  const [areaRows, stationRows] = await Promise.all([
    ex
      .select({ id: areas.id, name: areas.name, areaId: areas.id })
      .from(areas)
      .where(
        and(
          eq(areas.countryId, countryId),
          scopeWhere(actor, 'risk.read', { countryId: areas.countryId, areaId: areas.id }),
          missing(sql`'area:' || ${areas.id}::text`),
        ),
      )
      .orderBy(asc(areas.name)),
    ex
      .select({ id: dutyStations.id, name: dutyStations.name, areaId: dutyStations.areaId })
      .from(dutyStations)
      .where(
        and(
          eq(dutyStations.countryId, countryId),
          scopeWhere(actor, 'risk.read', {
            countryId: dutyStations.countryId,
            areaId: dutyStations.areaId,
          }),
          missing(sql`'duty_station:' || ${dutyStations.id}::text`),
        ),
      )
      .orderBy(asc(dutyStations.name)),
  ]);
  return [
    ...areaRows.map((r) => ({ locationType: 'area', ...r })),
    ...stationRows.map((r) => ({ locationType: 'duty_station', ...r })),
  ];
}

/** One assessment the actor may read, with its location's name. */
export async function findAssessment(ex: Executor, actor: Actor, id: string) {
  const [row] = await selectAssessments(ex, actor, eq(riskAssessments.id, id));
  return row;
}

/** A country's assessments (of one area; current only unless asked) the actor may read. */
export function assessmentsOf(
  ex: Executor,
  actor: Actor,
  q: { countryId: string; areaId?: string | undefined; includeSuperseded: boolean },
) {
  return selectAssessments(
    ex,
    actor,
    and(
      eq(riskAssessments.countryId, q.countryId),
      q.areaId ? eq(riskAssessments.areaId, q.areaId) : undefined,
      q.includeSuperseded ? undefined : current,
    ),
  );
}

/** Every version of a location's assessment the actor may read. */
export function versionsAt(ex: Executor, actor: Actor, locationKey: string) {
  return selectAssessments(ex, actor, eq(riskAssessments.locationKey, locationKey));
}
