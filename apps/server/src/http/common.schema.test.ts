import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { patchOf } from './common.schema.ts';

describe('patch schemas', () => {
  const Body = z.object({
    name: z.string(),
    note: z.string().nullable().default(null),
    active: z.boolean().default(true),
  });

  it('a field left out of a patch stays out: no default fills it in', () => {
    expect(patchOf(Body).parse({ name: 'x' })).toEqual({ name: 'x' });
    expect(patchOf(Body).parse({})).toEqual({});
  });

  it('a field sent in a patch is still validated', () => {
    expect(patchOf(Body).safeParse({ active: 'yes' }).success).toBe(false);
    expect(patchOf(Body).parse({ note: null })).toEqual({ note: null });
  });
});
