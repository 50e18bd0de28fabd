import { z } from 'zod';
import { APPOINTMENT_ROLES, LOCALES, PERMISSIONS } from '@fieldsafe/core';

export const LoginBody = z.object({
  email: z.string().trim().min(1, 'is required').max(320),
  password: z.string().min(1, 'is required').max(1024),
});

export const AppointmentSummary = z.object({
  role: z.enum(APPOINTMENT_ROLES),
  countryId: z.string().nullable(),
  areaId: z.string().nullable(),
  zoneId: z.string().nullable(),
  organizationId: z.string().nullable(),
});

const PermissionList = z.array(z.enum(PERMISSIONS));

/** What the signed-in person may do where: computed by the server's permission rules. */
export const Abilities = z
  .object({
    anywhere: PermissionList,
    everyCountry: PermissionList,
    everyWholeCountry: PermissionList,
    anyCountry: z.boolean(),
    countries: z.array(
      z.object({ countryId: z.string(), somewhere: PermissionList, whole: PermissionList }),
    ),
    /** The roles the person may appoint someone to somewhere. */
    appoints: z.array(z.enum(APPOINTMENT_ROLES)),
  })
  .meta({ id: 'Abilities' });

export const Me = z
  .object({
    userId: z.string(),
    email: z.string(),
    locale: z.enum(LOCALES),
    personId: z.string().nullable(),
    isSystemAdmin: z.boolean(),
    homeCountryId: z.string().nullable(),
    appointments: z.array(AppointmentSummary),
    abilities: Abilities,
    csrfToken: z.string().nullable(),
    /** `enrol` or `challenge`: nothing can be changed until the second factor is passed. */
    secondFactor: z.enum(['not_required', 'enrol', 'challenge', 'satisfied']),
    totpEnabled: z.boolean(),
    /** Whether the user's roles require a second factor (then it cannot be removed). */
    secondFactorRequired: z.boolean(),
    signInMethod: z.enum(['password', 'oidc', 'token']),
  })
  .meta({ id: 'Me' });

const Code = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'must be the 6 digits shown by your app');

export const TotpConfirmBody = z.object({ code: Code });

export const SecondFactorChallengeBody = z
  .object({
    code: Code.optional(),
    recoveryCode: z.string().trim().min(1, 'is required').max(40).optional(),
  })
  .refine((b) => b.code !== undefined || b.recoveryCode !== undefined, {
    message: 'give a code or a recovery code',
    path: ['code'],
  });

export const TotpSetup = z
  .object({ secret: z.string(), uri: z.string() })
  .meta({ id: 'TotpSetup' });
export const RecoveryCodes = z
  .object({ recoveryCodes: z.array(z.string()) })
  .meta({ id: 'RecoveryCodes' });

export const ApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.date(),
    expiresAt: z.date().nullable(),
    lastUsedAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const CreateApiTokenBody = z.object({
  name: z.string().trim().min(1, 'is required').max(100),
  expiresAt: z.coerce.date().nullable().default(null),
});

export const LocaleBody = z.object({ locale: z.enum(LOCALES) });

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, 'is required'),
  newPassword: z.string().min(1, 'is required').max(1024),
});
