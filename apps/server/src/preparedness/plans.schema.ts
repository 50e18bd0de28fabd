import { PLAN_KINDS } from '@fieldsafe/core';
import { z } from 'zod';
import { SharingOutput, sharingInput } from '../access/classification.schema.ts';
import { Abilities, IsoDate, NonEmpty, PageQuery, paged, patchOf } from '../http/common.schema.ts';

const Uuid = z.uuid('must be a UUID');

export const PlanBody = z.object({
  countryId: Uuid,
  /** The area the plan covers; none: the whole country. */
  areaId: Uuid.nullable().default(null),
  kind: z.enum(PLAN_KINDS, `must be one of ${PLAN_KINDS.join(', ')}`),
  title: NonEmpty(200),
  owner: NonEmpty(200),
  ...sharingInput('security_plan'),
});
export type PlanInput = z.infer<typeof PlanBody>;

/** Who may read a plan: its classification and whether SLT partners may be given it. */
export const PlanSharingPatch = patchOf(z.object(sharingInput('security_plan')));
export type PlanSharingInput = z.infer<typeof PlanSharingPatch>;

export const VersionBody = z
  .object({
    summary: NonEmpty(2000),
    /** The plan's text, or none when the document is attached. */
    body: z.string().trim().max(100_000).nullable().default(null),
    documentId: Uuid.nullable().default(null),
    approvedBy: NonEmpty(200),
    approvedOn: IsoDate,
    nextReviewOn: IsoDate,
    /** Ask everyone the plan covers to acknowledge it now. */
    distribute: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    if (v.nextReviewOn <= v.approvedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['nextReviewOn'],
        message: 'must be after the approval date',
      });
  });
export type VersionInput = z.infer<typeof VersionBody>;

export const PlanListQuery = PageQuery.extend({
  countryId: Uuid.optional(),
  kind: z.enum(PLAN_KINDS).optional(),
  /** `true`: only the plans the signed-in person still has to acknowledge. */
  toAcknowledge: z.enum(['true', 'false'], 'must be true or false').optional(),
});

export const AckListQuery = PageQuery.extend({
  status: z.enum(['all', 'pending', 'acknowledged']).default('all'),
});

const Progress = z.object({
  requested: z.number(),
  acknowledged: z.number(),
  /** Acknowledged ÷ requested, 0–1; null when nobody was asked. */
  rate: z.number().nullable(),
});

export const PlanVersion = z
  .object({
    id: z.string(),
    planId: z.string(),
    number: z.number(),
    summary: z.string(),
    body: z.string().nullable(),
    documentId: z.string().nullable(),
    approvedBy: z.string(),
    approvedOn: z.string(),
    nextReviewOn: z.string(),
    reviewOverdue: z.boolean(),
    current: z.boolean(),
    supersededAt: z.date().nullable(),
    createdAt: z.date(),
    progress: Progress,
  })
  .meta({ id: 'SecurityPlanVersion' });

const MyAck = z
  .object({ versionId: z.string(), number: z.number(), acknowledgedAt: z.date().nullable() })
  .nullable();

export const PlanSummary = z
  .object({
    id: z.string(),
    countryId: z.string(),
    countryName: z.string(),
    areaId: z.string().nullable(),
    areaName: z.string().nullable(),
    kind: z.enum(PLAN_KINDS),
    title: z.string(),
    owner: z.string(),
    ...SharingOutput,
    current: z
      .object({
        id: z.string(),
        number: z.number(),
        approvedOn: z.string(),
        nextReviewOn: z.string(),
        reviewOverdue: z.boolean(),
        progress: Progress,
      })
      .nullable(),
    /** The signed-in person's acknowledgement of the current version, when asked. */
    mine: MyAck,
    abilities: Abilities,
  })
  .meta({ id: 'SecurityPlanSummary' });

export const PlanPage = paged(PlanSummary)
  .extend({ abilities: z.object({ canCreate: z.boolean() }) })
  .meta({ id: 'SecurityPlanPage' });

export const PlanDetail = z
  .object({
    id: z.string(),
    countryId: z.string(),
    countryName: z.string(),
    areaId: z.string().nullable(),
    areaName: z.string().nullable(),
    kind: z.enum(PLAN_KINDS),
    title: z.string(),
    owner: z.string(),
    ...SharingOutput,
    versions: z.array(PlanVersion),
    mine: MyAck,
    abilities: z.object({ canEdit: z.boolean(), canSeeProgress: z.boolean() }),
  })
  .meta({ id: 'SecurityPlan' });

export const Acknowledgement = z
  .object({
    personId: z.string(),
    name: z.string(),
    organizationCode: z.string().nullable(),
    requestedAt: z.date(),
    acknowledgedAt: z.date().nullable(),
  })
  .meta({ id: 'SecurityPlanAcknowledgement' });

export const AckReport = z
  .object({
    versionId: z.string(),
    progress: Progress,
    items: z.array(Acknowledgement),
    page: z.number(),
    pageSize: z.number(),
    total: z.number(),
  })
  .meta({ id: 'SecurityPlanAcknowledgements' });

export const Distributed = z
  .object({ versionId: z.string(), newlyAsked: z.number(), progress: Progress })
  .meta({ id: 'SecurityPlanDistribution' });

export const MyAckResult = z
  .object({ versionId: z.string(), planId: z.string(), acknowledgedAt: z.date() })
  .meta({ id: 'SecurityPlanMyAcknowledgement' });
