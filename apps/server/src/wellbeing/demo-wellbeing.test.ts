import { supportCaseIssues } from '@fieldsafe/core';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { countries, hostAgreements, supportCases } from '../db/schema/index.ts';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo.ts';
import { COUNSELLOR_EMAIL, seedDemoWellbeing } from '../seed/demo-wellbeing.ts';
import { signIn } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('stress support and host country agreement demo data', () => {
  let t: TestApp;
  let countryId: string;

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
    const [xm] = await t.database.db.select().from(countries).where(eq(countries.alpha2, 'XM'));
    countryId = xm!.id;
  }, 120_000);

  it('the counsellor follows Meridia’s affected staff, one of them the demo staff member', async () => {
    const c = await signIn(t.app, COUNSELLOR_EMAIL, DEMO_PASSWORD);
    const cases = await c.get(`/api/countries/${countryId}/stress-support/cases`);
    expect(cases.status).toBe(200);
    expect(cases.body.items.length).toBeGreaterThanOrEqual(4);
    expect(cases.body.items.some((k: { overdue: boolean }) => k.overdue)).toBe(true);
    expect(cases.body.groupSessions).toHaveLength(1);
    const staff = await signIn(t.app, 'staff@fieldsafe.test', DEMO_PASSWORD);
    const mine = await staff.get('/api/stress-support/mine');
    expect(mine.body.items).toHaveLength(1);
  });

  it('the DO sees the counts and the flagged agreements, never a name', async () => {
    const d = await signIn(t.app, 'do@fieldsafe.test', DEMO_PASSWORD);
    const s = await d.get(`/api/countries/${countryId}/stress-support`);
    expect(s.status).toBe(200);
    expect(s.body.counts.followUpsOverdue).toBeGreaterThan(0);
    expect(JSON.stringify(s.body)).not.toContain('Ortega');
    const flagged = await d.get('/api/host-agreements/flagged');
    expect(
      flagged.body.items.map((a: { organizationCode: string }) => a.organizationCode).sort(),
    ).toEqual(['UNDP', 'WFP']);
  });

  it('every demo case keeps the rules (dates after the opening, a crisis or an incident)', async () => {
    const rows = await t.database.db.select().from(supportCases);
    expect(rows.flatMap((r) => supportCaseIssues(r))).toEqual([]);
  });

  it('loading it again changes nothing', async () => {
    const db = t.database.db;
    await seedDemoWellbeing(db);
    const [a] = await db.select({ n: count() }).from(hostAgreements);
    const [k] = await db.select({ n: count() }).from(supportCases);
    expect(a?.n).toBe(3);
    expect(k?.n).toBeGreaterThanOrEqual(4);
  });
});
