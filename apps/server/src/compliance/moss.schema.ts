import { LocalizedLabelSchema } from '../common/localized.ts';
import { MEASURE_STATUSES, MOSS_AREAS } from '@fieldsafe/core';
import { z } from 'zod';
import { IsoDate, NonEmpty, PageQuery, paged } from '../http/common.schema.ts';

const Uuid = z.uuid('must be a UUID');
const Label = LocalizedLabelSchema;

export const MossMeasure = z
  .object({
    code: z.string(),
    area: z.string(),
    areaLabel: Label,
    title: Label,
    appliesTo: z.array(z.string()),
    basis: z.string(),
    requiresSraJustification: z.boolean(),
    intervalMonths: z.number().nullable(),
    sources: z.array(z.string()),
  })
  .meta({ id: 'MossMeasure' });

export const MossAdoption = MossMeasure.extend({
  applies: z.boolean().nullable(),
  justification: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decidedBy: z.string().nullable(),
}).meta({ id: 'MossAdoption' });

export const MossAdoptionList = z.object({
  items: z.array(MossAdoption),
  abilities: z.object({ canAdopt: z.boolean() }),
});

export const AdoptBody = z.object({
  decidedOn: IsoDate,
  decidedBy: NonEmpty(200),
  measures: z
    .array(
      z.object({
        code: NonEmpty(20),
        applies: z.boolean(),
        justification: z.string().trim().max(2000).nullable().default(null),
      }),
    )
    .min(1, 'must name at least one measure')
    .max(500),
});
export type AdoptInput = z.infer<typeof AdoptBody>;

export const StatusBody = z.object({
  dutyStationId: Uuid,
  organizationId: Uuid,
  measureCode: NonEmpty(20),
  status: z.enum(MEASURE_STATUSES),
  evidence: z.string().trim().max(2000).nullable().default(null),
  dueDate: IsoDate.nullable().default(null),
});
export type StatusInput = z.infer<typeof StatusBody>;

/** Filters of the status list (by location: area or duty station; by MOSS area), paged. */
export const StatusQuery = PageQuery.extend({
  areaId: Uuid.optional(),
  dutyStationId: Uuid.optional(),
  organizationId: Uuid.optional(),
  mossArea: z.enum(MOSS_AREAS).optional(),
  status: z.enum(MEASURE_STATUSES).optional(),
});
export type StatusFilter = z.infer<typeof StatusQuery>;

/** One status for many rows (duty station × organization × measure) at once. */
export const BulkStatusBody = z.object({
  items: z
    .array(
      z.object({
        dutyStationId: Uuid,
        organizationId: Uuid,
        measureCode: NonEmpty(20),
      }),
    )
    .min(1)
    .max(500),
  status: z.enum(MEASURE_STATUSES),
  evidence: z.string().trim().max(2000).nullable().default(null),
  dueDate: IsoDate.nullable().default(null),
});
export type BulkStatusInput = z.infer<typeof BulkStatusBody>;

export const MossStatus = z
  .object({
    dutyStationId: z.string(),
    dutyStationName: z.string(),
    organizationId: z.string(),
    organizationCode: z.string(),
    /** The geographic area of the duty station. */
    areaId: z.string(),
    measureCode: z.string(),
    /** The MOSS area of the measure (telecommunications, vehicles, …). */
    mossArea: z.string(),
    /** `not_implemented` with `recorded: false` when nobody recorded a status yet. */
    status: z.string(),
    recorded: z.boolean(),
    evidence: z.string().nullable(),
    dueDate: z.string().nullable(),
    overdue: z.boolean(),
    updatedAt: z.date().nullable(),
    abilities: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: 'MossStatus' });

const Summary = z.object({
  implemented: z.number(),
  partiallyImplemented: z.number(),
  notImplemented: z.number(),
  notApplicable: z.number(),
  applicable: z.number(),
  percent: z.number().nullable(),
});

export const Compliance = z
  .object({
    countryId: z.string(),
    country: Summary,
    byLocation: z.array(Summary.extend({ dutyStationId: z.string(), name: z.string() })),
    byOrganization: z.array(Summary.extend({ organizationId: z.string(), code: z.string() })),
  })
  .meta({ id: 'MossCompliance' });

export const MossStatusPage = paged(MossStatus);
