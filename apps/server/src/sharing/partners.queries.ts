import type { Actor } from '@fieldsafe/core';
import { and, asc, desc, eq, gte, isNull, lte, ne, or, sql, type AnyColumn } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import {
  countries,
  crises,
  crisisLog,
  incidents,
  preparednessPlans as plans,
  preparednessPlanVersions as versions,
  riskAssessments,
  sltPartners,
  travelAdvisories,
} from '../db/schema/index.ts';
import { selectAssessments } from '../risk/risk.queries.ts';

type PartnerInsert = typeof sltPartners.$inferInsert;
export type PartnerRow = typeof sltPartners.$inferSelect;

export function partnersOf(ex: Executor, countryId: string) {
  return ex
    .select()
    .from(sltPartners)
    .where(eq(sltPartners.countryId, countryId))
    .orderBy(asc(sltPartners.name));
}

export async function findPartner(ex: Executor, id: string) {
  const [row] = await ex.select().from(sltPartners).where(eq(sltPartners.id, id));
  return row;
}

export async function insertPartner(tx: Tx, values: PartnerInsert) {
  const [row] = await tx.insert(sltPartners).values(values).returning();
  return row;
}

export async function updatePartner(tx: Tx, id: string, set: Partial<PartnerInsert>) {
  const [row] = await tx
    .update(sltPartners)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(sltPartners.id, id))
    .returning();
  return row;
}

/** Candidates for sharing: public, or marked shareable with SLT partners by their author. */
const candidate = (t: { classification: AnyColumn; sltShareable: AnyColumn }) =>
  or(eq(t.classification, 'public'), eq(t.sltShareable, true));

/**
 * Incidents per month and category in the country since `from`, of every level but confidential:
 * counts only, never a description, place or person.
 */
export function incidentTrends(ex: Executor, countryId: string, from: Date) {
  const month = sql<string>`to_char(date_trunc('month', ${incidents.occurredAt} at time zone 'UTC'), 'YYYY-MM')`;
  return ex
    .select({ month, category: incidents.category, incidents: sql<number>`count(*)::int` })
    .from(incidents)
    .where(
      and(
        eq(incidents.countryId, countryId),
        gte(incidents.occurredAt, from),
        ne(incidents.status, 'draft'),
        ne(incidents.classification, 'confidential'),
      ),
    )
    .groupBy(month, incidents.category)
    .orderBy(desc(month), asc(incidents.category));
}

export function advisoriesInForce(ex: Executor, countryId: string, day: string) {
  return ex
    .select({
      title: travelAdvisories.title,
      body: travelAdvisories.body,
      validFrom: travelAdvisories.validFrom,
      validUntil: travelAdvisories.validUntil,
    })
    .from(travelAdvisories)
    .where(
      and(
        eq(travelAdvisories.countryId, countryId),
        lte(travelAdvisories.validFrom, day),
        or(isNull(travelAdvisories.validUntil), gte(travelAdvisories.validUntil, day)),
      ),
    )
    .orderBy(desc(travelAdvisories.validFrom));
}

/** The current assessments of the country the actor may read that are candidates for sharing. */
export async function shareableAssessments(ex: Executor, actor: Actor, countryId: string) {
  const rows = await selectAssessments(
    ex,
    actor,
    and(
      eq(riskAssessments.countryId, countryId),
      isNull(riskAssessments.supersededAt),
      candidate(riskAssessments),
    ),
  );
  return rows.map(({ a, locationName }) => ({
    title: a.title,
    locationName,
    assessedOn: a.assessedOn,
    reviewDue: a.reviewDue,
    summary: a.summary,
    classification: a.classification,
    sltShareable: a.sltShareable,
  }));
}

export function shareablePlans(ex: Executor, countryId: string) {
  return ex
    .select({
      kind: plans.kind,
      title: plans.title,
      summary: versions.summary,
      classification: plans.classification,
      sltShareable: plans.sltShareable,
    })
    .from(plans)
    .leftJoin(versions, and(eq(versions.planId, plans.id), isNull(versions.supersededAt)))
    .where(and(eq(plans.countryId, countryId), candidate(plans)))
    .orderBy(asc(plans.kind), asc(plans.title));
}

export function shareableCrisisLogs(ex: Executor, countryId: string) {
  return ex
    .select({
      crisisTitle: crises.title,
      kind: crisisLog.kind,
      text: crisisLog.text,
      at: crisisLog.at,
      classification: crisisLog.classification,
      sltShareable: crisisLog.sltShareable,
    })
    .from(crisisLog)
    .innerJoin(crises, eq(crises.id, crisisLog.crisisId))
    .where(and(eq(crises.countryId, countryId), candidate(crisisLog)))
    .orderBy(desc(crisisLog.at))
    .limit(200);
}

export async function countryName(ex: Executor, id: string) {
  const [row] = await ex
    .select({ name: countries.nameEn })
    .from(countries)
    .where(eq(countries.id, id));
  return row?.name;
}
