import { APPOINTMENT_ROLES } from '@fieldsafe/core';
import { z } from 'zod';
import { IsoDate, patchOf, storedEnum } from '../http/common.schema.ts';

const optUuid = z.uuid('must be a UUID').nullable().default(null);
/** Optional text where blank means absent, so a blank letter reference is no letter. */
const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .transform((v) => (v === '' ? null : v))
    .default(null);

export const AppointmentBody = z.object({
  role: z.enum(APPOINTMENT_ROLES),
  personId: z.uuid('must be a UUID'),
  countryId: optUuid,
  areaId: optUuid,
  zoneId: optUuid,
  organizationId: optUuid,
  letterDocumentId: optUuid,
  letterReference: optText(120),
  letterDate: IsoDate.nullable().default(null),
  termsOfReference: optText(20_000),
  appointedBy: optText(200),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable().default(null),
});
export type AppointmentInput = z.infer<typeof AppointmentBody>;

export const AppointmentPatch = patchOf(
  AppointmentBody.pick({
    letterDocumentId: true,
    letterReference: true,
    letterDate: true,
    termsOfReference: true,
    appointedBy: true,
    startsOn: true,
    endsOn: true,
  }),
);
export type AppointmentPatchInput = z.infer<typeof AppointmentPatch>;

export const Appointment = z
  .object({
    id: z.string(),
    role: storedEnum(APPOINTMENT_ROLES),
    personId: z.string(),
    personName: z.string(),
    countryId: z.string().nullable(),
    areaId: z.string().nullable(),
    zoneId: z.string().nullable(),
    organizationId: z.string().nullable(),
    letterDocumentId: z.string().nullable(),
    letterReference: z.string().nullable(),
    letterDate: z.string().nullable(),
    termsOfReference: z.string().nullable(),
    appointedBy: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    status: z.enum(['upcoming', 'active', 'ended']),
    hasLetter: z.boolean(),
    abilities: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: 'Appointment' });

export const AppointmentListQuery = z.object({
  countryId: z.uuid('must be a UUID').optional(),
  personId: z.uuid('must be a UUID').optional(),
  role: z.enum(APPOINTMENT_ROLES).optional(),
  status: z.enum(['upcoming', 'active', 'ended', 'all']).default('active'),
});

export const DocumentBody = z.object({
  countryId: z.uuid('must be a UUID').nullable().default(null),
  filename: z.string().trim().min(1, 'is required').max(200),
  mediaType: z.enum(
    ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'],
    'must be PDF, PNG, JPEG or plain text',
  ),
  contentBase64: z
    .string()
    .min(1, 'is required')
    .max(7_000_000, 'must be at most 5 MB')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'is not base64'),
});

export const DocumentMeta = z
  .object({
    id: z.string(),
    filename: z.string(),
    mediaType: z.string(),
    size: z.number(),
    sha256: z.string(),
    createdAt: z.date(),
  })
  .meta({ id: 'Document' });
