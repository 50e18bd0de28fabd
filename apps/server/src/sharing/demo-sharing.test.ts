import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { countries } from '../db/schema/index.ts';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo.ts';
import { signIn } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('SLT partner demo data', () => {
  let t: TestApp;
  let countryId: string;

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
    const [xm] = await t.database.db.select().from(countries).where(eq(countries.alpha2, 'XM'));
    countryId = xm!.id;
  }, 180_000);

  it('Meridia has two partners; the one with an expired MoU is flagged and given nothing', async () => {
    const csa = await signIn(t.app, 'csa@fieldsafe.test', DEMO_PASSWORD);
    const res = await csa.get(`/api/countries/${countryId}/slt-partners`);
    expect(res.status).toBe(200);
    const [alliance, water] = res.body.items;
    expect(alliance).toMatchObject({ name: 'Highlands Relief Alliance', sharing: true });
    expect(water).toMatchObject({ sharing: false, flags: ['mou_expired'] });
    const feed = await csa.get(`/api/slt-partners/${alliance.id}/feed`);
    expect(feed.body.riskAssessments.length).toBeGreaterThan(0);
    expect(feed.body.securityLevels.length).toBeGreaterThan(0);
    const none = await csa.get(`/api/slt-partners/${water.id}/feed`);
    expect(none.body.securityLevels).toEqual([]);
  });
});
