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

/** Whether the reader may add to and change a list: what the web app shows its forms by. */
export const ManageAbility = z.object({ canManage: z.boolean() });

/** A whole list (no paging) with what the reader may do with it. */
export function listWithAbilities<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), abilities: ManageAbility });
}

/** `YYYY-MM-DD`, a real calendar date. */
export const IsoDate = z
  .string()
  // One message per mistake: an empty field is missing, not a malformed or unreal date.
  .min(1, { message: 'is required', abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD', abort: true })
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

type PatchShape<T extends z.ZodRawShape> = {
  [K in keyof T]: z.ZodOptional<T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K]>;
};

/**
 * The schema of a partial update: every field optional and, unlike `.partial()`, no defaults,
 * so a field left out of a PATCH stays as it is instead of being reset.
 */
export function patchOf<T extends z.ZodRawShape>(
  schema: z.ZodObject<T>,
): z.ZodObject<PatchShape<T>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner =
      field instanceof z.ZodDefault ? (field.removeDefault() as z.ZodType) : (field as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<PatchShape<T>>;
}

/**
 * A stored text field that only ever holds one of `values` (every write validates it): the
 * OpenAPI document lists the values, so the web app's generated types know them, while the
 * response is sent as stored, as before (a `z.enum` would refuse an unexpected row with a 500).
 */
export function storedEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.string().meta({ enum: [...values] });
}
