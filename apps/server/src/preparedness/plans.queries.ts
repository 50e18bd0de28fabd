import { CLASSIFIED_KIND_RULES, type Actor, type PlanKind } from '@fieldsafe/core';
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  max,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { classificationVisible } from '../access/classification-sql.ts';
import { rowsOf, type Executor } from '../db/client.ts';
import {
  areas,
  countries,
  organizations,
  people,
  preparednessAcknowledgements as acks,
  preparednessPlans as plans,
  preparednessPlanVersions as versions,
} from '../db/schema/index.ts';

/**
 * The plans an actor may read: those in the scope of their `preparedness.read` grants, and
 * those they were asked to acknowledge.
 */
export function readablePlans(actor: Actor): SQL {
  const scoped = classificationVisible(actor, CLASSIFIED_KIND_RULES.security_plan, {
    classification: plans.classification,
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
  classification: plans.classification,
  sltShareable: plans.sltShareable,
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

export interface PlanListFilter {
  countryId?: string;
  kind?: PlanKind;
  toAcknowledge?: 'true' | 'false';
  page: number;
  pageSize: number;
}

/** A page of the plans the actor may read, by kind and title, and how many there are. */
export async function listPlans(ex: Executor, actor: Actor, q: PlanListFilter) {
  const pending =
    q.toAcknowledge === 'true'
      ? sql`exists (select 1 from ${acks} join ${versions} on ${versions.id} = ${acks.versionId}
          where ${acks.planId} = ${plans.id} and ${acks.personId} = ${actor.personId ?? null}
            and ${acks.acknowledgedAt} is null and ${versions.supersededAt} is null)`
      : undefined;
  const where = and(
    readablePlans(actor),
    pending,
    q.countryId ? eq(plans.countryId, q.countryId) : undefined,
    q.kind ? eq(plans.kind, q.kind) : undefined,
  );
  const [total] = await ex.select({ n: count() }).from(plans).where(where);
  const rows = await planQuery(ex, where)
    .orderBy(asc(plans.kind), asc(plans.title), asc(plans.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { rows, total: total?.n ?? 0 };
}

export async function updatePlan(
  ex: Executor,
  id: string,
  set: Partial<typeof plans.$inferInsert>,
) {
  const [row] = await ex
    .update(plans)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(plans.id, id))
    .returning();
  return row;
}

export async function insertPlan(ex: Executor, values: typeof plans.$inferInsert) {
  const [row] = await ex.insert(plans).values(values).returning();
  if (!row) throw new Error('plan not created');
  return row;
}

// ---- Versions and their acknowledgements ----

export async function findVersion(ex: Executor, id: string) {
  const [v] = await ex.select().from(versions).where(eq(versions.id, id));
  return v;
}

export async function lastVersionNumber(ex: Executor, planId: string) {
  const [last] = await ex
    .select({ n: max(versions.number) })
    .from(versions)
    .where(eq(versions.planId, planId));
  return last?.n ?? 0;
}

/** Marks the plan's current version(s) superseded; their ids. */
export function supersedeCurrent(ex: Executor, planId: string) {
  return ex
    .update(versions)
    .set({ supersededAt: new Date(), updatedAt: new Date() })
    .where(and(eq(versions.planId, planId), isNull(versions.supersededAt)))
    .returning({ id: versions.id });
}

export async function insertVersion(ex: Executor, values: typeof versions.$inferInsert) {
  const [row] = await ex.insert(versions).values(values).returning();
  if (!row) throw new Error('version not created');
  return row;
}

/**
 * Asks every active member of personnel stationed in the version's place (its area, or the
 * whole country) to acknowledge it, once; the ids of those newly asked.
 */
export async function askToAcknowledge(
  ex: Executor,
  v: { id: string; planId: string; countryId: string; areaId: string | null },
) {
  const place = v.areaId
    ? sql`p.area_id = ${v.areaId}::uuid`
    : sql`p.country_id = ${v.countryId}::uuid`;
  const asked = await rowsOf<{ person_id: string }>(
    ex,
    sql`
    insert into preparedness_acknowledgements
      (version_id, plan_id, person_id, country_id, area_id, zone_id, organization_id)
    select ${v.id}::uuid, ${v.planId}::uuid, p.id, p.country_id, p.area_id, p.zone_id, p.organization_id
      from people p
     where p.status = 'active' and p.kind = 'personnel' and ${place}
    on conflict do nothing
    returning person_id`,
  );
  return asked.map((r) => r.person_id);
}

export async function findAck(ex: Executor, versionId: string, personId: string) {
  const [row] = await ex
    .select()
    .from(acks)
    .where(and(eq(acks.versionId, versionId), eq(acks.personId, personId)));
  return row;
}

export async function markAcknowledged(ex: Executor, ackId: string) {
  const [row] = await ex
    .update(acks)
    .set({ acknowledgedAt: new Date() })
    .where(eq(acks.id, ackId))
    .returning();
  return row;
}

/** A page of who was asked to acknowledge a version: those still to do it first. */
export async function acknowledgementsOf(
  ex: Executor,
  versionId: string,
  q: { status: 'all' | 'pending' | 'acknowledged'; page: number; pageSize: number },
) {
  const where = and(
    eq(acks.versionId, versionId),
    q.status === 'pending'
      ? isNull(acks.acknowledgedAt)
      : q.status === 'acknowledged'
        ? isNotNull(acks.acknowledgedAt)
        : undefined,
  );
  const [total] = await ex.select({ n: count() }).from(acks).where(where);
  const rows = await ex
    .select({
      personId: acks.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      organizationCode: organizations.code,
      requestedAt: acks.requestedAt,
      acknowledgedAt: acks.acknowledgedAt,
    })
    .from(acks)
    .innerJoin(people, eq(people.id, acks.personId))
    .leftJoin(organizations, eq(organizations.id, acks.organizationId))
    .where(where)
    .orderBy(desc(sql`${acks.acknowledgedAt} is null`), asc(people.familyName), asc(acks.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { rows, total: total?.n ?? 0 };
}
