import { AREA_KINDS, DUTY_STATION_KINDS, PREMISES_KINDS } from '@fieldsafe/core';
import { z } from 'zod';
import {
  patchOf,
  Abilities,
  Latitude,
  Longitude,
  NonEmpty,
  storedEnum,
} from '../http/common.schema.ts';

export const ORGANIZATION_TYPES = [
  'secretariat',
  'fund_programme',
  'specialized_agency',
  'related_organization',
  'mission',
  'other_entity',
  'partner_ngo',
  'partner_igo',
] as const;
export { AREA_KINDS, DUTY_STATION_KINDS, PREMISES_KINDS };

export const Organization = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameFr: z.string().nullable(),
    /** The name in Arabic, Spanish, Russian and Chinese, where known (else `name`). */
    names: z.object({
      ar: z.string().optional(),
      es: z.string().optional(),
      ru: z.string().optional(),
      zh: z.string().optional(),
    }),
    type: z.string(),
    memberOfUnsms: z.boolean(),
    executiveHead: z.string().nullable(),
  })
  .meta({ id: 'Organization' });

export const OrganizationBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,20}$/, 'must be 2–20 letters, digits or hyphens'),
  name: NonEmpty(200),
  nameFr: z.string().trim().max(200).nullable().default(null),
  names: z
    .object({
      ar: NonEmpty(200).optional(),
      es: NonEmpty(200).optional(),
      ru: NonEmpty(200).optional(),
      zh: NonEmpty(200).optional(),
    })
    .strict()
    .default({}),
  type: z.enum(ORGANIZATION_TYPES),
  memberOfUnsms: z.boolean().default(true),
  executiveHead: z.string().trim().max(200).nullable().default(null),
});

export const Country = z
  .object({
    id: z.string(),
    alpha2: z.string(),
    alpha3: z.string(),
    numeric: z.string(),
    nameEn: z.string(),
    nameFr: z.string(),
    hasPresence: z.boolean(),
  })
  .meta({ id: 'Country' });

export const Area = z
  .object({
    id: z.string(),
    countryId: z.string(),
    name: z.string(),
    kind: storedEnum(AREA_KINDS),
    isDesignatedArea: z.boolean(),
    abilities: Abilities,
  })
  .meta({ id: 'Area' });

export const AreaBody = z.object({
  countryId: z.uuid('must be a UUID'),
  name: NonEmpty(120),
  kind: z.enum(AREA_KINDS),
});
export const AreaPatch = patchOf(AreaBody.omit({ countryId: true }));

export const DutyStation = z
  .object({
    id: z.string(),
    countryId: z.string(),
    areaId: z.string(),
    name: z.string(),
    kind: storedEnum(DUTY_STATION_KINDS),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    abilities: Abilities,
  })
  .meta({ id: 'DutyStation' });

export const DutyStationBody = z.object({
  areaId: z.uuid('must be a UUID'),
  name: NonEmpty(120),
  kind: z.enum(DUTY_STATION_KINDS),
  latitude: Latitude.nullable().default(null),
  longitude: Longitude.nullable().default(null),
});
export const DutyStationPatch = patchOf(DutyStationBody.omit({ areaId: true }));

export const WardenZone = z
  .object({
    id: z.string(),
    countryId: z.string(),
    areaId: z.string(),
    dutyStationId: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    abilities: Abilities,
  })
  .meta({ id: 'WardenZone' });

export const WardenZoneBody = z.object({
  dutyStationId: z.uuid('must be a UUID'),
  name: NonEmpty(120),
  description: z.string().trim().max(2000).nullable().default(null),
});
export const WardenZonePatch = patchOf(WardenZoneBody.omit({ dutyStationId: true }));

export const Premises = z
  .object({
    id: z.string(),
    countryId: z.string(),
    areaId: z.string(),
    dutyStationId: z.string(),
    zoneId: z.string().nullable(),
    organizationId: z.string().nullable(),
    name: z.string(),
    kind: storedEnum(PREMISES_KINDS),
    shared: z.boolean(),
    address: z.string().nullable(),
    latitude: z.number(),
    longitude: z.number(),
    abilities: Abilities,
  })
  .meta({ id: 'Premises' });

export const PremisesBody = z.object({
  dutyStationId: z.uuid('must be a UUID'),
  zoneId: z.uuid('must be a UUID').nullable().default(null),
  organizationId: z.uuid('must be a UUID').nullable().default(null),
  name: NonEmpty(160),
  kind: z.enum(PREMISES_KINDS),
  shared: z.boolean().default(false),
  address: z.string().trim().max(500).nullable().default(null),
  latitude: Latitude,
  longitude: Longitude,
});
export const PremisesPatch = patchOf(PremisesBody.omit({ dutyStationId: true }));
