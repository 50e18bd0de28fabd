import { MANAGEMENT_LEVELS, STAFF_TYPES } from '@fieldsafe/core';
import { z } from 'zod';

export const IMPORT_COLUMNS = [
  'staff_id',
  'organization',
  'given_name',
  'family_name',
  'category',
  'contract_type',
  'staff_type',
  'management_level',
  'email',
  'phone',
  'radio_call_sign',
  'gender',
  'duty_station',
  'zone',
  'essential',
  'status',
] as const;
export const REQUIRED_COLUMNS = [
  'staff_id',
  'organization',
  'given_name',
  'family_name',
  'category',
  'duty_station',
] as const;

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const optional = <T extends z.ZodType>(s: T) =>
  z.preprocess(blankToNull, s.nullable()).default(null);

/** One row of an HR export, after CSV parsing; every message names what is wrong. */
export const ImportRow = z.object({
  staff_id: z.string().min(1, 'is required').max(40, 'must be at most 40 characters'),
  organization: z.string().min(1, 'is required'),
  given_name: z.string().min(1, 'is required').max(100),
  family_name: z.string().min(1, 'is required').max(100),
  category: z.enum(['international', 'local'], 'must be international or local'),
  contract_type: optional(z.string().max(60)),
  staff_type: optional(z.enum(STAFF_TYPES, `must be one of ${STAFF_TYPES.join(', ')}`)),
  management_level: optional(z.enum(MANAGEMENT_LEVELS, 'must be senior, middle or staff')),
  email: optional(z.string().toLowerCase().pipe(z.email('is not a valid e-mail address'))),
  phone: optional(z.string().regex(/^\+?[0-9 ()./-]{6,25}$/, 'is not a valid phone number')),
  radio_call_sign: optional(z.string().max(30)),
  gender: optional(z.enum(['female', 'male', 'other'], 'must be female, male or other')),
  duty_station: z.string().min(1, 'is required'),
  zone: optional(z.string().max(120)),
  essential: z
    .preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() : ''),
      z.enum(['', 'yes', 'no', 'true', 'false', '1', '0'], 'must be yes or no'),
    )
    .transform((v) => v === 'yes' || v === 'true' || v === '1'),
  status: z.preprocess(
    (v) => (v === '' || v === undefined ? 'active' : v),
    z.enum(['active', 'separated'], 'must be active or separated'),
  ),
});
