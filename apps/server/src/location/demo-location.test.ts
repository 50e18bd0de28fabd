import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../seed/demo.ts';
import { seedDemoLocation } from '../seed/demo-location.ts';
import { signIn } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('precise location demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
  }, 120_000);

  it('the DO sees one ended activation and one in force for the Northern Highlands; seeding again adds nothing', async () => {
    const d = await signIn(t.app, 'do@fieldsafe.test', 'fieldsafe-demo');
    const country = (await d.get('/api/auth/me')).body.homeCountryId as string;
    const list = await d.get(`/api/countries/${country}/location-activations`);
    expect(list.status).toBe(200);
    const summary = (items: { areaName: string; inForce: boolean; endedAt: string | null }[]) =>
      items.map((a) => [a.areaName, a.inForce, a.endedAt !== null]);
    expect(summary(list.body.items)).toEqual([
      ['Northern Highlands', true, false],
      ['Eastern Lakes', false, true],
    ]);
    expect(list.body.abilities).toEqual({ canActivate: true, canDelegate: true });
    await seedDemoLocation(t.database.db);
    const again = await d.get(`/api/countries/${country}/location-activations`);
    expect(again.body.items).toHaveLength(2);
  });
});
