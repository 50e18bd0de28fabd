import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

interface Param {
  name: string;
  in: string;
  required?: boolean;
}
type Doc = { paths: Record<string, Record<string, { parameters?: Param[] }>> };

/**
 * Every GET endpoint of the OpenAPI document that takes a `countryId` query parameter (and no
 * path parameter): asked by a country's security adviser about a country outside their scope, it
 * answers 404, never an empty 200.
 */
describe('country-scoped reads', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let csa: Client;

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
    other = await buildWorld(t.database.db, 'Elsewhere');
    csa = await signIn(t.app, (await buildUser(t.database.db, w, 'CSA')).email);
  });

  it('a country outside the caller’s scope is 404 on every country report', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as Doc;
    const answers: string[] = [];
    let checked = 0;
    for (const [route, ops] of Object.entries(doc.paths)) {
      const params = ops.get?.parameters ?? [];
      if (route.includes('{') || !params.some((p) => p.in === 'query' && p.name === 'countryId'))
        continue;
      // Reports (not lists, where countryId is one filter among others).
      if (!/report|statistics|export|rate|indicators/.test(route)) continue;
      checked += 1;
      const own = await csa.get(`${route}?countryId=${w.country.id}`);
      const res = await csa.get(`${route}?countryId=${other.country.id}`);
      if (own.status === 200 && res.status !== 404) answers.push(`${route} → ${res.status}`);
    }
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(answers).toEqual([]);
  });
});
