import { APPOINTMENT_ROLES, SMT_SEATS } from '@fieldsafe/core';
import { z } from 'zod';
import { uploadForm } from '../http/upload.ts';
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
  /** A single-agency security officer acting as CSA/SA ad interim [002 Annex B ¶24]. */
  csaAdInterim: z.boolean().default(false),
  /** An SMT member's seat as head of a mission's military or police component [¶16]. */
  smtSeat: z.enum(SMT_SEATS).nullable().default(null),
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
    csaAdInterim: true,
    smtSeat: true,
  }),
);

/** The DO's written confirmation of a CSA/SA ad interim [002 Annex B ¶24]. */
export const AdInterimConfirmationBody = z.object({
  confirmedOn: IsoDate,
  reference: z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters'),
});
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
    csaAdInterim: z.boolean(),
    smtSeat: storedEnum(SMT_SEATS).nullable(),
    /** Who confirmed the CSA/SA ad interim in writing, when, the reference; null: not confirmed. */
    adInterimConfirmation: z
      .object({ byName: z.string(), on: z.string(), reference: z.string() })
      .nullable(),
    abilities: z.object({ canEdit: z.boolean(), canConfirmAdInterim: z.boolean() }),
  })
  .meta({ id: 'Appointment' });

export const AppointmentListQuery = z.object({
  countryId: z.uuid('must be a UUID').optional(),
  personId: z.uuid('must be a UUID').optional(),
  role: z.enum(APPOINTMENT_ROLES).optional(),
  status: z.enum(['upcoming', 'active', 'ended', 'all']).default('active'),
});

/** `POST /api/documents` as a form: the file, and the country it belongs to (none: the uploader's). */
export const DocumentForm = uploadForm({
  countryId: z.uuid('must be a UUID').optional(),
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
