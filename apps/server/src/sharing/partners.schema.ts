import { PARTNER_FLAGS, PARTNER_TYPES, SHARED_KINDS } from '@fieldsafe/core';
import { z } from 'zod';
import { Abilities, IsoDate, NonEmpty, patchOf } from '../http/common.schema.ts';

const optText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullable().default(null);

const Fields = {
  name: NonEmpty(300),
  partnerType: z.enum(PARTNER_TYPES, 'must be NGO or IGO'),
  homeCountry: optText(100),
  mouReference: optText(200),
  mouSignedOn: IsoDate.nullable().default(null),
  mouExpiresOn: IsoDate.nullable().default(null),
  contactName: optText(200),
  contactEmail: z.email('is not a valid e-mail address').nullable().default(null),
  sharedKinds: z
    .array(
      z.enum(
        SHARED_KINDS,
        `must be ${SHARED_KINDS.slice(0, -1).join(', ')} or ${SHARED_KINDS.at(-1) ?? ''}`,
      ),
    )
    .max(SHARED_KINDS.length)
    .default([]),
};

export const PartnerBody = z.object(Fields);
export type PartnerInput = z.infer<typeof PartnerBody>;
export const PartnerPatch = patchOf(z.object(Fields));
export type PartnerPatchInput = z.infer<typeof PartnerPatch>;

export const Partner = z
  .object({
    id: z.string(),
    countryId: z.string(),
    name: z.string(),
    partnerType: z.enum(PARTNER_TYPES),
    homeCountry: z.string().nullable(),
    mouReference: z.string().nullable(),
    mouSignedOn: z.string().nullable(),
    mouExpiresOn: z.string().nullable(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    sharedKinds: z.array(z.enum(SHARED_KINDS)),
    /** The MoU is in force today: only then is anything shared. */
    sharing: z.boolean(),
    flags: z.array(z.enum(PARTNER_FLAGS)),
    abilities: Abilities,
  })
  .meta({ id: 'SltPartner' });

export const CountryPartners = z
  .object({ countryId: z.string(), items: z.array(Partner), abilities: Abilities })
  .meta({ id: 'CountrySltPartners' });

const Shared = {
  classification: z.string(),
  /** Shared because it is marked shareable with SLT partners (not public). */
  marked: z.boolean(),
};

/** What one partner is given today: security information only, never personnel data. */
export const PartnerFeed = z
  .object({
    partner: z.object({ id: z.string(), name: z.string(), partnerType: z.enum(PARTNER_TYPES) }),
    countryId: z.string(),
    countryName: z.string(),
    generatedOn: z.string(),
    sharing: z.boolean(),
    flags: z.array(z.enum(PARTNER_FLAGS)),
    sharedKinds: z.array(z.enum(SHARED_KINDS)),
    securityLevels: z.array(
      z.object({
        areaName: z.string().nullable(),
        scale: z.string(),
        level: z.string(),
        effectiveFrom: z.string(),
      }),
    ),
    incidentTrends: z.array(
      z.object({ month: z.string(), category: z.string(), incidents: z.number() }),
    ),
    advisories: z.array(
      z.object({
        title: z.string(),
        body: z.string(),
        validFrom: z.string(),
        validUntil: z.string().nullable(),
      }),
    ),
    riskAssessments: z.array(
      z.object({
        title: z.string(),
        locationName: z.string(),
        assessedOn: z.string(),
        reviewDue: z.string(),
        summary: z.string().nullable(),
        ...Shared,
      }),
    ),
    securityPlans: z.array(
      z.object({ kind: z.string(), title: z.string(), summary: z.string().nullable(), ...Shared }),
    ),
    crisisLogs: z.array(
      z.object({
        crisisTitle: z.string(),
        kind: z.string(),
        text: z.string(),
        at: z.date(),
        ...Shared,
      }),
    ),
  })
  .meta({ id: 'SltPartnerFeed' });
