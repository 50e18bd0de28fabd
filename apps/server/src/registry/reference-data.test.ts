import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, signIn, type Client } from '../../test/factories.ts';
import { testApp } from '../../test/harness.ts';
import organizationData from './data/organizations.json' with { type: 'json' };

describe('reference organizations', () => {
  let staff: Client;

  beforeAll(async () => {
    const t = await testApp();
    const w = await buildWorld(t.database.db);
    staff = await signIn(t.app, (await buildUser(t.database.db, w, 'staff')).email);
  });

  it('every organization has its name in Arabic, Spanish, Russian and Chinese', () => {
    for (const o of organizationData) {
      for (const l of ['ar', 'es', 'ru', 'zh'] as const)
        expect(o.names[l], `${o.code} ${l}`).toBeTruthy();
    }
  });

  it('the API gives the names in the six languages, so the web app needs no second request', async () => {
    const res = await staff.get('/api/organizations');
    expect(res.status).toBe(200);
    const unicef = (
      res.body.items as { code: string; name: string; names: Record<string, string> }[]
    ).find((o) => o.code === 'UNICEF');
    expect(unicef?.names).toMatchObject({
      zh: '联合国儿童基金会',
      es: expect.stringContaining('Infancia'),
    });
  });
});

describe('reference lists on a slow link', () => {
  let staff: Client;

  beforeAll(async () => {
    const t = await testApp();
    const w = await buildWorld(t.database.db);
    staff = await signIn(t.app, (await buildUser(t.database.db, w, 'staff')).email);
  });

  for (const url of ['/api/countries', '/api/organizations']) {
    it(`${url} carries an ETag and answers 304 with no body when the browser's copy is current`, async () => {
      const first = await staff.get(url);
      expect(first.status).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^W\/".+"$/);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      const again = await staff.get(url, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.body).toBe('');
      const stale = await staff.get(url, { 'if-none-match': 'W/"something-else"' });
      expect(stale.status).toBe(200);
      expect((stale.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
    });
  }
});
