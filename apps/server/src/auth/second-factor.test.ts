import { eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { users } from '../db/schema/index.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, login, signIn, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

/** A raw session (no second factor passed): cookie, CSRF token and the state the login reported. */
async function rawSession(t: TestApp, email: string) {
  const { headers, secondFactor } = await login(t.app, email);
  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ) => {
    const r = await t.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as string }),
    });
    return { status: r.statusCode, body: r.body ? (r.json() as Record<string, unknown>) : {} };
  };
  return { state: secondFactor, call };
}

describe('second factor (TOTP)', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
  });

  it('a system administrator without a second factor cannot reach any write endpoint', async () => {
    const admin = await buildUser(t.database.db, w, 'admin');
    const s = await rawSession(t, admin.email);
    expect(s.state).toBe('enrol');
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const open = new Set([
      '/api/auth/logout',
      '/api/auth/me/locale',
      '/api/auth/second-factor/totp/setup',
      '/api/auth/second-factor/totp/confirm',
      '/api/auth/second-factor/challenge',
    ]);
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (open.has(path) || !path.startsWith('/api/')) continue;
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      for (const method of ['post', 'put', 'patch', 'delete'] as const) {
        if (!ops[method]) continue;
        const r = await s.call(method.toUpperCase() as 'POST', url, {});
        expect(r.status, `${method} ${path}`).toBe(403);
        expect(r.body.details).toEqual([{ path: 'secondFactor', message: 'enrol' }]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
    // Reading stays possible, so the web app can show where the person stands.
    expect((await s.call('GET', '/api/auth/me')).body.secondFactor).toBe('enrol');
  });

  it('setting up TOTP takes a first code, returns ten recovery codes and opens writes', async () => {
    const admin = await buildUser(t.database.db, w, 'admin');
    const s = await rawSession(t, admin.email);
    const setup = await s.call('POST', '/api/auth/second-factor/totp/setup');
    expect(setup.status).toBe(200);
    const secret = setup.body.secret as string;
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/Fieldsafe:/);
    const [stored] = await t.database.db
      .select({ s: users.totpSecret })
      .from(users)
      .where(eq(users.id, admin.user.id));
    expect(stored?.s).toMatch(/^sealed1\./);
    expect(stored?.s).not.toContain(secret);
    const wrong = await s.call('POST', '/api/auth/second-factor/totp/confirm', { code: '12345' });
    expect(wrong.status).toBe(400);
    const firstCode = await generate({ secret });
    const confirmed = await s.call('POST', '/api/auth/second-factor/totp/confirm', {
      code: firstCode,
    });
    expect(confirmed.status).toBe(200);
    const codes = confirmed.body.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect((await s.call('GET', '/api/auth/me')).body).toMatchObject({
      secondFactor: 'satisfied',
      totpEnabled: true,
    });
    const token = await s.call('POST', '/api/auth/tokens', { name: 'after second factor' });
    expect(token.status).toBe(201);

    // The next sign-in is challenged; this step's code was used already, a recovery code works once.
    const next = await rawSession(t, admin.email);
    expect(next.state).toBe('challenge');
    expect((await next.call('POST', '/api/auth/tokens', { name: 'x' })).status).toBe(403);
    // The very code already used (generating a new one could cross into the next 30-s step).
    const replay = await next.call('POST', '/api/auth/second-factor/challenge', {
      code: firstCode,
    });
    expect(replay.status).toBe(400);
    const ok = await next.call('POST', '/api/auth/second-factor/challenge', {
      recoveryCode: codes[0],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.recoveryCodesLeft).toBe(9);
    expect((await next.call('POST', '/api/auth/tokens', { name: 'y' })).status).toBe(201);
    const again = await rawSession(t, admin.email);
    const reused = await again.call('POST', '/api/auth/second-factor/challenge', {
      recoveryCode: codes[0],
    });
    expect(reused.status).toBe(400);
    expect(JSON.stringify(reused.body.details)).toContain('recoveryCode');
  });

  it('five wrong codes end the session', async () => {
    const csa = await buildUser(t.database.db, w, 'CSA');
    await signIn(t.app, csa.email); // sets up the factor
    const s = await rawSession(t, csa.email);
    expect(s.state).toBe('challenge');
    for (let i = 0; i < 4; i++) {
      const r = await s.call('POST', '/api/auth/second-factor/challenge', { code: '000000' });
      expect(r.status).toBe(400);
    }
    const last = await s.call('POST', '/api/auth/second-factor/challenge', { code: '000000' });
    expect(last.status).toBe(401);
    expect((await s.call('GET', '/api/auth/me')).status).toBe(401);
  });

  it('is not required of a staff member, whose writes stay open', async () => {
    const staff = await buildUser(t.database.db, w, 'staff');
    const s = await rawSession(t, staff.email);
    expect(s.state).toBe('not_required');
    expect((await s.call('POST', '/api/auth/tokens', { name: 'mine' })).status).toBe(201);
  });

  it('a DO may not remove their own factor; a system administrator may reset it (their sessions end)', async () => {
    const d = await buildUser(t.database.db, w, 'DO');
    const client = await signIn(t.app, d.email);
    expect((await client.del('/api/auth/second-factor')).status).toBe(403);
    const admin = await signIn(t.app, (await buildUser(t.database.db, w, 'admin')).email);
    expect((await admin.del(`/api/users/${d.user.id}/second-factor`)).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const s = await rawSession(t, d.email);
    expect(s.state).toBe('enrol');
  });
});
