import { RECOMMENDATION_BODIES, RECOMMENDATION_STATUSES } from '@fieldsafe/core';
import { z } from 'zod';
import { Abilities, IsoDate, NonEmpty, PageQuery, patchOf } from '../http/common.schema.ts';

const Uuid = z.uuid('must be a UUID');

const RecommendationFields = {
  body: z.enum(RECOMMENDATION_BODIES),
  reference: NonEmpty(100),
  issuedOn: IsoDate,
  text: NonEmpty(5000),
  /** Set for recommendations about one country (required for compliance missions). */
  countryId: Uuid.nullable().default(null),
  addresseeIds: z
    .array(Uuid)
    .min(1, 'must name at least one organization')
    .max(100, 'must name at most 100 organizations'),
  owner: NonEmpty(200),
  deadline: IsoDate.nullable().default(null),
  status: z.enum(RECOMMENDATION_STATUSES).default('open'),
};

export const RecommendationBody = z.object(RecommendationFields);
export type RecommendationInput = z.infer<typeof RecommendationBody>;

export const RecommendationPatch = patchOf(
  z.object({
    ...RecommendationFields,
    /** Why the status changed: kept in the status history. */
    statusNote: z.string().trim().max(1000),
  }),
);
export type RecommendationPatchInput = z.infer<typeof RecommendationPatch>;

export const EvidenceBody = z.object({
  description: NonEmpty(2000),
  url: z.url('must be a URL').max(1000).nullable().default(null),
  documentId: Uuid.nullable().default(null),
});
export type EvidenceInput = z.infer<typeof EvidenceBody>;

export const RecommendationListQuery = PageQuery.extend({
  body: z.enum(RECOMMENDATION_BODIES).optional(),
  status: z.enum(RECOMMENDATION_STATUSES).optional(),
  organizationId: Uuid.optional(),
  countryId: Uuid.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
});
export type RecommendationListFilter = z.infer<typeof RecommendationListQuery>;

const Addressee = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const RecommendationSummary = z
  .object({
    id: z.string(),
    body: z.enum(RECOMMENDATION_BODIES),
    reference: z.string(),
    issuedOn: z.string(),
    text: z.string(),
    countryId: z.string().nullable(),
    owner: z.string(),
    deadline: z.string().nullable(),
    status: z.enum(RECOMMENDATION_STATUSES),
    overdue: z.boolean(),
    addressees: z.array(Addressee),
    updatedAt: z.date(),
    abilities: Abilities,
  })
  .meta({ id: 'RecommendationSummary' });

export const Recommendation = RecommendationSummary.extend({
  history: z.array(
    z.object({
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      note: z.string().nullable(),
      changedBy: z.string(),
      changedAt: z.date(),
    }),
  ),
  evidence: z.array(
    z.object({
      id: z.string(),
      description: z.string(),
      url: z.string().nullable(),
      documentId: z.string().nullable(),
      addedBy: z.string(),
      createdAt: z.date(),
    }),
  ),
}).meta({ id: 'Recommendation' });

const Rate = z.object({
  key: z.string(),
  total: z.number(),
  implemented: z.number(),
  notAccepted: z.number(),
  pending: z.number(),
  overdue: z.number(),
  ratePercent: z.string().nullable(),
});

export const ImplementationRates = z
  .object({ asOf: z.string(), byBody: z.array(Rate), byOrganization: z.array(Rate) })
  .meta({ id: 'ImplementationRates' });
