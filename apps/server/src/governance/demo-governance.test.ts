import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgets, recommendations, smtMeetings } from '../db/schema/index.ts';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo.ts';
import { seedDemoGovernance } from '../seed/demo-governance.ts';
import { signIn } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('budget and governance demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
  }, 60_000);

  it('holds the 2016-2017 jointly financed budget apportioned to exactly 227,184,500 USD', async () => {
    const admin = await signIn(t.app, 'admin@fieldsafe.test', DEMO_PASSWORD);
    const list = await admin.get('/api/budgets?kind=system');
    const b = list.body.items.find((x: { biennium: string }) => x.biennium === '2016-2017');
    expect(b).toMatchObject({ totalDollars: 227_184_500, minimumDollars: 75_000 });
    const detail = await admin.get(`/api/budgets/${b.id}`);
    const lines = detail.body.lines as { amountDollars: number; minimumApplied: boolean }[];
    expect(lines.reduce((a, l) => a + l.amountDollars, 0)).toBe(227_184_500);
    expect(lines.some((l) => l.minimumApplied)).toBe(true);
  });

  it('the DO sees the Port Amara budget, two SMT meetings and the plan', async () => {
    const d = await signIn(t.app, 'do@fieldsafe.test', DEMO_PASSWORD);
    const local = await d.get('/api/budgets?kind=local');
    expect(local.body.items).toHaveLength(1);
    const countryId = local.body.items[0].countryId;
    const meetings = await d.get(`/api/countries/${countryId}/smt-meetings`);
    expect(meetings.body.items).toHaveLength(2);
    const plans = await d.get(`/api/countries/${countryId}/security-plans`);
    expect(plans.body.items[0].indicatorsTotal).toBe(5);
    const recs = await d.get(`/api/recommendations?countryId=${countryId}`);
    expect(recs.body.total).toBe(2);
  });

  it('loading it again changes nothing', async () => {
    const db = t.database.db;
    await seedDemoGovernance(db);
    const [b] = await db.select({ n: count() }).from(budgets);
    const [r] = await db.select({ n: count() }).from(recommendations);
    const [m] = await db.select({ n: count() }).from(smtMeetings);
    // Two SMT meetings and two of the security cell (the structure demo).
    expect([b?.n, r?.n, m?.n]).toEqual([3, 10, 4]);
  });
});
