import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  countries,
  mossAdoptions,
  mossStatuses,
  riskAssessments,
  securityLevelDecisions,
} from '../db/schema/index.ts';
import { seedDemo } from '../seed/demo.ts';
import { seedDemoRisk } from '../seed/demo-risk.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('risk demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
  }, 60_000);

  it('holds a full assessment for Port Amara (two versions) and Kessa, and a level history', async () => {
    const db = t.database.db;
    const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
    expect(country).toBeDefined();
    const rows = await db.select().from(riskAssessments);
    expect(rows.map((r) => [r.title, r.supersededAt === null]).sort()).toEqual([
      ['Kessa security risk assessment 2026', true],
      ['Port Amara security risk assessment 2025', false],
      ['Port Amara security risk assessment 2026', true],
    ]);
    const [levels] = await db.select({ n: count() }).from(securityLevelDecisions);
    expect(levels?.n).toBe(5);
  });

  it('loading it again changes nothing', async () => {
    const db = t.database.db;
    await seedDemoRisk(db);
    const [n] = await db.select({ n: count() }).from(riskAssessments);
    expect(n?.n).toBe(3);
  });

  it('MOSS is adopted with mixed statuses', async () => {
    const db = t.database.db;
    const [adopted] = await db.select({ n: count() }).from(mossAdoptions);
    expect(adopted?.n).toBeGreaterThan(20);
    const statuses = await db.selectDistinct({ s: mossStatuses.status }).from(mossStatuses);
    expect(statuses.map((r) => r.s).sort()).toEqual([
      'implemented',
      'not_applicable',
      'not_implemented',
      'partially_implemented',
    ]);
  });

  it('the CSA sees the demo heat map', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'csa@fieldsafe.test', password: 'fieldsafe-demo' },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const [country] = await t.database.db
      .select()
      .from(countries)
      .where(eq(countries.alpha2, 'XM'));
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/countries/${country?.id}/risk/heatmap`,
      headers: { cookie },
    });
    expect(res.json()).toMatchObject({ total: 10, residualUnrated: 1, assessments: 2 });
  });

  it('the OpenAPI document describes the risk and compliance routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { paths: Record<string, unknown>; components: { schemas: object } };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/risk/assessments',
        '/api/countries/{id}/risk/heatmap',
        '/api/countries/{id}/moss/compliance',
        '/api/compliance-findings/{id}/close',
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['RiskAssessment', 'RiskHeatMap', 'MossCompliance']),
    );
  });
});
