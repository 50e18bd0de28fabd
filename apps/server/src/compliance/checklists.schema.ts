import { CHECKLIST_ACTOR_CATEGORIES, CHECKLIST_ANSWERS, SPOT_CHECK_RESULTS } from '@fieldsafe/core';
import { z } from 'zod';
import { LocalizedLabelSchema } from '../common/localized.ts';
import { IsoDate, NonEmpty, storedEnum } from '../http/common.schema.ts';

const Uuid = z.uuid('must be a UUID');
const Year = z.coerce.number().int('must be a year').min(1990).max(2100);

export const ChecklistBody = z.object({
  actorCategory: z.enum(CHECKLIST_ACTOR_CATEGORIES),
  organizationId: Uuid.nullable().default(null),
  actorName: NonEmpty(200),
});

export const AnswersBody = z.object({
  answers: z
    .array(
      z.object({
        item: NonEmpty(40),
        answer: z.enum(CHECKLIST_ANSWERS),
        note: z.string().trim().max(2000).nullable().default(null),
        verified: z.boolean('must be true or false').default(false),
      }),
    )
    .min(1, 'is required')
    .max(50),
});

export const DefaultChecklist = z
  .object({
    source: z.string(),
    categories: z.array(
      z.object({
        actorCategory: storedEnum(CHECKLIST_ACTOR_CATEGORIES),
        role: z.string(),
        items: z.array(z.object({ item: z.string(), text: LocalizedLabelSchema })),
      }),
    ),
  })
  .meta({ id: 'DefaultComplianceChecklist' });

const Count = z.number().int();

export const Checklist = z
  .object({
    id: z.string(),
    missionId: z.string(),
    actorCategory: storedEnum(CHECKLIST_ACTOR_CATEGORIES),
    organizationId: z.string().nullable(),
    organizationCode: z.string().nullable(),
    actorName: z.string(),
    answers: z.array(
      z.object({
        item: z.string(),
        answer: storedEnum(CHECKLIST_ANSWERS),
        note: z.string().nullable(),
        verified: z.boolean(),
      }),
    ),
    summary: z.object({
      compliant: Count,
      partly: Count,
      notCompliant: Count,
      notApplicable: Count,
      unanswered: Count,
      verified: Count,
      percent: z.number().nullable(),
    }),
    abilities: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: 'ComplianceChecklist' });

export const SpotCheckBody = z.object({
  checkedOn: IsoDate,
  checkedBy: NonEmpty(200),
  missionId: Uuid.nullable().default(null),
  items: z.array(NonEmpty(300)).min(1, 'is required').max(10),
  result: z.enum(SPOT_CHECK_RESULTS),
  note: z.string().trim().max(2000).nullable().default(null),
});

export const SpotCheck = z
  .object({
    id: z.string(),
    countryId: z.string(),
    missionId: z.string().nullable(),
    checkedOn: z.string(),
    checkedBy: z.string(),
    items: z.array(z.string()),
    result: storedEnum(SPOT_CHECK_RESULTS),
    note: z.string().nullable(),
  })
  .meta({ id: 'ComplianceSpotCheck' });

export const SystemRateQuery = z.object({ fromYear: Year.optional(), toYear: Year.optional() });

const YearRate = z.object({
  /** 0 for all years together. */
  year: z.number().int(),
  due: Count,
  closed: Count,
  closedOnTime: Count,
  percent: z.number().nullable(),
});

export const SystemRate = z
  .object({
    onDate: z.string(),
    countries: z.array(
      z.object({
        countryId: z.string(),
        alpha2: z.string(),
        name: z.string(),
        years: z.array(YearRate),
        total: YearRate.nullable(),
      }),
    ),
    overall: z.object({ years: z.array(YearRate), total: YearRate.nullable() }),
  })
  .meta({ id: 'ComplianceSystemRate' });
