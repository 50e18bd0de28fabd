import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.ts';
import { connectPostgres, type Database } from '../db/client.ts';
import type { App } from '../http/types.ts';
import { buildUser, buildWorld, login, signIn, type World } from '../../test/factories.ts';
import { TEST_APP_CONFIG } from '../../test/app-config.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { createAuthService } from './auth.service.ts';
import { sessionCache } from './session-cache.ts';

describe('the sessions cache', () => {
  const session = (until: number) => ({ expiresAt: new Date(until) });
  const counting = () => {
    let loads = 0;
    return {
      load: async () => {
        loads += 1;
        return session(1_000_000);
      },
      get loads() {
        return loads;
      },
    };
  };

  it('serves a kept session without reading it again, until its time is up', async () => {
    let now = 0;
    const cache = sessionCache({ ttlMs: 1000, maxEntries: 10 }, () => now);
    cache.setActive(true);
    const db = counting();
    await cache.resolve('a', db.load);
    await cache.resolve('a', db.load);
    expect(db.loads).toBe(1);
    now = 1000;
    await cache.resolve('a', db.load);
    expect(db.loads).toBe(2);
  });

  it('keeps nothing while it does not hear of changes', async () => {
    const cache = sessionCache({ ttlMs: 1000, maxEntries: 10 }, () => 0);
    const db = counting();
    await cache.resolve('a', db.load);
    await cache.resolve('a', db.load);
    expect(db.loads).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('forgets everything when it starts hearing of changes again (it may have missed some)', async () => {
    const cache = sessionCache({ ttlMs: 1000, maxEntries: 10 }, () => 0);
    cache.setActive(true);
    await cache.resolve('a', async () => session(5000));
    cache.setActive(false);
    cache.setActive(true);
    expect(cache.size).toBe(0);
  });

  it('does not keep a lookup that began before a change was announced', async () => {
    const cache = sessionCache({ ttlMs: 1000, maxEntries: 10 }, () => 0);
    cache.setActive(true);
    await cache.resolve('a', async () => {
      cache.clear();
      return session(5000);
    });
    expect(cache.size).toBe(0);
  });

  it('never serves a session past its own expiry', async () => {
    let now = 0;
    const cache = sessionCache({ ttlMs: 1000, maxEntries: 10 }, () => now);
    cache.setActive(true);
    let loads = 0;
    const load = async () => {
      loads += 1;
      return session(100);
    };
    await cache.resolve('a', load);
    now = 100;
    await cache.resolve('a', load);
    expect(loads).toBe(2);
  });

  it('drops the oldest session beyond its size', async () => {
    const cache = sessionCache({ ttlMs: 1000, maxEntries: 2 }, () => 0);
    cache.setActive(true);
    const db = counting();
    for (const key of ['a', 'b', 'c']) await cache.resolve(key, db.load);
    expect(cache.size).toBe(2);
    await cache.resolve('c', db.load);
    expect(db.loads).toBe(3);
    await cache.resolve('a', db.load);
    expect(db.loads).toBe(4);
  });
});

/** Until the app's cache hears of changes (its listening connection opens asynchronously). */
async function listening(app: App) {
  for (let i = 0; i < 200 && !app.sessions.active; i++) await new Promise((r) => setTimeout(r, 10));
  expect(app.sessions.active).toBe(true);
}

describe('sessions resolved lately, on two servers sharing one database', () => {
  let t: TestApp;
  let w: World;
  // A second server on the same database, as a second process behind the load balancer.
  let other: App;
  let otherDatabase: Database;

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
    otherDatabase =
      t.database.kind === 'postgres' && t.database.url
        ? connectPostgres(t.database.url, 2)
        : t.database;
    other = await buildApp(otherDatabase, TEST_APP_CONFIG);
    await other.ready();
    await Promise.all([listening(t.app), listening(other)]);
  });
  afterAll(async () => {
    await other.close();
    if (otherDatabase !== t.database) await otherDatabase.close();
  });

  async function signedIn() {
    const { user } = await buildUser(t.database.db, w, 'staff');
    const { headers } = await login(t.app, user.email);
    const me = (app: App) => app.inject({ method: 'GET', url: '/api/auth/me', headers });
    return { user, headers, me };
  }

  it('answers a signed-in request from the session it resolved, without reading it again', async () => {
    const s = await signedIn();
    expect((await s.me(other)).statusCode).toBe(200);
    // Revoked behind the servers' backs (triggers off, so nothing is announced): the session
    // kept is still served, which shows it is not read again.
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`delete from sessions where user_id = ${s.user.id}`);
    });
    expect((await s.me(other)).statusCode).toBe(200);
  });

  it('serves every request of a session one actor, frozen: no request can change what the next is given', async () => {
    const s = await signedIn();
    const cache = sessionCache({ ttlMs: 30_000, maxEntries: 10 });
    cache.setActive(true);
    const auth = createAuthService(t.database.db, { sessionHours: 1, sessions: cache });
    const token = /fs_session=([^;]+)/.exec(s.headers.cookie)?.[1] ?? '';
    const first = await auth.fromSession(token);
    const second = await auth.fromSession(token);
    expect(first?.actor.userId).toBe(s.user.id);
    expect(second?.actor).toBe(first?.actor);
    const actor = first!.actor;
    expect(Object.isFrozen(actor)).toBe(true);
    expect(Object.isFrozen(actor.appointments)).toBe(true);
    expect(Object.isFrozen(actor.session)).toBe(true);
    expect(() => {
      (actor as { isSystemAdmin: boolean }).isSystemAdmin = true;
    }).toThrow(TypeError);
    expect((await auth.fromSession(token))?.actor.isSystemAdmin).toBe(false);
  });

  it('refuses a session signed out on the other server at once', async () => {
    const s = await signedIn();
    expect((await s.me(other)).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers });
    expect(out.statusCode).toBeLessThan(300);
    // The announcement crosses the database: well under a second, where the cache's own
    // lifetime is half a minute.
    const started = Date.now();
    let status = (await s.me(other)).statusCode;
    while (status === 200 && Date.now() - started < 2000) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await s.me(other)).statusCode;
    }
    expect(status).toBe(401);
  });

  it('gives a person a new role on their very next request, on either server', async () => {
    const s = await signedIn();
    const rolesOn = async (app: App) =>
      ((await s.me(app)).json() as { appointments: { role: string }[] }).appointments.map(
        (a) => a.role,
      );
    expect(await rolesOn(t.app)).toEqual([]);
    expect(await rolesOn(other)).toEqual([]);
    const admin = await signIn(t.app, (await buildUser(t.database.db, w, 'admin')).email);
    const appointed = await admin.post('/api/appointments', {
      personId: s.user.personId,
      role: 'WARDEN',
      countryId: w.country.id,
      zoneId: w.zone1.id,
      startsOn: '2020-01-01',
      letterReference: 'TEST/2',
      termsOfReference: 'ToR',
    });
    expect(appointed.status, JSON.stringify(appointed.body)).toBe(201);
    expect(await rolesOn(t.app)).toEqual(['WARDEN']);
    const started = Date.now();
    while ((await rolesOn(other)).length === 0 && Date.now() - started < 2000)
      await new Promise((r) => setTimeout(r, 20));
    expect(await rolesOn(other)).toEqual(['WARDEN']);
  });
});
