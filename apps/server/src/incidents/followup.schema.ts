import { VIOLATION_KINDS } from '@fieldsafe/core';
import { z } from 'zod';
import { IsoDate, NonEmpty, patchOf } from '../http/common.schema.ts';

export const ReviewBody = z.object({
  kind: z.enum(['investigation', 'board_of_inquiry', 'after_action']),
  lead: NonEmpty(200),
  openedOn: IsoDate,
  summary: z.string().trim().max(20_000).nullable().default(null),
});
export const ReviewPatch = patchOf(
  z.object({
    summary: z.string().trim().max(20_000).nullable(),
    findings: z.string().trim().max(50_000).nullable(),
    status: z.enum(['open', 'completed']),
    completedOn: IsoDate.nullable(),
  }),
);
export const LessonBody = z.object({
  recommendation: NonEmpty(5000),
  owner: NonEmpty(200),
  dueOn: IsoDate,
});
export const LessonPatch = patchOf(
  z.object({
    status: z.enum(['open', 'in_progress', 'implemented', 'dropped']),
    evidence: z.string().trim().max(5000).nullable(),
    implementedOn: IsoDate.nullable(),
    owner: NonEmpty(200),
    dueOn: IsoDate,
  }),
);

export const Lesson = z
  .object({
    id: z.string(),
    reviewId: z.string(),
    recommendation: z.string(),
    owner: z.string(),
    dueOn: z.string(),
    status: z.string(),
    evidence: z.string().nullable(),
    implementedOn: z.string().nullable(),
    overdue: z.boolean(),
  })
  .meta({ id: 'Lesson' });
export const Review = z
  .object({
    id: z.string(),
    incidentId: z.string(),
    kind: z.string(),
    lead: z.string(),
    openedOn: z.string(),
    summary: z.string().nullable(),
    findings: z.string().nullable(),
    status: z.string(),
    completedOn: z.string().nullable(),
    lessons: z.array(Lesson),
  })
  .meta({ id: 'IncidentReview' });

export const AnnualReviewQuery = z.object({
  countryId: z.uuid('must be a UUID').optional(),
  year: z.coerce.number().int().min(1990).max(2100),
});
export const AnnualReview = z
  .object({
    year: z.number(),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        category: z.string(),
        occurredAt: z.date(),
        countryId: z.string(),
        fatalities: z.number(),
        injuries: z.number(),
        investigation: z.enum(['missing', 'open', 'completed', 'not_required']),
        afterAction: z.enum(['none', 'open', 'completed']),
        openLessons: z.number(),
      }),
    ),
  })
  .meta({ id: 'AnnualReview' });

export const VehicleBody = z.object({
  countryId: z.uuid('must be a UUID'),
  organizationId: z.uuid('must be a UUID'),
  registration: NonEmpty(40),
  description: z.string().trim().max(200).nullable().default(null),
  hasFirstAidKit: z.boolean().default(false),
  hasSpareTyre: z.boolean().default(false),
  hasRecoveryGear: z.boolean().default(false),
  seatBeltsWork: z.boolean().default(false),
  inspectedOn: IsoDate.nullable().default(null),
});
export const Vehicle = VehicleBody.extend({ id: z.string(), compliant: z.boolean() }).meta({
  id: 'Vehicle',
});
export const DriverBody = z.object({ personId: z.uuid('must be a UUID') });
export const ViolationBody = z.object({
  kind: z.enum(VIOLATION_KINDS),
  occurredOn: IsoDate,
  vehicleId: z.uuid('must be a UUID').nullable().default(null),
  incidentId: z.uuid('must be a UUID').nullable().default(null),
  details: z.string().trim().max(2000).nullable().default(null),
});
export const Driver = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    countryId: z.string(),
    organizationId: z.string(),
    permitStatus: z.string(),
    revokedOn: z.string().nullable(),
    revokedReason: z.string().nullable(),
    violations: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        occurredOn: z.string(),
        details: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Driver' });

/** A penalty rule [003 ¶46–47]: `count` violations of `kinds` within `windowDays` (null: ever) revoke. */
export const PenaltyRuleBody = z.object({
  kinds: z
    .array(z.enum(VIOLATION_KINDS))
    .min(1, 'name at least one kind')
    .max(VIOLATION_KINDS.length),
  count: z.number().int('must be a whole number').min(1).max(100),
  windowDays: z.number().int('must be a whole number').min(1).max(3660).nullable().default(null),
});
export const PenaltyRulesBody = z.object({ rules: z.array(PenaltyRuleBody).max(20) });
export const PenaltyRules = z
  .object({
    countryId: z.string(),
    rules: z.array(
      z.object({
        kinds: z.array(z.string()),
        count: z.number(),
        windowDays: z.number().nullable(),
      }),
    ),
    isDefault: z.boolean(),
    setBy: z.string().nullable(),
    updatedAt: z.date().nullable(),
    abilities: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: 'RoadSafetyPenaltyRules' });
