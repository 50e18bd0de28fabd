import { addDays } from '@fieldsafe/core';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../access/actor.ts';
import { appointments, users } from '../db/schema/index.ts';
import { buildUser, buildWorld, PASSWORD, signIn, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { LOGIN_LIMITS } from './auth.service.ts';

describe('identity', () => {
  let t: TestApp;
  let w: World;
  let email: string;

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
    email = (await buildUser(t.database.db, w, 'staff')).email;
  });

  const login = (e: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: e, password } });

  it('GET /healthz answers 200', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('ok');
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas, and a docs page', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/people',
        '/api/appointments',
        '/api/countries/{id}/invariants',
      ]),
    );
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
  });

  it('unknown API routes answer 404 in JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: 'not_found',
      message: 'No route GET /api/no-such-thing',
      details: [],
    });
  });

  it('malformed JSON is a 400, not a crash', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('bad_request');
  });

  it('the API requires a signed-in user', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/people' });
    expect(res.statusCode).toBe(401);
  });

  it('a session cookie is HTTP-only and a wrong password is refused without saying which part was wrong', async () => {
    const ok = await login(email, PASSWORD);
    expect(ok.statusCode).toBe(200);
    const session = ok.cookies.find((c) => c.name === 'fs_session');
    expect(session?.httpOnly).toBe(true);
    const bad = await login(email, 'wrong password');
    expect(bad.statusCode).toBe(401);
    expect(bad.json().message).toBe('E-mail or password is wrong');
    const unknown = await login('nobody@example.org', 'whatever');
    expect(unknown.json().message).toBe('E-mail or password is wrong');
  });

  it('writes with a session cookie need the CSRF header', async () => {
    const ok = await login(email, PASSWORD);
    const cookie = ok.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: { cookie },
      payload: { name: 'x' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('x-csrf-token');
  });

  it('a personal API token works as a Bearer token until it is revoked', async () => {
    const client = await signIn(t.app, email);
    const created = await client.post('/api/auth/tokens', { name: 'script' });
    expect(created.status).toBe(201);
    const bearer = { authorization: `Bearer ${created.body.token}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer });
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe(email);
    expect((await client.del(`/api/auth/tokens/${created.body.id}`)).status).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer });
    expect(after.statusCode).toBe(401);
  });

  it('logout ends the session', async () => {
    const ok = await login(email, PASSWORD);
    const cookie = ok.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const csrf = ok.cookies.find((c) => c.name === 'fs_csrf')?.value ?? '';
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('an ended appointment or a disabled user counts from the next request after the change is announced, even when made outside the server', async () => {
    const db = t.database.db;
    const asc = await buildUser(db, w, 'ASC', { areaId: w.north.id });
    const client = await signIn(t.app, asc.email);
    const before = await client.get('/api/auth/me');
    expect(before.body.appointments.map((a: { role: string }) => a.role)).toContain('ASC');
    // Changed in the database directly (another process, an operator): the server hears of it
    // on `fs_auth` (see session-cache.ts) within milliseconds, where its sessions are kept for
    // half a minute.
    const soon = async (check: () => Promise<boolean>) => {
      const started = Date.now();
      while (!(await check()) && Date.now() - started < 1000)
        await new Promise((r) => setTimeout(r, 5));
      return Date.now() - started;
    };
    await db
      .update(appointments)
      .set({ endsOn: addDays(today(), -1) })
      .where(eq(appointments.personId, asc.person.id));
    const noRole = async () => {
      const r = await client.get('/api/auth/me');
      return r.status === 200 && r.body.appointments.length === 0;
    };
    expect(await soon(noRole)).toBeLessThan(1000);
    expect(await noRole()).toBe(true);
    await db.update(users).set({ disabled: true }).where(eq(users.id, asc.user.id));
    const refused = async () => (await client.get('/api/auth/me')).status === 401;
    expect(await soon(refused)).toBeLessThan(1000);
    expect(await refused()).toBe(true);
  });

  it(`after ${LOGIN_LIMITS.perEmail} failed attempts the account is rate limited with 429, even with the right password`, async () => {
    const victim = (await buildUser(t.database.db, w, 'staff')).email;
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++)
      expect((await login(victim, 'nope')).statusCode).toBe(401);
    const limited = await login(victim, PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});
