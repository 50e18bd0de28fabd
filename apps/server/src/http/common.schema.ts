import { z } from 'zod';

export const IdParams = z.object({ id: z.uuid('must be a UUID') });

export const PageQuery = z.object({
  page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').default(1),
  pageSize: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(200, 'must be 200 or less')
    .default(50),
});

export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number(),
    pageSize: z.number(),
    total: z.number(),
  });
}

/** `YYYY-MM-DD`, a real calendar date. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a real date',
  );

export const Latitude = z
  .number('must be a number')
  .min(-90, 'must be between -90 and 90')
  .max(90, 'must be between -90 and 90');
export const Longitude = z
  .number('must be a number')
  .min(-180, 'must be between -180 and 180')
  .max(180, 'must be between -180 and 180');

export const NonEmpty = (max = 200) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

export const Abilities = z.object({ canEdit: z.boolean() });
