import { whoConsultationIssues } from '@fieldsafe/core';
import { z } from 'zod';
import { Abilities, IsoDate, NonEmpty } from '../http/common.schema.ts';

const Uuid = z.uuid('must be a UUID');

export const SecurityLevelBody = z
  .object({
    /** The area the level applies to; none: the whole country. */
    areaId: Uuid.nullable().default(null),
    /** The scale in use in this deployment, e.g. "security_level_1_6" or "phase". */
    scale: NonEmpty(60).default('security_level_1_6'),
    level: NonEmpty(60),
    effectiveFrom: IsoDate,
    reason: NonEmpty(2000),
    /**
     * A change solely for health reasons must be preceded by a consultation with the
     * Director-General of WHO through the USG for Safety and Security [002 §16].
     */
    healthOnly: z.boolean().default(false),
    /** Who at WHO was consulted, e.g. "Director-General of WHO". */
    whoConsultedWith: z.string().trim().max(200).nullable().default(null),
    /** Through whom: the USG for Safety and Security or their office. */
    whoConsultedThrough: z.string().trim().max(200).nullable().default(null),
    whoConsultedOn: IsoDate.nullable().default(null),
    whoConsultationReference: z.string().trim().max(200).nullable().default(null),
    /** Optional notes on the consultation. */
    whoConsultation: z.string().trim().max(2000).nullable().default(null),
    decidedBy: NonEmpty(200),
  })
  .superRefine((v, ctx) => {
    const issues = whoConsultationIssues(
      v.healthOnly,
      {
        consultedWith: v.whoConsultedWith,
        consultedThrough: v.whoConsultedThrough,
        consultedOn: v.whoConsultedOn,
        reference: v.whoConsultationReference,
      },
      v.effectiveFrom,
    );
    const path = {
      consultedWith: 'whoConsultedWith',
      consultedThrough: 'whoConsultedThrough',
      consultedOn: 'whoConsultedOn',
      reference: 'whoConsultationReference',
    } as const;
    for (const i of issues)
      ctx.addIssue({ code: 'custom', path: [path[i.field]], message: i.message });
  });
export type SecurityLevelInput = z.infer<typeof SecurityLevelBody>;

export const SecurityLevel = z
  .object({
    id: z.string(),
    countryId: z.string(),
    areaId: z.string().nullable(),
    areaName: z.string().nullable(),
    scale: z.string(),
    level: z.string(),
    effectiveFrom: z.string(),
    reason: z.string(),
    healthOnly: z.boolean(),
    whoConsultedWith: z.string().nullable(),
    whoConsultedThrough: z.string().nullable(),
    whoConsultedOn: z.string().nullable(),
    whoConsultationReference: z.string().nullable(),
    whoConsultation: z.string().nullable(),
    decidedBy: z.string(),
    current: z.boolean(),
    createdAt: z.date(),
    flaggedAssessments: z.number().optional(),
  })
  .meta({ id: 'SecurityLevelDecision' });

export const SecurityLevelList = z.object({
  items: z.array(SecurityLevel),
  abilities: z.object({ canRecord: z.boolean() }),
});

export const SanctionBody = z.object({
  organizationId: Uuid,
  reason: NonEmpty(2000),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable().default(null),
  decidedBy: NonEmpty(200),
});

export const SanctionEndBody = z.object({ endsOn: IsoDate });

export const Sanction = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    organizationCode: z.string(),
    countryId: z.string(),
    reason: z.string(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    decidedBy: z.string(),
    active: z.boolean(),
    createdAt: z.date(),
    abilities: Abilities,
  })
  .meta({ id: 'ClearanceSanction' });
