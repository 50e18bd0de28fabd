import { isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { people } from '../db/schema/index.ts';
import { testApp } from '../../test/harness.ts';
import { seedDemo } from './demo.ts';

describe('demo country', () => {
  it('every demo e-mail address is valid, so an export imports back without errors', async () => {
    const t = await testApp();
    await seedDemo(t.database.db);
    const rows = await t.database.db
      .select({ email: people.email })
      .from(people)
      .where(isNotNull(people.email));
    expect(rows.length).toBeGreaterThan(300);
    const invalid = rows.filter((r) => !z.email().safeParse(r.email).success).map((r) => r.email);
    expect(invalid).toEqual([]);
  }, 120_000);
});
