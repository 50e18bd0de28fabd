import { INCIDENT_CATEGORY_CODES, INCIDENT_STATUSES } from '@fieldsafe/core';
import { z } from 'zod';
import { CLASSIFICATIONS } from '../db/schema/common.ts';
import { Latitude, Longitude, NonEmpty, PageQuery, patchOf } from '../http/common.schema.ts';

const optUuid = z.uuid('must be a UUID').nullable().default(null);
const Count = z.number().int('must be a whole number').min(0, 'must be 0 or more').max(100_000);

export const AffectedPerson = z.object({
  personId: z.uuid('must be a UUID').nullable().default(null),
  kind: z.enum(['personnel', 'dependant', 'partner', 'other']),
  name: z.string().trim().max(200).nullable().default(null),
  outcome: z.enum(['unharmed', 'injured', 'killed', 'abducted', 'detained', 'missing', 'affected']),
});

const IncidentFields = {
  category: z.enum(INCIDENT_CATEGORY_CODES, 'is not a known incident category'),
  occurredAt: z.iso.datetime({
    offset: true,
    message: 'must be a date-time with offset, e.g. 2026-11-24T14:30:00+01:00',
  }),
  timeZone: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'is not an IANA time zone (e.g. Africa/Lagos)')
    .default('UTC'),
  countryId: z.uuid('must be a UUID'),
  areaId: optUuid,
  dutyStationId: optUuid,
  latitude: Latitude.nullable().default(null),
  longitude: Longitude.nullable().default(null),
  place: z.string().trim().max(300).nullable().default(null),
  organizationId: optUuid,
  personnelAffected: Count.default(0),
  dependantsAffected: Count.default(0),
  partnersAffected: Count.default(0),
  fatalities: Count.default(0),
  injuries: Count.default(0),
  title: NonEmpty(200),
  narrative: z.string().trim().min(1, 'is required').max(20_000),
  classification: z.enum(CLASSIFICATIONS).default('restricted'),
};

export const IncidentBody = z.object({
  ...IncidentFields,
  people: z.array(AffectedPerson).max(500).default([]),
  /** false keeps it as a draft; true reports it at once. */
  submit: z.boolean().default(true),
  /** A unique id the device gives this report, so a retried offline submission is kept once. */
  clientRef: z.string().trim().min(8).max(100).nullable().default(null),
});
export type IncidentInput = z.infer<typeof IncidentBody>;

export const IncidentCorrection = patchOf(z.object(IncidentFields)).extend({
  reason: z.string().trim().min(1, 'is required: say what is corrected and why').max(2000),
});
export type IncidentCorrectionInput = z.infer<typeof IncidentCorrection>;

export const IncidentTransition = z.object({
  status: z.enum(INCIDENT_STATUSES),
  comment: z.string().trim().max(2000).nullable().default(null),
});

export const Incident = z
  .object({
    id: z.string(),
    category: z.string(),
    nature: z.string(),
    occurredAt: z.date(),
    timeZone: z.string(),
    countryId: z.string(),
    areaId: z.string().nullable(),
    dutyStationId: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    place: z.string().nullable(),
    organizationId: z.string().nullable(),
    personnelAffected: z.number(),
    dependantsAffected: z.number(),
    partnersAffected: z.number(),
    fatalities: z.number(),
    injuries: z.number(),
    title: z.string(),
    narrative: z.string(),
    classification: z.string(),
    status: z.string(),
    version: z.number(),
    reportedAt: z.date().nullable(),
    updatedAt: z.date(),
    abilities: z.object({ canCorrect: z.boolean(), canVerify: z.boolean() }),
  })
  .meta({ id: 'Incident' });

export const IncidentDetail = Incident.extend({
  people: z.array(
    z.object({
      id: z.string(),
      personId: z.string().nullable(),
      kind: z.string(),
      name: z.string().nullable(),
      outcome: z.string(),
    }),
  ),
  attachments: z.array(
    z.object({
      id: z.string(),
      filename: z.string(),
      mediaType: z.string(),
      size: z.number(),
      createdAt: z.date(),
    }),
  ),
  revisions: z.array(
    z.object({
      version: z.number(),
      reason: z.string(),
      changedBy: z.string().nullable(),
      createdAt: z.date(),
      snapshot: z.unknown(),
    }),
  ),
}).meta({ id: 'IncidentDetail' });

export const IncidentListQuery = PageQuery.extend({
  countryId: z.uuid('must be a UUID').optional(),
  organizationId: z.uuid('must be a UUID').optional(),
  category: z.enum(INCIDENT_CATEGORY_CODES).optional(),
  status: z.enum(INCIDENT_STATUSES).optional(),
  from: z.iso.date('must be a date YYYY-MM-DD').optional(),
  to: z.iso.date('must be a date YYYY-MM-DD').optional(),
  q: z.string().trim().max(100).optional(),
});
export type IncidentFilter = z.infer<typeof IncidentListQuery>;

export const StatisticsQuery = z.object({
  countryId: z.uuid('must be a UUID').optional(),
  organizationId: z.uuid('must be a UUID').optional(),
  fromYear: z.coerce
    .number()
    .int()
    .min(1990)
    .max(2100)
    .default(new Date().getUTCFullYear() - 6),
  toYear: z.coerce.number().int().min(1990).max(2100).default(new Date().getUTCFullYear()),
  measure: z.enum(['personnel', 'incidents']).default('personnel'),
});

export const Statistics = z
  .object({
    measure: z.string(),
    categories: z.array(z.object({ code: z.string(), en: z.string(), fr: z.string() })),
    years: z.array(z.number()),
    cells: z.record(z.string(), z.record(z.string(), z.number())),
    rowTotals: z.record(z.string(), z.number()),
    columnTotals: z.record(z.string(), z.number()),
    total: z.number(),
  })
  .meta({ id: 'IncidentStatistics' });
