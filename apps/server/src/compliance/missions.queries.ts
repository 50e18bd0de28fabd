import { CLASSIFIED_KIND_RULES, type Actor } from '@fieldsafe/core';
import { and, asc, desc, eq, gte, lt } from 'drizzle-orm';
import { classificationVisible } from '../access/classification-sql.ts';
import type { Executor, Tx } from '../db/client.ts';
import { findById } from '../db/by-id.queries.ts';
import {
  complianceFindings,
  complianceMissions,
  countries,
  nonComplianceCases,
  organizations,
} from '../db/schema/index.ts';

export type FindingRow = typeof complianceFindings.$inferSelect;
type MissionInsert = typeof complianceMissions.$inferInsert;
type FindingInsert = typeof complianceFindings.$inferInsert;
type CaseInsert = typeof nonComplianceCases.$inferInsert;

export function findCountry(ex: Executor, id: string) {
  return findById(ex, countries, id);
}

/** A country's names and ISO code, for a report's heading. */
export async function countryNames(ex: Executor, id: string) {
  const [row] = await ex
    .select({ nameEn: countries.nameEn, nameFr: countries.nameFr, alpha2: countries.alpha2 })
    .from(countries)
    .where(eq(countries.id, id));
  return row;
}

/** The findings of one mission or of one country, with their organization's code, by deadline. */
export function findingsWithOrganization(
  ex: Executor,
  actor: Actor,
  of: { missionId: string } | { countryId: string },
) {
  return ex
    .select({ f: complianceFindings, organizationCode: organizations.code })
    .from(complianceFindings)
    .leftJoin(organizations, eq(organizations.id, complianceFindings.organizationId))
    .where(
      and(
        'missionId' in of
          ? eq(complianceFindings.missionId, of.missionId)
          : eq(complianceFindings.countryId, of.countryId),
        classificationVisible(actor, CLASSIFIED_KIND_RULES.compliance_finding, {
          classification: complianceFindings.classification,
          countryId: complianceFindings.countryId,
          organizationId: complianceFindings.organizationId,
        }),
      ),
    )
    .orderBy(asc(complianceFindings.deadline));
}

export function findMission(ex: Executor, id: string) {
  return findById(ex, complianceMissions, id);
}

/** The ids of a country's missions, newest visit first. */
export function missionIdsOfCountry(ex: Executor, countryId: string) {
  return ex
    .select({ id: complianceMissions.id })
    .from(complianceMissions)
    .where(eq(complianceMissions.countryId, countryId))
    .orderBy(desc(complianceMissions.visitedOn));
}

export async function insertMission(tx: Tx, values: MissionInsert) {
  const [row] = await tx.insert(complianceMissions).values(values).returning();
  return row;
}

export async function updateMission(tx: Tx, id: string, set: Partial<MissionInsert>) {
  const [row] = await tx
    .update(complianceMissions)
    .set(set)
    .where(eq(complianceMissions.id, id))
    .returning();
  return row;
}

export function findOrganization(ex: Executor, id: string) {
  return findById(ex, organizations, id);
}

export async function insertFinding(tx: Tx, values: FindingInsert) {
  const [row] = await tx.insert(complianceFindings).values(values).returning();
  return row;
}

export function findFinding(ex: Executor, id: string) {
  return findById(ex, complianceFindings, id);
}

export async function updateFinding(tx: Tx, id: string, set: Partial<FindingInsert>) {
  const [row] = await tx
    .update(complianceFindings)
    .set(set)
    .where(eq(complianceFindings.id, id))
    .returning();
  return row;
}

/** A country's non-compliance cases, optionally of one year, newest first. */
export function casesOf(ex: Executor, countryId: string, year?: number) {
  return ex
    .select()
    .from(nonComplianceCases)
    .where(
      and(
        eq(nonComplianceCases.countryId, countryId),
        year === undefined ? undefined : gte(nonComplianceCases.occurredOn, `${year}-01-01`),
        year === undefined ? undefined : lt(nonComplianceCases.occurredOn, `${year + 1}-01-01`),
      ),
    )
    .orderBy(desc(nonComplianceCases.occurredOn));
}

export async function insertCase(tx: Tx, values: CaseInsert) {
  const [row] = await tx.insert(nonComplianceCases).values(values).returning();
  return row;
}
