import { AGREEMENT_FLAGS } from '@fieldsafe/core';
import { z } from 'zod';
import { Abilities, IsoDate, NonEmpty, patchOf } from '../http/common.schema.ts';

const Fields = {
  organizationId: z.uuid('must be a UUID'),
  title: NonEmpty(300),
  parties: NonEmpty(500),
  signedOn: IsoDate.nullable().default(null),
  securityAnnex: z.boolean('must be true or false').default(false),
  annexSummary: z
    .string()
    .trim()
    .max(5000, 'must be at most 5000 characters')
    .nullable()
    .default(null),
  documentReference: z
    .string()
    .trim()
    .max(200, 'must be at most 200 characters')
    .nullable()
    .default(null),
  reviewDueOn: IsoDate.nullable().default(null),
  lastReviewedOn: IsoDate.nullable().default(null),
};

export const AgreementBody = z.object(Fields);
export type AgreementInput = z.infer<typeof AgreementBody>;
export const AgreementPatch = patchOf(z.object(Fields).omit({ organizationId: true }));
export type AgreementPatchInput = z.infer<typeof AgreementPatch>;

export const Agreement = z
  .object({
    id: z.string(),
    countryId: z.string(),
    countryName: z.string(),
    organizationId: z.string(),
    organizationCode: z.string(),
    title: z.string(),
    parties: z.string(),
    signedOn: z.string().nullable(),
    securityAnnex: z.boolean(),
    annexSummary: z.string().nullable(),
    documentReference: z.string().nullable(),
    reviewDueOn: z.string().nullable(),
    lastReviewedOn: z.string().nullable(),
    flags: z.array(z.enum(AGREEMENT_FLAGS)),
    abilities: Abilities,
  })
  .meta({ id: 'HostCountryAgreement' });

export const CountryAgreements = z
  .object({ countryId: z.string(), items: z.array(Agreement), abilities: Abilities })
  .meta({ id: 'CountryHostAgreements' });

export const AgreementFlagList = z
  .object({ items: z.array(Agreement) })
  .meta({ id: 'HostAgreementsFlagged' });
