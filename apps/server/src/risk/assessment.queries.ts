import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import {
  mossStatuses,
  people,
  riskAssessments,
  riskGoals,
  riskThreats,
  risks,
  staffCeilings,
} from '../db/schema/index.ts';
import { current } from './risk.queries.ts';

export type AssessmentRow = typeof riskAssessments.$inferSelect;
export type RiskRow = typeof risks.$inferSelect;

// ---- The place of an assessment ----

// Country, area and duty-station lookups: registry/lookups.queries.ts.

// ---- Contents ----

/** The goals, threats and risks of an assessment, in their order. */
export function contentsOf(ex: Executor, assessmentId: string) {
  return Promise.all([
    ex
      .select()
      .from(riskGoals)
      .where(eq(riskGoals.assessmentId, assessmentId))
      .orderBy(asc(riskGoals.position)),
    ex
      .select()
      .from(riskThreats)
      .where(eq(riskThreats.assessmentId, assessmentId))
      .orderBy(asc(riskThreats.position)),
    ex
      .select()
      .from(risks)
      .where(eq(risks.assessmentId, assessmentId))
      .orderBy(asc(risks.position)),
  ]);
}

/**
 * The MOSS statuses recorded at an assessed place (its duty station, its area, or the whole
 * country) for some measures.
 */
export function mossStatusesAt(
  ex: Executor,
  place: { countryId: string; areaId: string | null; dutyStationId: string | null },
  codes: string[],
) {
  if (codes.length === 0) return Promise.resolve([]);
  return ex
    .select({ measureCode: mossStatuses.measureCode, status: mossStatuses.status })
    .from(mossStatuses)
    .where(
      and(
        eq(mossStatuses.countryId, place.countryId),
        place.areaId ? eq(mossStatuses.areaId, place.areaId) : undefined,
        place.dutyStationId ? eq(mossStatuses.dutyStationId, place.dutyStationId) : undefined,
        inArray(mossStatuses.measureCode, codes),
      ),
    );
}

// ---- A new version ----

/** The current version(s) of a location's assessment, locked until the transaction ends. */
export function lockCurrentVersions(tx: Tx, locationKey: string): Promise<AssessmentRow[]> {
  return tx
    .select()
    .from(riskAssessments)
    .where(and(eq(riskAssessments.locationKey, locationKey), current))
    .for('update');
}

/** The highest version number of a location's assessments (0 when none). */
export async function lastVersion(tx: Tx, locationKey: string): Promise<number> {
  const [{ last } = { last: 0 }] = await tx
    .select({ last: max(riskAssessments.version) })
    .from(riskAssessments)
    .where(eq(riskAssessments.locationKey, locationKey));
  return last ?? 0;
}

export async function updateAssessments(
  tx: Tx,
  ids: string[],
  set: Partial<typeof riskAssessments.$inferInsert>,
): Promise<void> {
  await tx.update(riskAssessments).set(set).where(inArray(riskAssessments.id, ids));
}

export async function insertAssessment(tx: Tx, values: typeof riskAssessments.$inferInsert) {
  const [row] = await tx.insert(riskAssessments).values(values).returning();
  return row;
}

/** Inserts goals; returns each one's id by its position. */
export function insertGoals(tx: Tx, values: (typeof riskGoals.$inferInsert)[]) {
  return tx
    .insert(riskGoals)
    .values(values)
    .returning({ id: riskGoals.id, position: riskGoals.position });
}

/** Inserts threats; returns each one's id by its position. */
export function insertThreats(tx: Tx, values: (typeof riskThreats.$inferInsert)[]) {
  return tx
    .insert(riskThreats)
    .values(values)
    .returning({ id: riskThreats.id, position: riskThreats.position });
}

export async function insertRisks(tx: Tx, values: (typeof risks.$inferInsert)[]) {
  await tx.insert(risks).values(values);
}

// ---- Staff ceilings (the store travel clearance reads) ----

/** The ceilings in force at some locations. */
export function ceilingsAt(ex: Executor, locationIds: string[]) {
  return ex
    .select({ locationId: staffCeilings.locationId, ceiling: staffCeilings.ceiling })
    .from(staffCeilings)
    .where(inArray(staffCeilings.locationId, locationIds));
}

export async function ceilingAt(tx: Executor, locationId: string) {
  const [row] = await tx
    .select()
    .from(staffCeilings)
    .where(eq(staffCeilings.locationId, locationId));
  return row;
}

export async function liftCeiling(tx: Executor, locationId: string): Promise<void> {
  await tx.delete(staffCeilings).where(eq(staffCeilings.locationId, locationId));
}

/** Sets a location's ceiling, keeping the scope (`appliesTo`) it had. */
export async function setCeiling(
  tx: Executor,
  locationId: string,
  countryId: string,
  ceiling: number,
): Promise<void> {
  await tx
    .insert(staffCeilings)
    .values({ locationId, countryId, ceiling })
    .onConflictDoUpdate({
      target: staffCeilings.locationId,
      set: { ceiling, updatedAt: new Date() },
    });
}

// ---- Review and acceptance ----

export async function setAssessment(
  tx: Tx,
  id: string,
  set: Partial<typeof riskAssessments.$inferInsert>,
): Promise<void> {
  await tx.update(riskAssessments).set(set).where(eq(riskAssessments.id, id));
}

export async function findRiskOf(tx: Tx, assessmentId: string, riskId: string) {
  const [row] = await tx
    .select()
    .from(risks)
    .where(and(eq(risks.id, riskId), eq(risks.assessmentId, assessmentId)));
  return row;
}

export async function personName(tx: Tx, personId: string) {
  const [row] = await tx
    .select({ given: people.givenName, family: people.familyName })
    .from(people)
    .where(eq(people.id, personId));
  return row;
}

export async function setRisk(
  tx: Tx,
  id: string,
  set: Partial<typeof risks.$inferInsert>,
): Promise<void> {
  await tx.update(risks).set(set).where(eq(risks.id, id));
}
