import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import { findById } from '../db/by-id.queries.ts';
import {
  complianceChecklists,
  complianceFindings,
  complianceSpotChecks,
  countries,
  organizations,
} from '../db/schema/index.ts';

type ChecklistInsert = typeof complianceChecklists.$inferInsert;
type SpotCheckInsert = typeof complianceSpotChecks.$inferInsert;
export type ChecklistRow = typeof complianceChecklists.$inferSelect;

/** A mission's checklists with their organization's code, in the order they were added. */
export function checklistsOfMission(ex: Executor, missionId: string) {
  return ex
    .select({ c: complianceChecklists, organizationCode: organizations.code })
    .from(complianceChecklists)
    .leftJoin(organizations, eq(organizations.id, complianceChecklists.organizationId))
    .where(eq(complianceChecklists.missionId, missionId))
    .orderBy(asc(complianceChecklists.createdAt), asc(complianceChecklists.id));
}

export function findChecklist(ex: Executor, id: string) {
  return findById(ex, complianceChecklists, id);
}

export async function insertChecklist(tx: Tx, values: ChecklistInsert) {
  const [row] = await tx.insert(complianceChecklists).values(values).returning();
  return row;
}

export async function updateChecklist(tx: Tx, id: string, set: Partial<ChecklistInsert>) {
  const [row] = await tx
    .update(complianceChecklists)
    .set(set)
    .where(eq(complianceChecklists.id, id))
    .returning();
  return row;
}

/** A country's spot checks, newest first. */
export function spotChecksOf(ex: Executor, countryId: string) {
  return ex
    .select()
    .from(complianceSpotChecks)
    .where(eq(complianceSpotChecks.countryId, countryId))
    .orderBy(desc(complianceSpotChecks.checkedOn), desc(complianceSpotChecks.createdAt));
}

export async function insertSpotCheck(tx: Tx, values: SpotCheckInsert) {
  const [row] = await tx.insert(complianceSpotChecks).values(values).returning();
  return row;
}

/**
 * Every compliance finding in the system (optionally those whose deadline falls in the years
 * asked for), with its country's names: the system-wide implementation rate reads them all.
 */
export function findingsOfAllCountries(
  ex: Executor,
  range: { fromYear?: number; toYear?: number },
) {
  return ex
    .select({
      f: {
        id: complianceFindings.id,
        countryId: complianceFindings.countryId,
        severity: complianceFindings.severity,
        deadline: complianceFindings.deadline,
        closedOn: complianceFindings.closedOn,
        evidence: complianceFindings.evidence,
        verifiedBy: complianceFindings.verifiedBy,
      },
      nameEn: countries.nameEn,
      nameFr: countries.nameFr,
      alpha2: countries.alpha2,
    })
    .from(complianceFindings)
    .innerJoin(countries, eq(countries.id, complianceFindings.countryId))
    .where(
      and(
        range.fromYear === undefined
          ? undefined
          : gte(complianceFindings.deadline, `${range.fromYear}-01-01`),
        range.toYear === undefined
          ? undefined
          : lte(complianceFindings.deadline, `${range.toYear}-12-31`),
      ),
    );
}
