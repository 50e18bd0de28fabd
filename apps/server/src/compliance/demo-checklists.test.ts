import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../seed/demo.ts';
import { seedDemoComplianceChecklists } from '../seed/demo-compliance-checklists.ts';
import { signIn } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('compliance checklists, spot check and system-wide rate in the demo', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
  }, 120_000);

  it('the demo mission has filled checklists per actor and a spot check, each answer valid for its checklist', async () => {
    const csa = await signIn(t.app, 'csa@fieldsafe.test', 'fieldsafe-demo');
    const me = await csa.get('/api/auth/me');
    const country = me.body.homeCountryId;
    const missions = await csa.get(`/api/countries/${country}/compliance-missions`);
    const withLists = [];
    for (const m of missions.body.items) {
      const lists = await csa.get(`/api/compliance-missions/${m.id}/checklists`);
      withLists.push(...lists.body.items);
    }
    expect(withLists.map((c: { actorCategory: string }) => c.actorCategory)).toEqual([
      'do',
      'security_adviser',
      'organization',
      'wardens',
      'staff',
    ]);
    const defaults = await csa.get('/api/compliance/checklist');
    for (const c of withLists) {
      const items = defaults.body.categories
        .find((x: { actorCategory: string }) => x.actorCategory === c.actorCategory)
        .items.map((i: { item: string }) => i.item);
      for (const a of c.answers) expect(items).toContain(a.item);
    }
    const spot = await csa.get(`/api/countries/${country}/spot-checks`);
    expect(spot.body.items).toHaveLength(1);
    // Seeding again adds nothing.
    await seedDemoComplianceChecklists(t.database.db);
    expect((await csa.get(`/api/countries/${country}/spot-checks`)).body.items).toHaveLength(1);
  });

  it('headquarters see the implementation rate across the two demo countries; the CSA does not', async () => {
    const admin = await signIn(t.app, 'admin@fieldsafe.test', 'fieldsafe-demo');
    const res = await admin.get('/api/compliance/system-rate?fromYear=2024&toYear=2025');
    expect(res.status).toBe(200);
    expect(res.body.countries.map((c: { alpha2: string }) => c.alpha2).sort()).toEqual([
      'XM',
      'XN',
    ]);
    expect(res.body.overall.years.map((y: { year: number }) => y.year)).toEqual([2024, 2025]);
    const csa = await signIn(t.app, 'csa@fieldsafe.test', 'fieldsafe-demo');
    expect((await csa.get('/api/compliance/system-rate')).status).toBe(403);
  });
});
