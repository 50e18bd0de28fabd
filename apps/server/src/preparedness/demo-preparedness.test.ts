import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { preparednessPlans } from '../db/schema/index.ts';
import { seedDemo } from '../seed/demo.ts';
import { seedDemoPreparedness } from '../seed/demo-preparedness.ts';
import { signIn } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('preparedness demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
  }, 180_000);

  it('the CSA sees the plan partly acknowledged, Kessa’s quick drill overdue and missed radio calls; seeding again adds nothing', async () => {
    const csa = await signIn(t.app, 'csa@fieldsafe.test', 'fieldsafe-demo');
    const plans = await csa.get('/api/preparedness/plans');
    expect(plans.status).toBe(200);
    const country = plans.body.items.find((p: { kind: string }) => p.kind === 'country');
    expect(country.current.number).toBe(2);
    expect(country.current.progress.acknowledged).toBeGreaterThan(0);
    expect(country.current.progress.acknowledged).toBeLessThan(country.current.progress.requested);
    const overdue = await csa.get(`/api/drills/overdue?countryId=${country.countryId}`);
    expect(overdue.body.items).toEqual([
      expect.objectContaining({ dutyStationName: 'Kessa', kind: 'quick', riskBand: 'high' }),
    ]);
    const radio = await csa.get(`/api/radio-checks?countryId=${country.countryId}`);
    expect(radio.body.items[0].missed).toBe(2);

    const staff = await signIn(t.app, 'staff@fieldsafe.test', 'fieldsafe-demo');
    const mine = await staff.get('/api/preparedness/plans?toAcknowledge=true');
    expect(mine.body.items.map((p: { id: string }) => p.id)).toEqual([country.id]);

    await seedDemoPreparedness(t.database.db);
    const [n] = await t.database.db
      .select({ n: count() })
      .from(preparednessPlans)
      .where(eq(preparednessPlans.countryId, country.countryId));
    expect(n?.n).toBe(2);
  });
});
