import { ROSTER_AVAILABILITY, SURGE_REASONS, SURGE_REQUEST_STATUSES } from '@fieldsafe/core';
import { z } from 'zod';
import {
  IsoDate,
  ManageAbility,
  NonEmpty,
  PageQuery,
  paged,
  patchOf,
} from '../http/common.schema.ts';

const Uuid = z.uuid('must be a UUID');
const optText = z.string().trim().max(5000).nullable().default(null);
const DateTime = z.iso.datetime({
  offset: true,
  message: 'must be a date-time with offset, e.g. 2026-11-24T14:30:00+01:00',
});
const Dollars = z
  .number('must be a number')
  .int('must be whole US dollars')
  .min(0, 'must be 0 or more')
  .max(1_000_000_000, 'is too large');

export const RosterBody = z.object({
  personId: Uuid,
  gradeRole: NonEmpty(200),
  languages: z.array(NonEmpty(40)).max(12).default([]),
  availableFrom: IsoDate,
  availableUntil: IsoDate.nullable().default(null),
  availability: z.enum(ROSTER_AVAILABILITY).default('available'),
  notes: optText,
});
export const RosterPatch = patchOf(RosterBody.omit({ personId: true }));

export const RosterQuery = PageQuery.extend({
  status: z.enum(['available', 'deployed', 'unavailable']).optional(),
  language: z.string().trim().max(40).optional(),
});

export const RosterOfficer = z
  .object({
    id: z.string(),
    personId: z.string(),
    name: z.string(),
    organizationId: z.string(),
    organizationCode: z.string(),
    countryId: z.string(),
    gradeRole: z.string(),
    languages: z.array(z.string()),
    availableFrom: z.string(),
    availableUntil: z.string().nullable(),
    availability: z.string(),
    status: z.enum(['available', 'deployed', 'unavailable']),
    notes: z.string().nullable(),
  })
  .meta({ id: 'SurgeRosterOfficer' });

export const RequestBody = z.object({
  countryId: Uuid,
  areaId: Uuid.nullable().default(null),
  reason: z.enum(SURGE_REASONS, 'is not a surge reason of seed 003 ¶155'),
  requestedBy: NonEmpty(200),
  requestedAt: DateTime.optional(),
  officersNeeded: z
    .number('must be a number')
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(200, 'must be 200 or less'),
  neededFrom: IsoDate,
  expectedDays: z
    .number('must be a number')
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(730, 'must be 730 or less'),
  notes: optText,
});
export const RequestPatch = patchOf(
  z.object({
    officersNeeded: RequestBody.shape.officersNeeded,
    expectedDays: RequestBody.shape.expectedDays,
    neededFrom: IsoDate,
    notes: optText,
    status: z.enum(['closed', 'cancelled', 'open'], 'must be closed, cancelled or open'),
  }),
);

export const RequestQuery = PageQuery.extend({
  countryId: Uuid.optional(),
  status: z.enum(SURGE_REQUEST_STATUSES).optional(),
  reason: z.enum(SURGE_REASONS).optional(),
});

export const DeploymentBody = z.object({
  rosterId: Uuid,
  startAt: DateTime,
  endOn: IsoDate.nullable().default(null),
  costUsd: Dollars.default(0),
  visaNeeded: z.boolean().default(false),
  visaRequestedOn: IsoDate.nullable().default(null),
  visaObtainedOn: IsoDate.nullable().default(null),
  notes: optText,
});
export const DeploymentPatch = patchOf(DeploymentBody.omit({ rosterId: true }));

export const Deployment = z
  .object({
    id: z.string(),
    requestId: z.string(),
    rosterId: z.string(),
    officerName: z.string(),
    organizationCode: z.string(),
    countryId: z.string(),
    startAt: z.date(),
    startDate: z.string(),
    endOn: z.string().nullable(),
    days: z.number(),
    costUsd: z.number(),
    visaNeeded: z.boolean(),
    visaRequestedOn: z.string().nullable(),
    visaObtainedOn: z.string().nullable(),
    visaDelayDays: z.number().nullable(),
    launchHours: z.number(),
    launchedWithin24h: z.boolean(),
    notes: z.string().nullable(),
  })
  .meta({ id: 'SurgeDeployment' });

export const SurgeRequest = z
  .object({
    id: z.string(),
    countryId: z.string(),
    countryName: z.string(),
    areaId: z.string().nullable(),
    areaName: z.string().nullable(),
    reason: z.enum(SURGE_REASONS),
    requestedBy: z.string(),
    requestedAt: z.date(),
    officersNeeded: z.number(),
    neededFrom: z.string(),
    expectedDays: z.number(),
    status: z.enum(SURGE_REQUEST_STATUSES),
    notes: z.string().nullable(),
    deployments: z.array(Deployment),
    abilities: z.object({ canEdit: z.boolean(), canDeploy: z.boolean() }),
  })
  .meta({ id: 'SurgeRequest' });

export const RequestPage = paged(SurgeRequest)
  .extend({ abilities: ManageAbility })
  .meta({ id: 'SurgeRequestPage' });
export const RosterPage = paged(RosterOfficer)
  .extend({ abilities: ManageAbility })
  .meta({ id: 'SurgeRosterPage' });

export const StatsQuery = z.object({
  year: z.coerce
    .number()
    .int('must be a year')
    .min(1990, 'must be a year')
    .max(2100, 'must be a year'),
  countryId: Uuid.optional(),
});

const StatsFields = {
  deployments: z.number(),
  totalDays: z.number(),
  averageDays: z.number(),
  totalCostUsd: z.number(),
  launchedWithin24hPercent: z.number().nullable(),
  averageVisaDelayDays: z.number().nullable(),
  visasCounted: z.number(),
};
export const SurgeStatistics = z
  .object({
    year: z.number(),
    countryId: z.string().nullable(),
    byReason: z.array(z.object({ reason: z.enum(SURGE_REASONS), ...StatsFields })),
    total: z.object(StatsFields),
  })
  .meta({ id: 'SurgeStatistics' });

export type RosterInput = z.infer<typeof RosterBody>;
export type RequestInput = z.infer<typeof RequestBody>;
export type DeploymentInput = z.infer<typeof DeploymentBody>;
