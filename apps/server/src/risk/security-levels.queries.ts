import type { Actor } from '@fieldsafe/core';
import { and, asc, desc, eq } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor, Tx } from '../db/client.ts';
import {
  areas,
  clearanceSanctions,
  organizations,
  securityLevelDecisions,
} from '../db/schema/index.ts';

/** The security level decisions of a country the actor may read, newest first. */
export function decisionsOf(ex: Executor, actor: Actor, countryId: string) {
  return ex
    .select({ d: securityLevelDecisions, areaName: areas.name })
    .from(securityLevelDecisions)
    .leftJoin(areas, eq(areas.id, securityLevelDecisions.areaId))
    .where(
      and(
        eq(securityLevelDecisions.countryId, countryId),
        scopeWhere(actor, 'risk.read', {
          countryId: securityLevelDecisions.countryId,
          areaId: securityLevelDecisions.areaId,
        }),
      ),
    )
    .orderBy(desc(securityLevelDecisions.effectiveFrom), desc(securityLevelDecisions.createdAt));
}

export async function insertDecision(tx: Tx, values: typeof securityLevelDecisions.$inferInsert) {
  const [row] = await tx.insert(securityLevelDecisions).values(values).returning();
  return row;
}

/** The clearance sanctions of a country with their organization's code, newest first. */
export function sanctionsOf(ex: Executor, countryId: string) {
  return ex
    .select({ s: clearanceSanctions, organizationCode: organizations.code })
    .from(clearanceSanctions)
    .innerJoin(organizations, eq(organizations.id, clearanceSanctions.organizationId))
    .where(eq(clearanceSanctions.countryId, countryId))
    .orderBy(desc(clearanceSanctions.startsOn), asc(organizations.code));
}

/** A clearance sanction with its organization's code, whoever asks (the caller checks). */
export async function findSanction(ex: Executor, id: string) {
  const [row] = await ex
    .select({ s: clearanceSanctions, organizationCode: organizations.code })
    .from(clearanceSanctions)
    .innerJoin(organizations, eq(organizations.id, clearanceSanctions.organizationId))
    .where(eq(clearanceSanctions.id, id));
  return row;
}

export async function insertSanction(tx: Tx, values: typeof clearanceSanctions.$inferInsert) {
  const [row] = await tx.insert(clearanceSanctions).values(values).returning();
  return row;
}

export async function endSanctionOn(tx: Tx, id: string, endsOn: string) {
  const [row] = await tx
    .update(clearanceSanctions)
    .set({ endsOn, updatedAt: new Date() })
    .where(eq(clearanceSanctions.id, id))
    .returning();
  return row;
}
