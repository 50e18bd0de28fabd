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
    /** A change solely for health reasons needs a recorded consultation with WHO. */
    healthOnly: z.boolean().default(false),
    whoConsultation: z.string().trim().max(2000).nullable().default(null),
    decidedBy: NonEmpty(200),
  })
  .superRefine((v, ctx) => {
    if (v.healthOnly && !v.whoConsultation) {
      ctx.addIssue({
        code: 'custom',
        path: ['whoConsultation'],
        message: 'a change solely for health reasons needs a recorded consultation with WHO',
      });
    }
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
