import { z } from 'zod';
import { Abilities, NonEmpty, patchOf } from '../http/common.schema.ts';

const Indicator = z.object({
  description: NonEmpty(1000),
  target: NonEmpty(200),
  result: z.string().trim().max(200).nullable().default(null),
  /** Whether the target was met; null until assessed. */
  met: z.boolean().nullable().default(null),
});

const PlanFields = {
  year: z.number('must be a number').int('must be a whole number').min(2000).max(2100),
  title: NonEmpty(200),
  indicators: z.array(Indicator).max(100, 'must have at most 100 indicators').default([]),
};

export const PlanBody = z.object(PlanFields);
export type PlanInput = z.infer<typeof PlanBody>;
/** `indicators`, when sent, replaces the plan's whole list. */
export const PlanPatch = patchOf(z.object(PlanFields));
export type PlanPatchInput = z.infer<typeof PlanPatch>;

const PlanFieldsOut = {
  id: z.string(),
  countryId: z.string(),
  year: z.number(),
  title: z.string(),
  indicatorsTotal: z.number(),
  indicatorsMet: z.number(),
  /** Indicators with a met/not met assessment. */
  indicatorsAssessed: z.number(),
  updatedAt: z.date(),
  abilities: Abilities,
};

export const PlanSummary = z.object(PlanFieldsOut).meta({ id: 'SecurityManagementPlanSummary' });

export const Plan = z
  .object({
    ...PlanFieldsOut,
    indicators: z.array(
      z.object({
        id: z.string(),
        description: z.string(),
        target: z.string(),
        result: z.string().nullable(),
        met: z.boolean().nullable(),
      }),
    ),
  })
  .meta({ id: 'SecurityManagementPlan' });
