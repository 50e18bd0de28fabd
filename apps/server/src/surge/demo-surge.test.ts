import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { countries, surgeRequests } from '../db/schema/index.ts';
import { seedDemo } from '../seed/demo.ts';
import { seedDemoSurge } from '../seed/demo-surge.ts';
import { signIn } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('surge demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
  }, 120_000);

  it('the DO of Meridia sees deployments for several reasons in 2026; seeding again adds nothing', async () => {
    const d = await signIn(t.app, 'do@fieldsafe.test', 'fieldsafe-demo');
    const [meridia] = await t.database.db
      .select()
      .from(countries)
      .where(eq(countries.alpha2, 'XM'));
    const stats = await d.get(`/api/surge/statistics?year=2026&countryId=${meridia?.id}`);
    expect(stats.status).toBe(200);
    expect(stats.body.byReason.map((r: { reason: string }) => r.reason)).toEqual([
      'security_emergency',
      'temporary_coverage',
      'humanitarian_emergency',
      'hostage_abduction',
    ]);
    expect(stats.body.total.deployments).toBe(5);
    expect(stats.body.total.visasCounted).toBe(2);
    const admin = await signIn(t.app, 'admin@fieldsafe.test', 'fieldsafe-demo');
    expect((await admin.get('/api/surge/roster')).body.total).toBe(5);
    await seedDemoSurge(t.database.db);
    const [n] = await t.database.db
      .select({ n: count() })
      .from(surgeRequests)
      .where(eq(surgeRequests.countryId, meridia?.id ?? ''));
    expect(n?.n).toBe(4);
  });
});
