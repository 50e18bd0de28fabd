import { can, reviewOverdue, type PlanKind } from '@fieldsafe/core';
import { and, asc, count, desc, eq, isNotNull, isNull, max, sql } from 'drizzle-orm';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import {
  documents,
  organizations,
  people,
  preparednessAcknowledgements as acks,
  preparednessPlans as plans,
  preparednessPlanVersions as versions,
} from '../db/schema/index.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, invalid, notFound } from '../http/errors.ts';
import { enqueueNotice } from '../messaging/queue.ts';
import { holdsIn, resolvePlace } from './place.ts';
import {
  findPlan,
  myAcks,
  NO_PROGRESS,
  planQuery,
  progressOf,
  readablePlans,
  versionsOf,
} from './plans.queries.ts';
import type { PlanInput, VersionInput } from './plans.schema.ts';

type Keys = { countryId: string; areaId: string | null };
const mayManage = (actor: RequestActor, p: Keys) => can(actor, 'preparedness.manage', p);
const maySeeProgress = (actor: RequestActor, p: Keys) =>
  can(actor, 'preparedness.read', p) || mayManage(actor, p);

/**
 * Asks every active member of personnel stationed in the plan's place (its area, or the whole
 * country) to acknowledge the version, once; tells them in the app. Returns how many were new.
 */
export async function distributeVersion(
  tx: Executor,
  v: { id: string; planId: string; number: number; countryId: string; areaId: string | null },
  title: string,
) {
  const place = v.areaId
    ? sql`p.area_id = ${v.areaId}::uuid`
    : sql`p.country_id = ${v.countryId}::uuid`;
  const result = (await tx.execute(sql`
    insert into preparedness_acknowledgements
      (version_id, plan_id, person_id, country_id, area_id, zone_id, organization_id)
    select ${v.id}::uuid, ${v.planId}::uuid, p.id, p.country_id, p.area_id, p.zone_id, p.organization_id
      from people p
     where p.status = 'active' and p.kind = 'personnel' and ${place}
    on conflict do nothing
    returning person_id`)) as unknown as { rows: { person_id: string }[] };
  const ids = result.rows.map((r) => r.person_id);
  await enqueueNotice(tx, ids, {
    name: 'plan.acknowledge',
    params: { title, number: v.number },
    link: `/preparedness/plans/${v.planId}`,
    cause: `security-plan-version:${v.id}`,
    countryId: v.countryId,
  });
  return ids.length;
}

export function createPlanService(db: Db) {
  async function detail(actor: RequestActor, id: string) {
    const plan = await findPlan(db, actor, id);
    if (!plan) throw notFound('Security plan');
    const rows = await versionsOf(db, [id]);
    const progress = await progressOf(
      db,
      rows.map((v) => v.id),
    );
    const day = today();
    const current = rows.find((v) => v.supersededAt === null);
    const mine = (await myAcks(db, actor.personId, [id])).find((a) => a.versionId === current?.id);
    const seeProgress = maySeeProgress(actor, plan);
    return {
      ...plan,
      kind: plan.kind as PlanKind,
      versions: rows.map((v) => ({
        id: v.id,
        planId: v.planId,
        number: v.number,
        summary: v.summary,
        body: v.body,
        documentId: v.documentId,
        approvedBy: v.approvedBy,
        approvedOn: v.approvedOn,
        nextReviewOn: v.nextReviewOn,
        reviewOverdue: v.supersededAt === null && reviewOverdue(v.nextReviewOn, day),
        current: v.supersededAt === null,
        supersededAt: v.supersededAt,
        createdAt: v.createdAt,
        progress: seeProgress ? (progress.get(v.id) ?? NO_PROGRESS) : NO_PROGRESS,
      })),
      mine:
        mine && current
          ? { versionId: current.id, number: current.number, acknowledgedAt: mine.acknowledgedAt }
          : null,
      abilities: { canEdit: mayManage(actor, plan), canSeeProgress: seeProgress },
    };
  }

  async function versionFor(actor: RequestActor, versionId: string) {
    const [v] = await db.select().from(versions).where(eq(versions.id, versionId));
    if (!v) throw notFound('Plan version');
    const plan = await findPlan(db, actor, v.planId);
    if (!plan) throw notFound('Plan version');
    return { v, plan };
  }

  return {
    detail,

    /** Plans the actor may read, with the current version and its acknowledgement progress. */
    async list(
      actor: RequestActor,
      q: {
        countryId?: string;
        kind?: PlanKind;
        toAcknowledge?: 'true' | 'false';
        page: number;
        pageSize: number;
      },
    ) {
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
      const [total] = await db.select({ n: count() }).from(plans).where(where);
      const rows = await planQuery(db, where)
        .orderBy(asc(plans.kind), asc(plans.title), asc(plans.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      const ids = rows.map((r) => r.id);
      const all = await versionsOf(db, ids);
      const current = all.filter((v) => v.supersededAt === null);
      const progress = await progressOf(
        db,
        current.map((v) => v.id),
      );
      const mine = await myAcks(db, actor.personId, ids);
      const day = today();
      return {
        items: rows.map((p) => {
          const v = current.find((x) => x.planId === p.id);
          const m = v && mine.find((a) => a.versionId === v.id);
          return {
            ...p,
            kind: p.kind as PlanKind,
            current: v
              ? {
                  id: v.id,
                  number: v.number,
                  approvedOn: v.approvedOn,
                  nextReviewOn: v.nextReviewOn,
                  reviewOverdue: reviewOverdue(v.nextReviewOn, day),
                  progress: maySeeProgress(actor, p)
                    ? (progress.get(v.id) ?? NO_PROGRESS)
                    : NO_PROGRESS,
                }
              : null,
            mine:
              v && m
                ? { versionId: v.id, number: v.number, acknowledgedAt: m.acknowledgedAt }
                : null,
            abilities: { canEdit: mayManage(actor, p) },
          };
        }),
        page: q.page,
        pageSize: q.pageSize,
        total: total?.n ?? 0,
        abilities: {
          canCreate: q.countryId ? holdsIn(actor, 'preparedness.manage', q.countryId) : false,
        },
      };
    },

    async create(actor: RequestActor, input: PlanInput) {
      const place = await resolvePlace(db, input);
      if (!can(actor, 'preparedness.read', place) && !mayManage(actor, place))
        throw notFound('Country');
      if (!mayManage(actor, place))
        throw forbidden('Only the DO or a security adviser manage the security plans here');
      if (input.kind === 'area' && !place.areaId)
        throw invalid('areaId', 'an area security plan needs its area');
      const id = await audited(db, actor, async (tx) => {
        const [row] = await tx
          .insert(plans)
          .values({ ...input, areaId: place.areaId, createdBy: actor.userId })
          .returning();
        if (!row) throw new Error('plan not created');
        return {
          result: row.id,
          audit: {
            action: 'security_plan.create',
            entity: 'preparedness_plan',
            entityId: row.id,
            countryId: row.countryId,
            after: row,
          },
        };
      });
      return detail(actor, id);
    },

    /** Publishes a new version: it supersedes the current one and, by default, is distributed. */
    async publish(actor: RequestActor, planId: string, input: VersionInput) {
      const plan = await findPlan(db, actor, planId);
      if (!plan) throw notFound('Security plan');
      if (!mayManage(actor, plan))
        throw forbidden('Only the DO or a security adviser publish security plans here');
      if (input.documentId) {
        const [doc] = await db
          .select({ id: documents.id })
          .from(documents)
          .where(eq(documents.id, input.documentId));
        if (!doc) throw invalid('documentId', 'unknown document');
      }
      if (!input.body && !input.documentId)
        throw invalid('body', 'give the plan text or attach its document');
      await audited(db, actor, async (tx) => {
        const [last] = await tx
          .select({ n: max(versions.number) })
          .from(versions)
          .where(eq(versions.planId, planId));
        const number = (last?.n ?? 0) + 1;
        const superseded = await tx
          .update(versions)
          .set({ supersededAt: new Date(), updatedAt: new Date() })
          .where(and(eq(versions.planId, planId), isNull(versions.supersededAt)))
          .returning({ id: versions.id });
        const { distribute: send, ...fields } = input;
        const [row] = await tx
          .insert(versions)
          .values({
            ...fields,
            planId,
            countryId: plan.countryId,
            areaId: plan.areaId,
            number,
            publishedBy: actor.userId,
          })
          .returning();
        if (!row) throw new Error('version not created');
        const asked = send ? await distributeVersion(tx, row, plan.title) : 0;
        return {
          result: row,
          audit: [
            {
              action: 'security_plan.publish',
              entity: 'preparedness_plan_version',
              entityId: row.id,
              countryId: plan.countryId,
              after: { ...row, distributedTo: asked, supersedes: superseded.map((s) => s.id) },
            },
          ],
        };
      });
      return detail(actor, planId);
    },

    /** Asks those of the plan's place not yet asked (e.g. newcomers) to acknowledge the version. */
    async distribute(actor: RequestActor, versionId: string) {
      const { v, plan } = await versionFor(actor, versionId);
      if (!mayManage(actor, plan))
        throw forbidden('Only the DO or a security adviser distribute security plans here');
      if (v.supersededAt) throw conflict('This version was superseded; distribute the current one');
      const newlyAsked = await audited(db, actor, async (tx) => {
        const n = await distributeVersion(tx, v, plan.title);
        return {
          result: n,
          audit: {
            action: 'security_plan.distribute',
            entity: 'preparedness_plan_version',
            entityId: v.id,
            countryId: v.countryId,
            after: { newlyAsked: n },
          },
        };
      });
      const progress = (await progressOf(db, [v.id])).get(v.id) ?? NO_PROGRESS;
      return { versionId: v.id, newlyAsked, progress };
    },

    /** The signed-in person acknowledges a version they were asked to; nobody else can. */
    async acknowledge(actor: RequestActor, versionId: string) {
      const { v } = await versionFor(actor, versionId);
      if (!actor.personId) throw forbidden('Only a person asked to acknowledge the plan may');
      const [mine] = await db
        .select()
        .from(acks)
        .where(and(eq(acks.versionId, v.id), eq(acks.personId, actor.personId)));
      if (!mine) throw forbidden('You were not asked to acknowledge this plan version');
      if (v.supersededAt)
        throw conflict('This version was superseded; acknowledge the current version');
      if (mine.acknowledgedAt)
        return { versionId: v.id, planId: v.planId, acknowledgedAt: mine.acknowledgedAt };
      return audited(db, actor, async (tx) => {
        const [row] = await tx
          .update(acks)
          .set({ acknowledgedAt: new Date() })
          .where(eq(acks.id, mine.id))
          .returning();
        if (!row?.acknowledgedAt) throw new Error('acknowledgement not recorded');
        return {
          result: { versionId: v.id, planId: v.planId, acknowledgedAt: row.acknowledgedAt },
          audit: {
            action: 'security_plan.acknowledge',
            entity: 'preparedness_plan_version',
            entityId: v.id,
            countryId: v.countryId,
            after: { personId: actor.personId, acknowledgedAt: row.acknowledgedAt },
          },
        };
      });
    },

    /** Who was asked to acknowledge a version and who did, for those who follow the plan. */
    async acknowledgements(
      actor: RequestActor,
      versionId: string,
      q: { status: 'all' | 'pending' | 'acknowledged'; page: number; pageSize: number },
    ) {
      const { v, plan } = await versionFor(actor, versionId);
      if (!maySeeProgress(actor, plan))
        throw forbidden('Only those who follow the plan see who acknowledged it');
      const where = and(
        eq(acks.versionId, v.id),
        q.status === 'pending'
          ? isNull(acks.acknowledgedAt)
          : q.status === 'acknowledged'
            ? isNotNull(acks.acknowledgedAt)
            : undefined,
      );
      const [total] = await db.select({ n: count() }).from(acks).where(where);
      const rows = await db
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
      return {
        versionId: v.id,
        progress: (await progressOf(db, [v.id])).get(v.id) ?? NO_PROGRESS,
        items: rows.map((r) => ({
          personId: r.personId,
          name: `${r.givenName} ${r.familyName}`,
          organizationCode: r.organizationCode,
          requestedAt: r.requestedAt,
          acknowledgedAt: r.acknowledgedAt,
        })),
        page: q.page,
        pageSize: q.pageSize,
        total: total?.n ?? 0,
      };
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
