import { normalisePhone } from '@fieldsafe/core';
import { isNotNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { people } from '../db/schema/index.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { seedDemo } from './demo.ts';

describe('demo country', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
  }, 120_000);

  it('every demo e-mail address is valid, so an export imports back without errors', async () => {
    const rows = await t.database.db
      .select({ email: people.email })
      .from(people)
      .where(isNotNull(people.email));
    expect(rows.length).toBeGreaterThan(300);
    const invalid = rows.filter((r) => !z.email().safeParse(r.email).success).map((r) => r.email);
    expect(invalid).toEqual([]);
  });

  it('every demo phone number is valid E.164, and some households share one', async () => {
    const rows = await t.database.db
      .select({ phone: people.phone })
      .from(people)
      .where(isNotNull(people.phone));
    expect(rows.length).toBeGreaterThan(300);
    const invalid = rows.filter((r) => {
      const n = normalisePhone(r.phone!);
      return !n.ok || n.e164 !== r.phone;
    });
    expect(invalid).toEqual([]);
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.phone!, (counts.get(r.phone!) ?? 0) + 1);
    expect([...counts.values()].filter((n) => n > 1).length).toBeGreaterThan(10);
  });
});
