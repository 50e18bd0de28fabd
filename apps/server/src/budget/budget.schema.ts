import { z } from 'zod';
import { Abilities, NonEmpty, patchOf } from '../http/common.schema.ts';

export const BUDGET_KINDS = ['system', 'local'] as const;

const Biennium = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{4}$/, 'must be two years like 2016-2017')
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'must be two consecutive years');

const Dollars = z
  .number('must be a number')
  .int('must be a whole number of dollars')
  .min(0, 'must be 0 or more')
  .max(Number.MAX_SAFE_INTEGER, 'is too large');

const HeadcountEntry = z.object({
  organizationCode: NonEmpty(40),
  headcount: z.number('must be a number').int('must be a whole number').min(0, 'must be 0 or more'),
});

/** Headcounts as a list, or as CSV text with the header `organization,headcount`. */
const HeadcountFields = {
  headcounts: z.array(HeadcountEntry).min(1, 'must list at least one organization').optional(),
  headcountsCsv: z.string().max(200_000, 'must be at most 200,000 characters').optional(),
};

const SystemFields = {
  biennium: Biennium,
  title: NonEmpty(200),
  totalDollars: Dollars,
  minimumDollars: Dollars,
  notes: z.string().trim().max(2000).nullable().optional(),
  ...HeadcountFields,
};

export const SystemBudgetBody = z.object(SystemFields);
export type SystemBudgetInput = z.infer<typeof SystemBudgetBody>;

const LocalFields = {
  dutyStationId: z.uuid('must be a UUID'),
  biennium: Biennium,
  title: NonEmpty(200),
  totalDollars: Dollars,
  notes: z.string().trim().max(2000).nullable().optional(),
  /** Entered headcounts; when absent, the registry's active personnel at the duty station. */
  ...HeadcountFields,
};

export const LocalBudgetBody = z.object(LocalFields);
export type LocalBudgetInput = z.infer<typeof LocalBudgetBody>;

export const BudgetPatch = patchOf(
  z.object({
    title: NonEmpty(200),
    totalDollars: Dollars,
    minimumDollars: Dollars,
    notes: z.string().trim().max(2000).nullable(),
    ...HeadcountFields,
    /** Local budgets: take the headcounts again from the registry. */
    refreshFromRegistry: z.boolean(),
    reason: z.string().trim().max(500),
  }),
);
export type BudgetPatchInput = z.infer<typeof BudgetPatch>;

export const BudgetListQuery = z.object({
  kind: z.enum(BUDGET_KINDS).optional(),
  countryId: z.uuid('must be a UUID').optional(),
});
export type BudgetListFilter = z.infer<typeof BudgetListQuery>;

export const BudgetVersionQuery = z.object({
  version: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').optional(),
});

export const CompareQuery = z.object({
  from: z.uuid('must be a UUID'),
  to: z.uuid('must be a UUID'),
});

export const BudgetLine = z
  .object({
    organizationId: z.string(),
    organizationCode: z.string(),
    organizationName: z.string(),
    headcount: z.number(),
    sharePercent: z.string(),
    minimumApplied: z.boolean(),
    amountDollars: z.number(),
  })
  .meta({ id: 'BudgetLine' });

export const BudgetVersion = z
  .object({
    version: z.number(),
    totalDollars: z.number(),
    minimumDollars: z.number(),
    headcountSource: z.string(),
    reason: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.date(),
  })
  .meta({ id: 'BudgetVersion' });

const BudgetFields = {
  id: z.string(),
  kind: z.enum(BUDGET_KINDS),
  biennium: z.string(),
  title: z.string(),
  countryId: z.string().nullable(),
  dutyStationId: z.string().nullable(),
  dutyStationName: z.string().nullable(),
  totalDollars: z.number(),
  minimumDollars: z.number(),
  headcountSource: z.string(),
  version: z.number(),
  notes: z.string().nullable(),
  updatedAt: z.date(),
  abilities: Abilities,
};

export const BudgetSummary = z.object(BudgetFields).meta({ id: 'BudgetSummary' });

export const Budget = z
  .object({
    ...BudgetFields,
    /** The version whose lines are shown (the current one unless asked otherwise). */
    shownVersion: z.number(),
    totalHeadcount: z.number(),
    lines: z.array(BudgetLine),
    versions: z.array(BudgetVersion),
  })
  .meta({ id: 'Budget' });

export const BudgetComparison = z
  .object({
    from: BudgetSummary,
    to: BudgetSummary,
    rows: z.array(
      z.object({
        organizationCode: z.string(),
        before: z.number().nullable(),
        after: z.number().nullable(),
        change: z.number(),
        changePercent: z.string().nullable(),
      }),
    ),
    totalChange: z.number(),
  })
  .meta({ id: 'BudgetComparison' });
