import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { backoffSeconds } from '../auth/auth.service.ts';
import { checkinSecret, signCheckin } from '../crisis/token.ts';
import type { App } from './types.ts';
import {
  buildPerson,
  buildUser,
  buildWorld,
  PASSWORD,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, testDatabase, type TestApp } from '../../test/harness.ts';
import { rowsOf } from '../db/client.ts';

describe('hostile input', () => {
  let t: TestApp;
  let w: World;
  let admin: Client;
  let csa: Client;
  let token: string;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    admin = await signIn(t.app, (await buildUser(db, w, 'admin')).email);
    const d = await buildUser(db, w, 'DO');
    csa = await signIn(t.app, (await buildUser(db, w, 'CSA')).email);
    const person = await buildPerson(db, w, { zone: w.zone1 });
    const doClient = await signIn(t.app, d.email);
    const crisis = await doClient.post('/api/crises', {
      countryId: w.country.id,
      areaId: w.capital.id,
      title: 'Hardening crisis',
    });
    expect(crisis.status, JSON.stringify(crisis.body)).toBe(201);
    token = signCheckin(await checkinSecret(db), {
      crisisId: crisis.body.id,
      personId: person.id,
      expiresAt: Math.floor(Date.now() / 1000) + 3600,
    });
  });

  const incident = (extra: Record<string, unknown> = {}) => ({
    category: 'ROBBERY',
    occurredAt: '2026-11-20T18:30:00+01:00',
    timeZone: 'Africa/Lagos',
    countryId: w.country.id,
    areaId: w.capital.id,
    personnelAffected: 1,
    title: 'Vehicle robbed at checkpoint',
    narrative: 'Two armed men stopped the vehicle.',
    organizationId: w.orgA.id,
    ...extra,
  });

  it('a NUL character in a JSON text field is a 400 naming the field, not a 500', async () => {
    const res = await csa.post('/api/incidents', incident({ title: 'Robbed\u0000' }));
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('title');
    expect(res.body.message).toMatch(/NUL/);
    const nested = await admin.post('/api/crises', {
      countryId: w.country.id,
      areaId: w.capital.id,
      title: 'x',
      bogus: ['ok', 'bad\u0000'],
    });
    expect(nested.status).toBe(400);
  });

  it('a lone surrogate in a JSON text field is a 400 naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":"a@b.org","password":"\\ud800x"}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].path).toBe('password');
  });

  it('NUL in the sign-in body, the check-in API, the check-in form and a ?q= search is a 400', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a\u0000@b.org', password: 'x' },
    });
    expect(login.statusCode).toBe(400);
    expect(login.json().details[0].path).toBe('email');
    const api = await t.app.inject({
      method: 'POST',
      url: `/api/checkin/${token}`,
      payload: { status: 'safe', note: 'fine\u0000' },
    });
    expect(api.statusCode).toBe(400);
    expect(api.json().details[0].path).toBe('note');
    const form = await t.app.inject({
      method: 'POST',
      url: `/checkin/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'status=safe&note=fine%00',
    });
    expect(form.statusCode).toBe(400);
    // …as a page the basic phone can show, not JSON.
    expect(form.headers['content-type']).toMatch(/^text\/html/);
    const search = await admin.get(`/api/people?countryId=${w.country.id}&q=ab%00c`);
    expect(search.status).toBe(400);
    expect(search.body.details[0].path).toBe('query.q');
    const path = await admin.get('/api/incidents/ab%00c');
    expect(path.status).toBe(400);
  });

  it('a CSV import keeps its rows with NUL characters removed', async () => {
    const csv =
      'staff_id,organization,given_name,family_name,category,contract_type,email,phone,radio_call_sign,gender,duty_station,zone,essential,status\n' +
      `NUL1,${w.orgA.code},Ad\u0000a,Lovelace,international,,,,,,City,,no,active\n`;
    const res = await admin.post(`/api/people/import?countryId=${w.country.id}&dryRun=false`, csv, {
      'content-type': 'text/csv',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const list = await admin.get(`/api/people?countryId=${w.country.id}&q=Lovelace`);
    expect(list.body.items.map((p: { givenName: string }) => p.givenName)).toContain('Ada');
  });

  it('an unknown body field is a 400 naming it', async () => {
    const res = await csa.post('/api/incidents', incident({ severity: 'high' }));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ path: 'severity', message: 'is not a known field' }]);
  });

  it('malformed JSON, an empty JSON body and a __proto__ key each get their own message', async () => {
    const send = (payload: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload,
      });
    const malformed = (await send('{"email":')).json();
    expect(malformed.message).toMatch(/^\(body\): is not valid JSON/);
    const empty = (await send('')).json();
    expect(empty.message).toMatch(/^\(body\): is empty/);
    const proto = await send(
      '{"email":"a@b.org","password":"x","__proto__":{"isSystemAdmin":true}}',
    );
    expect(proto.statusCode).toBe(400);
    expect(proto.json().message).toMatch(/"__proto__" key/);
    const ctor = await send('{"email":"a@b.org","password":"x","constructor":{"prototype":{}}}');
    expect(ctor.statusCode).toBe(400);
    expect(ctor.json().message).toMatch(/"constructor" key/);
  });

  it('a reference to a record that does not exist is a 400 naming the field', async () => {
    const res = await csa.post(
      '/api/incidents',
      incident({ organizationId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('organizationId');
  });

  it('JSON nested 5,000 deep is a 400, not a crash', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const res = await csa.post('/api/incidents', `{"title":${deep}}`, {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
  });

  it('CSV exports neutralise cells that a spreadsheet would run as a formula', async () => {
    for (const title of ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3']) {
      const r = await csa.post('/api/incidents', incident({ title, narrative: '\tTab' }));
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const csv = String((await csa.get(`/api/incidents/export.csv?countryId=${w.country.id}`)).body);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(`'+cmd|' /C calc'!A0`);
    expect(csv).toContain(`'@SUM(1)`);
    expect(csv).toContain(`'-2+3`);
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
  });
});

describe('an error on the server is logged without SQL parameters or request bodies', () => {
  it('the log line names the code, route and request id only', async () => {
    const database = await testDatabase();
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const app = await buildApp(database, {
      secureCookies: false,
      sessionHours: 1,
      webDist: '/nonexistent',
      logLevel: 'error',
      logStream: stream,
    });
    app.get('/api/boom', async () => {
      const err = new Error('Failed query: insert into people values ($1)\nparams: Jane Secret');
      throw Object.assign(err, { code: 'XX000' });
    });
    await app.ready();
    afterAll(async () => {
      await app.close();
      await database.close();
    });
    const res = await app.inject({ method: 'GET', url: '/api/boom' });
    expect(res.statusCode).toBe(500);
    const log = lines.join('');
    expect(log).toContain('XX000');
    expect(log).toContain('GET /api/boom');
    expect(log).not.toContain('Jane Secret');
  });
});

describe('proxies, sign-in throttling and request-rate limits', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
  });

  const loginOn = (app: App, email: string, password: string, from: string, xff?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      headers: xff ? { 'x-forwarded-for': xff } : {},
      remoteAddress: from,
    });
  const login = (email: string, password: string, from: string, xff?: string) =>
    loginOn(t.app, email, password, from, xff);

  it('a forged X-Forwarded-For is not believed: the socket address is recorded', async () => {
    const victim = (await buildUser(t.database.db, w, 'staff')).email;
    for (let i = 0; i < 3; i++) await login(victim, 'wrong', '198.51.100.7', `203.0.113.${i + 1}`);
    const rows = await rowsOf<{ ip: string }>(
      t.database.db,
      sql`select distinct ip from login_attempts where email = ${victim}`,
    );
    expect(rows.map((r) => r.ip)).toEqual(['198.51.100.7']);
  });

  it('25 sign-ins with a rotating X-Forwarded-For meet the per-address request limit (429)', async () => {
    const database = await testDatabase();
    const app = await buildApp(database, {
      secureCookies: false,
      sessionHours: 1,
      webDist: '/nonexistent',
      logLevel: 'silent',
      rateLimits: { login: 10, checkin: 10, writes: 10 },
    });
    await app.ready();
    try {
      const codes: number[] = [];
      for (let i = 0; i < 25; i++) {
        const res = await loginOn(app, `x${i}@x.org`, 'wrong', '198.51.100.8', `203.0.113.${i}`);
        codes.push(res.statusCode);
      }
      expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
      expect(codes.slice(10).every((c) => c === 429)).toBe(true);
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('a trusted proxy (FIELDSAFE_TRUSTED_PROXIES) may name the client', async () => {
    const database = await testDatabase();
    const app = await buildApp(database, {
      secureCookies: false,
      sessionHours: 1,
      webDist: '/nonexistent',
      logLevel: 'silent',
      trustedProxies: ['10.9.0.0/16'],
    });
    app.get('/api/whoami', async (req) => ({ ip: req.ip }));
    await app.ready();
    try {
      const via = await app.inject({
        url: '/api/whoami',
        headers: { 'x-forwarded-for': '203.0.113.9' },
        remoteAddress: '10.9.1.1',
      });
      expect(via.json().ip).toBe('203.0.113.9');
      const direct = await app.inject({
        url: '/api/whoami',
        headers: { 'x-forwarded-for': '203.0.113.9' },
        remoteAddress: '198.51.100.1',
      });
      expect(direct.json().ip).toBe('198.51.100.1');
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('failures from one address do not lock the owner out from another, and the owner is told', async () => {
    const owner = await buildUser(t.database.db, w, 'staff');
    for (let i = 0; i < 5; i++) {
      expect((await login(owner.email, 'wrong', '198.51.100.50')).statusCode).toBe(401);
    }
    const attacker = await login(owner.email, PASSWORD, '198.51.100.50');
    expect(attacker.statusCode).toBe(429);
    expect(Number(attacker.headers['retry-after'])).toBeGreaterThan(10);
    const rightful = await login(owner.email, PASSWORD, '192.0.2.10');
    expect(rightful.statusCode).toBe(200);
    const client = await signIn(t.app, owner.email);
    const notices = await client.get('/api/notifications');
    expect(JSON.stringify(notices.body)).toMatch(/failed sign-in/i);
    const audit = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'auth.login_failures' and entity_id = ${owner.user.id}`,
    );
    expect(audit[0]?.n).toBe(1);
  });

  it('many failures from one address on other accounts do not lock out the others behind it', async () => {
    const users = await Promise.all([0, 1, 2].map(() => buildUser(t.database.db, w, 'staff')));
    for (let i = 0; i < 20; i++) await login(`nobody${i}@x.org`, 'wrong', '198.51.100.99');
    for (const u of users) {
      expect((await login(u.email, PASSWORD, '198.51.100.99')).statusCode).toBe(200);
    }
  });

  it('the back-off doubles from 15 seconds to at most 15 minutes', () => {
    expect([4, 5, 6, 7, 30].map(backoffSeconds)).toEqual([0, 15, 30, 60, 900]);
  });
});

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });

  it('a page carries a CSP without inline script, no framing, nosniff and no referrer', async () => {
    for (const url of ['/api/docs/', '/checkin/not-a-valid-token-here']) {
      const res = await t.app.inject({ url });
      expect(String(res.headers['content-type']), url).toMatch(/^text\/html/);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['cross-origin-opener-policy'], url).toBe('same-origin');
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('an API answer or error carries the API headers only: nothing may load, no framing, nosniff, same origin', async () => {
    for (const url of ['/api/auth/me', '/nowhere', '/healthz']) {
      const res = await t.app.inject({ url });
      expect(String(res.headers['content-type']), url).toMatch(/^application\/json/);
      expect(res.headers['content-security-policy'], url).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      // The document headers are not sent with data.
      expect(res.headers['cross-origin-opener-policy'], url).toBeUndefined();
      expect(res.headers['x-dns-prefetch-control'], url).toBeUndefined();
    }
  });

  it('HSTS is sent when secure cookies are on', async () => {
    const database = await testDatabase();
    const app = await buildApp(database, {
      secureCookies: true,
      sessionHours: 1,
      webDist: '/nonexistent',
      logLevel: 'silent',
    });
    await app.ready();
    try {
      for (const url of ['/healthz', '/api/docs/']) {
        const res = await app.inject({ url });
        expect(res.headers['strict-transport-security'], url).toMatch(/max-age=31536000/);
      }
    } finally {
      await app.close();
      await database.close();
    }
  });
});
