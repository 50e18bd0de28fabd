import {
  GENDERS,
  MANAGEMENT_LEVELS,
  PERSON_KINDS,
  PERSON_STATUSES,
  RELATIONSHIPS,
  STAFF_CATEGORIES,
  STAFF_TYPES,
} from '@fieldsafe/core';
import { z } from 'zod';
import {
  Abilities,
  IsoDate,
  NonEmpty,
  PageQuery,
  patchOf,
  storedEnum,
} from '../http/common.schema.ts';

export { PERSON_KINDS, PERSON_STATUSES, STAFF_CATEGORIES };

const Email = z.string().trim().toLowerCase().pipe(z.email('is not a valid e-mail address'));
const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{6,25}$/, 'is not a valid phone number (digits, spaces, + ( ) . / -)');
const opt = <T extends z.ZodType>(s: T) => s.nullable().optional();

/** Fields a person record accepts, whatever its kind. */
const PersonFields = {
  kind: z.enum(PERSON_KINDS).default('personnel'),
  staffId: opt(z.string().trim().min(1, 'is required').max(40)),
  organizationId: z.uuid('must be a UUID'),
  category: opt(z.enum(STAFF_CATEGORIES)),
  contractType: opt(z.string().trim().max(60)),
  staffType: opt(z.enum(STAFF_TYPES, `must be one of ${STAFF_TYPES.join(', ')}`)),
  managementLevel: opt(z.enum(MANAGEMENT_LEVELS, 'must be senior, middle or staff')),
  givenName: NonEmpty(100),
  familyName: NonEmpty(100),
  email: opt(Email),
  phone: opt(Phone),
  radioCallSign: opt(z.string().trim().max(30)),
  gender: opt(z.enum(GENDERS)),
  dutyStationId: z.uuid('must be a UUID'),
  zoneId: opt(z.uuid('must be a UUID')),
  essential: z.boolean().default(false),
  sponsorId: opt(z.uuid('must be a UUID')),
  relationship: opt(z.enum(RELATIONSHIPS)),
  dateOfBirth: opt(IsoDate),
  stayUntil: opt(IsoDate),
  status: z.enum(PERSON_STATUSES).default('active'),
};

export const PersonBody = z.object(PersonFields);
export type PersonInput = z.infer<typeof PersonBody>;

export const PersonPatch = patchOf(z.object(PersonFields).omit({ kind: true }));
export type PersonPatchInput = z.infer<typeof PersonPatch>;

export const Person = z
  .object({
    id: z.string(),
    kind: storedEnum(PERSON_KINDS),
    staffId: z.string().nullable(),
    organizationId: z.string(),
    organizationCode: z.string(),
    category: storedEnum(STAFF_CATEGORIES).nullable(),
    contractType: z.string().nullable(),
    staffType: z.string().nullable(),
    managementLevel: z.string().nullable(),
    givenName: z.string(),
    familyName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    radioCallSign: z.string().nullable(),
    gender: z.string().nullable(),
    countryId: z.string(),
    areaId: z.string(),
    dutyStationId: z.string(),
    dutyStationName: z.string(),
    zoneId: z.string().nullable(),
    zoneName: z.string().nullable(),
    essential: z.boolean(),
    sponsorId: z.string().nullable(),
    relationship: z.string().nullable(),
    dateOfBirth: z.string().nullable(),
    stayUntil: z.string().nullable(),
    /** Last day of the malicious-acts insurance (MAIP) coverage; null: not recorded [004 ¶27]. */
    maipValidUntil: z.string().nullable(),
    status: z.string(),
    whereaboutsCountryId: z.string().nullable(),
    whereaboutsAreaId: z.string().nullable(),
    whereaboutsNote: z.string().nullable(),
    whereaboutsUpdatedAt: z.date().nullable(),
    updatedAt: z.date(),
    abilities: Abilities,
  })
  .meta({ id: 'Person' });

export const PersonListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  countryId: z.uuid('must be a UUID').optional(),
  areaId: z.uuid('must be a UUID').optional(),
  dutyStationId: z.uuid('must be a UUID').optional(),
  zoneId: z.uuid('must be a UUID').optional(),
  organizationId: z.uuid('must be a UUID').optional(),
  kind: z.enum(PERSON_KINDS).optional(),
  category: z.enum(STAFF_CATEGORIES).optional(),
  staffType: z.enum(STAFF_TYPES).optional(),
  managementLevel: z.enum(MANAGEMENT_LEVELS).optional(),
  essential: z.enum(['true', 'false']).optional(),
  status: z.enum(PERSON_STATUSES).optional(),
});
export type PersonListFilter = z.infer<typeof PersonListQuery>;

export const WhereaboutsBody = z.object({
  countryId: z.uuid('must be a UUID'),
  areaId: z.uuid('must be a UUID').nullable().default(null),
  note: z.string().trim().max(500).nullable().default(null),
});

/** The person's malicious-acts insurance coverage, as their organization records it [004 ¶27]. */
export const MaipBody = z.object({
  validUntil: IsoDate.nullable(),
});
export type MaipInput = z.infer<typeof MaipBody>;
