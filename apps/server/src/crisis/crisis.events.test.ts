import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildUser, buildWorld, PASSWORD, signIn } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('crisis board live updates', () => {
  let t: TestApp;
  let base: string;
  let cookie: string;
  let crisisId: string;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    const w = await buildWorld(db);
    const d = await buildUser(db, w, 'CSA');
    await buildPerson(db, w, { zone: w.zone1 });
    const client = await signIn(t.app, d.email);
    const res = await client.post('/api/crises', { countryId: w.country.id, title: 'Unrest' });
    crisisId = res.body.id;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: d.email, password: PASSWORD }),
    });
    cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  });

  it('streams the board counts as server-sent events to those who may see the crisis', async () => {
    const abort = new AbortController();
    const res = await fetch(`${base}/api/crises/${crisisId}/events`, {
      headers: { cookie },
      signal: abort.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    // Written straight to the socket, the stream still carries the API's security headers.
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const reader = res.body!.getReader();
    const { value } = await reader.read();
    const text = new TextDecoder().decode(value);
    expect(text).toContain('event: board');
    expect(text).toContain('"noAnswer":2');
    abort.abort();
  });

  it('does not stream a crisis to someone who may not see it (401 signed out)', async () => {
    const res = await fetch(`${base}/api/crises/${crisisId}/events`);
    expect(res.status).toBe(401);
  });
});
