import type { Actor } from '@fieldsafe/core';
import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import {
  areas,
  countries,
  preparednessAcknowledgements as acks,
  preparednessPlans as plans,
  preparednessPlanVersions as versions,
} from '../db/schema/index.ts';

/**
 * The plans an actor may read: those in the scope of their `preparedness.read` grants, and
 * those they were asked to acknowledge.
 */
export function readablePlans(actor: Actor): SQL {
  const scoped = scopeWhere(actor, 'preparedness.read', {
    countryId: plans.countryId,
    areaId: plans.areaId,
  });
  if (!actor.personId) return scoped;
  const asked = sql`exists (select 1 from ${acks} where ${acks.planId} = ${plans.id} and ${acks.personId} = ${actor.personId})`;
  return or(scoped, asked) ?? scoped;
}

export const planColumns = {
  id: plans.id,
  countryId: plans.countryId,
  countryName: countries.nameEn,
  areaId: plans.areaId,
  areaName: areas.name,
  kind: plans.kind,
  title: plans.title,
  owner: plans.owner,
};

export function planQuery(ex: Executor, where: SQL | undefined) {
  return ex
    .select(planColumns)
    .from(plans)
    .innerJoin(countries, eq(countries.id, plans.countryId))
    .leftJoin(areas, eq(areas.id, plans.areaId))
    .where(where);
}

export async function findPlan(ex: Executor, actor: Actor, id: string) {
  const [row] = await planQuery(ex, and(eq(plans.id, id), readablePlans(actor)));
  return row;
}

export interface Progress {
  requested: number;
  acknowledged: number;
  rate: number | null;
}

/** Requested and acknowledged counts per version. */
export async function progressOf(ex: Executor, versionIds: string[]) {
  const out = new Map<string, Progress>();
  if (versionIds.length === 0) return out;
  const rows = await ex
    .select({
      versionId: acks.versionId,
      requested: sql<number>`count(*)::int`,
      acknowledged: sql<number>`count(${acks.acknowledgedAt})::int`,
    })
    .from(acks)
    .where(inArray(acks.versionId, versionIds))
    .groupBy(acks.versionId);
  for (const r of rows) {
    out.set(r.versionId, {
      requested: r.requested,
      acknowledged: r.acknowledged,
      rate: r.requested ? r.acknowledged / r.requested : null,
    });
  }
  return out;
}

export const NO_PROGRESS: Progress = { requested: 0, acknowledged: 0, rate: null };

export async function versionsOf(ex: Executor, planIds: string[]) {
  if (planIds.length === 0) return [];
  return ex
    .select()
    .from(versions)
    .where(inArray(versions.planId, planIds))
    .orderBy(desc(versions.number));
}

/** The signed-in person's acknowledgement rows for these plans. */
export async function myAcks(ex: Executor, personId: string | null, planIds: string[]) {
  if (!personId || planIds.length === 0) return [];
  return ex
    .select({
      planId: acks.planId,
      versionId: acks.versionId,
      acknowledgedAt: acks.acknowledgedAt,
    })
    .from(acks)
    .where(and(eq(acks.personId, personId), inArray(acks.planId, planIds)));
}
