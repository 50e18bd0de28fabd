import { can, reviewOverdue, type PlanKind } from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, invalid, notFound } from '../http/errors.ts';
import { enqueueNotice } from '../messaging/queue.ts';
import { holdsIn, resolvePlace } from './place.ts';
import { findDocumentRef } from '../registry/lookups.queries.ts';
import {
  acknowledgementsOf,
  askToAcknowledge,
  findAck,
  findPlan,
  findVersion,
  insertPlan,
  updatePlan,
  insertVersion,
  lastVersionNumber,
  listPlans,
  markAcknowledged,
  myAcks,
  NO_PROGRESS,
  progressOf,
  supersedeCurrent,
  versionsOf,
  type PlanListFilter,
} from './plans.queries.ts';
import type { PlanInput, PlanSharingInput, VersionInput } from './plans.schema.ts';

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
  const ids = await askToAcknowledge(tx, v);
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
    const v = await findVersion(db, versionId);
    if (!v) throw notFound('Plan version');
    const plan = await findPlan(db, actor, v.planId);
    if (!plan) throw notFound('Plan version');
    return { v, plan };
  }

  return {
    detail,

    /** Plans the actor may read, with the current version and its acknowledgement progress. */
    async list(actor: RequestActor, q: PlanListFilter) {
      const { rows, total } = await listPlans(db, actor, q);
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
        total,
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
        const row = await insertPlan(tx, {
          ...input,
          areaId: place.areaId,
          createdBy: actor.userId,
        });
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

    /** Sets a plan's classification and whether SLT partners may be given it. */
    async setSharing(actor: RequestActor, planId: string, patch: PlanSharingInput) {
      await audited(db, actor, async (tx) => {
        const before = await findPlan(tx, actor, planId);
        if (!before) throw notFound('Security plan');
        if (!mayManage(actor, before))
          throw forbidden('Only the DO or a security adviser manage the security plans here');
        const row = await updatePlan(tx, planId, patch);
        if (!row) throw notFound('Security plan');
        return {
          result: row.id,
          audit: {
            action: 'security_plan.sharing',
            entity: 'preparedness_plan',
            entityId: planId,
            countryId: row.countryId,
            before: { classification: before.classification, sltShareable: before.sltShareable },
            after: { classification: row.classification, sltShareable: row.sltShareable },
          },
        };
      });
      return detail(actor, planId);
    },

    /** Publishes a new version: it supersedes the current one and, by default, is distributed. */
    async publish(actor: RequestActor, planId: string, input: VersionInput) {
      const plan = await findPlan(db, actor, planId);
      if (!plan) throw notFound('Security plan');
      if (!mayManage(actor, plan))
        throw forbidden('Only the DO or a security adviser publish security plans here');
      if (input.documentId && !(await findDocumentRef(db, input.documentId)))
        throw invalid('documentId', 'unknown document');
      if (!input.body && !input.documentId)
        throw invalid('body', 'give the plan text or attach its document');
      await audited(db, actor, async (tx) => {
        const number = (await lastVersionNumber(tx, planId)) + 1;
        const superseded = await supersedeCurrent(tx, planId);
        const { distribute: send, ...fields } = input;
        const row = await insertVersion(tx, {
          ...fields,
          planId,
          countryId: plan.countryId,
          areaId: plan.areaId,
          number,
          publishedBy: actor.userId,
        });
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
      const mine = await findAck(db, v.id, actor.personId);
      if (!mine) throw forbidden('You were not asked to acknowledge this plan version');
      if (v.supersededAt)
        throw conflict('This version was superseded; acknowledge the current version');
      if (mine.acknowledgedAt)
        return { versionId: v.id, planId: v.planId, acknowledgedAt: mine.acknowledgedAt };
      return audited(db, actor, async (tx) => {
        const row = await markAcknowledged(tx, mine.id);
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
      const { rows, total } = await acknowledgementsOf(db, v.id, q);
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
        total,
      };
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
