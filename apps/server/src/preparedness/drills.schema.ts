import { DRILL_KINDS } from '@fieldsafe/core';
import { z } from 'zod';
import { Abilities, IsoDate, NonEmpty, PageQuery, paged } from '../http/common.schema.ts';

const Uuid = z.uuid('must be a UUID');
const Instant = z.iso.datetime({ offset: true, message: 'must be a date-time with offset' });

export const DrillBody = z.object({
  countryId: Uuid,
  areaId: Uuid.nullable().default(null),
  dutyStationId: Uuid.nullable().default(null),
  kind: z.enum(DRILL_KINDS, `must be one of ${DRILL_KINDS.join(', ')}`),
  scheduledOn: IsoDate,
  scenario: z.string().trim().max(2000).nullable().default(null),
});
export type DrillInput = z.infer<typeof DrillBody>;

export const DrillResultBody = z
  .object({
    startedAt: Instant,
    endedAt: Instant,
    participantIds: z.array(Uuid).max(5000).default([]),
    findings: NonEmpty(20_000),
    followUpActions: z.string().trim().max(20_000).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (Date.parse(v.endedAt) < Date.parse(v.startedAt))
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'must not be before the start' });
  });
export type DrillResultInput = z.infer<typeof DrillResultBody>;

export const DrillListQuery = PageQuery.extend({
  countryId: Uuid.optional(),
  status: z.enum(['scheduled', 'done']).optional(),
  kind: z.enum(DRILL_KINDS).optional(),
});

export const OverdueQuery = z.object({
  countryId: Uuid,
  /** `true`: every required drill of every place, not only the overdue ones. */
  all: z.enum(['true', 'false'], 'must be true or false').default('false'),
});

export const Drill = z
  .object({
    id: z.string(),
    countryId: z.string(),
    areaId: z.string().nullable(),
    areaName: z.string().nullable(),
    dutyStationId: z.string().nullable(),
    dutyStationName: z.string().nullable(),
    kind: z.enum(DRILL_KINDS),
    scenario: z.string().nullable(),
    scheduledOn: z.string(),
    status: z.enum(['scheduled', 'done']),
    heldOn: z.string().nullable(),
    startedAt: z.date().nullable(),
    endedAt: z.date().nullable(),
    durationMinutes: z.number().nullable(),
    participantCount: z.number(),
    participants: z.array(z.object({ id: z.string(), name: z.string() })),
    findings: z.string().nullable(),
    followUpActions: z.string().nullable(),
    abilities: Abilities,
  })
  .meta({ id: 'Drill' });

export const DrillPage = paged(Drill)
  .extend({ abilities: z.object({ canCreate: z.boolean() }) })
  .meta({ id: 'DrillPage' });

export const DrillDueRow = z.object({
  dutyStationId: z.string(),
  dutyStationName: z.string(),
  areaId: z.string(),
  areaName: z.string(),
  securityLevel: z.string().nullable(),
  riskBand: z.enum(['low', 'high']),
  kind: z.enum(DRILL_KINDS),
  months: z.number(),
  lastHeldOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  daysOverdue: z.number().nullable(),
  nextScheduledOn: z.string().nullable(),
});

export const DrillsDueReport = z
  .object({
    countryId: z.string(),
    today: z.string(),
    highRiskFromLevel: z.number(),
    overdueCount: z.number(),
    items: z.array(DrillDueRow),
  })
  .meta({ id: 'DrillsDueReport' });
