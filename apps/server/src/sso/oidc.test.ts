import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import * as jose from 'jose';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, oidcProviders } from '../db/schema/index.ts';
import {
  buildPerson,
  buildUser,
  buildWorld,
  PASSWORD,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

const PUBLIC_URL = 'http://fieldsafe.test';
const CLIENT_SECRET = 'the-client-secret-of-fieldsafe-at-the-idp';

interface IdpAccount {
  email?: string;
  email_verified?: boolean;
  employee_number?: string;
}

/**
 * An OpenID provider (oidc-provider) on the loopback, in this process. Its interactions sign in
 * `idp.account` at once (with `idp.amr`); `idp.tamper` makes it answer an ID token for another
 * audience, or one already expired, correctly signed with its own key.
 */
async function startIdp(accounts: Record<string, IdpAccount>) {
  const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await jose.exportJWK(privateKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const idp = {
    issuer,
    account: '',
    amr: ['pwd'],
    tamper: null as null | 'audience' | 'expired',
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'fieldsafe',
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${PUBLIC_URL}/api/auth/sso/callback`],
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk as jose.JWK & { kid: string }] } as never,
    findAccount: (_ctx, id) => {
      const claims = accounts[id];
      return claims ? { accountId: id, claims: () => ({ sub: id, ...claims }) } : undefined;
    },
    claims: {
      openid: ['sub', 'employee_number', 'amr', 'auth_time'],
      email: ['email', 'email_verified'],
    },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['a-cookie-signing-key-for-the-test-idp'] },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && idp.tamper && body?.id_token) {
      const claims = jose.decodeJwt(body.id_token);
      const now = Math.floor(Date.now() / 1000);
      if (idp.tamper === 'audience') claims.aud = 'another-application';
      if (idp.tamper === 'expired') Object.assign(claims, { iat: now - 7200, exp: now - 3600 });
      const idToken = await new jose.SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .sign(privateKey);
      ctx.body = { ...body, id_token: idToken };
    }
  });
  const handle = provider.callback();
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) return void handle(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: idp.account, amr: idp.amr } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      const grant = new provider.Grant({
        accountId: details.session?.accountId ?? '',
        clientId: String(details.params.client_id),
      });
      grant.addOIDCScope(String(details.params.scope));
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: true },
      );
    })().catch((e: unknown) => {
      res.statusCode = 500;
      res.end(String(e));
    });
  });
  return idp;
}

describe('OpenID Connect sign-in', () => {
  let t: TestApp;
  let w: World;
  let admin: Client;
  let idp: Awaited<ReturnType<typeof startIdp>>;
  let providerId: string;
  let person: Awaited<ReturnType<typeof buildPerson>>;

  beforeAll(async () => {
    t = await testApp({ publicUrl: PUBLIC_URL });
    w = await buildWorld(t.database.db);
    person = await buildPerson(t.database.db, w);
    const d = await buildUser(t.database.db, w, 'DO');
    idp = await startIdp({
      amina: { employee_number: person.staffId ?? '', email: 'amina@idp.example' },
      stranger: { employee_number: 'NOT-A-STAFF-ID', email: 'x@idp.example', email_verified: true },
      director: { employee_number: d.person.staffId ?? '' },
      provisioned: { employee_number: 'SCIM-77' },
    });
    admin = await signIn(t.app, (await buildUser(t.database.db, w, 'admin')).email);
    const created = await admin.post('/api/sso/providers', {
      name: 'Agency A Entra',
      issuer: idp.issuer,
      clientId: 'fieldsafe',
      clientSecret: CLIENT_SECRET,
      organizationIds: [w.orgA.id],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.redirectUri).toBe(`${PUBLIC_URL}/api/auth/sso/callback`);
    expect(created.body.clientSecret).toBeUndefined();
    const [stored] = await t.database.db.select().from(oidcProviders);
    expect(stored?.clientSecret).not.toContain(CLIENT_SECRET);
    providerId = created.body.id;
  });
  afterAll(() => idp.close());

  /** A browser: starts at Fieldsafe, follows the provider's redirects, stops at the callback. */
  async function toCallback(account: string): Promise<{ path: string; browser: string }> {
    idp.account = account;
    const start = await t.app.inject({
      method: 'GET',
      url: `/api/auth/sso/${providerId}/start?returnTo=/crisis`,
    });
    expect(start.statusCode).toBe(302);
    const browser = start.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect(browser).toMatch(/^fs_sso_state=/);
    const jar = new Map<string, string>();
    let location = String(start.headers.location);
    const authorize = new URL(location);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    for (let hop = 0; hop < 10 && !location.startsWith(PUBLIC_URL); hop++) {
      const res = await fetch(new URL(location, idp.issuer), {
        redirect: 'manual',
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const [k, ...v] = (pair ?? '').split('=');
        if (k) jar.set(k, v.join('='));
      }
      location = res.headers.get('location') ?? '';
      expect(location, `hop ${hop}: ${res.status} ${await res.text()}`).not.toBe('');
    }
    return { path: location.slice(PUBLIC_URL.length), browser };
  }

  /** The browser arrives back at Fieldsafe (with its own cookie, unless another browser is given). */
  async function finish(callback: { path: string; browser: string }, browser = callback.browser) {
    const res = await t.app.inject({
      method: 'GET',
      url: callback.path,
      headers: browser ? { cookie: browser } : {},
    });
    const cookie = res.cookies
      .filter((c) => c.name !== 'fs_sso_state')
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    return { status: res.statusCode, location: String(res.headers.location), cookie };
  }

  const me = async (cookie: string) => {
    const r = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    return { status: r.statusCode, body: r.statusCode === 200 ? r.json() : null };
  };

  it('lists the enabled providers on the sign-in page without signing in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/sso/providers' });
    expect(res.json().items).toEqual([
      { id: providerId, name: 'Agency A Entra', organizationCodes: [w.orgA.code] },
    ]);
  });

  it('signs in the person matched by organization + staff id, with a login created without rights', async () => {
    const done = await finish(await toCallback('amina'));
    expect(done.status).toBe(303);
    expect(done.location).toBe('/crisis');
    const who = await me(done.cookie);
    expect(who.status).toBe(200);
    expect(who.body).toMatchObject({
      personId: person.id,
      isSystemAdmin: false,
      appointments: [],
      signInMethod: 'oidc',
      secondFactor: 'not_required',
    });
  });

  it('signing out ends the Fieldsafe session', async () => {
    const done = await finish(await toCallback('amina'));
    const csrf = /fs_csrf=([^;]+)/.exec(done.cookie)?.[1] ?? '';
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: done.cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(done.cookie)).status).toBe(401);
  });

  it('a replayed state is refused', async () => {
    const callback = await toCallback('amina');
    expect((await finish(callback)).status).toBe(303);
    const replay = await finish(callback);
    expect(replay.location).toBe('/login?ssoError=state');
    expect(replay.cookie).toBe('');
  });

  it('a callback URL opened in another browser (login CSRF) signs nobody in', async () => {
    const callback = await toCallback('amina');
    const elsewhere = await finish(callback, '');
    expect(elsewhere.location).toBe('/login?ssoError=state');
    expect(elsewhere.cookie).toBe('');
    const otherStart = await t.app.inject({
      method: 'GET',
      url: `/api/auth/sso/${providerId}/start`,
    });
    const otherBrowser = otherStart.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect((await finish(callback, otherBrowser)).location).toBe('/login?ssoError=state');
  });

  it('an ID token for another audience is refused', async () => {
    idp.tamper = 'audience';
    try {
      const done = await finish(await toCallback('amina'));
      expect(done.location).toBe('/login?ssoError=token');
      expect(done.cookie).toBe('');
    } finally {
      idp.tamper = null;
    }
  });

  it('an expired ID token is refused', async () => {
    idp.tamper = 'expired';
    try {
      const done = await finish(await toCallback('amina'));
      expect(done.location).toBe('/login?ssoError=token');
    } finally {
      idp.tamper = null;
    }
    const failures = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.sso_failure'));
    expect(failures.length).toBeGreaterThanOrEqual(3);
  });

  it('an unknown user gets no session and no login is created', async () => {
    const done = await finish(await toCallback('stranger'));
    expect(done.location).toBe('/login?ssoError=unknown_user');
    expect(done.cookie).toBe('');
  });

  it("a DO is asked for Fieldsafe's second factor unless the provider asserted one (amr)", async () => {
    idp.amr = ['pwd'];
    const plain = await finish(await toCallback('director'));
    expect((await me(plain.cookie)).body.secondFactor).toBe('enrol');
    idp.amr = ['pwd', 'otp'];
    const strong = await finish(await toCallback('director'));
    expect((await me(strong.cookie)).body.secondFactor).toBe('satisfied');
    idp.amr = ['pwd'];
  });

  it('a user created by SCIM signs in by SSO; once deactivated, no longer', async () => {
    const token = (await admin.post('/api/scim/tokens', { organizationId: w.orgA.id, name: 'idp' }))
      .body.token as string;
    const scim = (method: 'POST' | 'PATCH', url: string, body: unknown) =>
      t.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
        payload: JSON.stringify(body),
      });
    const created = await scim('POST', '/scim/v2/Users', {
      userName: 'provisioned@agency-a.example',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { employeeNumber: 'SCIM-77' },
    });
    expect(created.statusCode).toBe(201);
    const done = await finish(await toCallback('provisioned'));
    expect((await me(done.cookie)).body.email).toBe('provisioned@agency-a.example');
    await scim('PATCH', `/scim/v2/Users/${created.json().id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', path: 'active', value: false }],
    });
    expect((await me(done.cookie)).status).toBe(401);
    expect((await finish(await toCallback('provisioned'))).location).toBe(
      '/login?ssoError=deactivated',
    );
  });

  it('local passwords switched off for an organization: its people use SSO, break-glass accounts keep theirs', async () => {
    const staff = await buildUser(t.database.db, w, 'staff');
    const keeper = await buildUser(t.database.db, w, 'staff');
    expect(
      (await admin.put(`/api/sso/organizations/${w.orgA.id}`, { localPasswords: false })).status,
    ).toBe(204);
    expect(
      (await admin.put(`/api/users/${keeper.user.id}/break-glass`, { breakGlass: true })).status,
    ).toBe(204);
    const login = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: PASSWORD },
      });
    const refused = await login(staff.email);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().message).toMatch(/identity provider/);
    expect((await login(keeper.email)).statusCode).toBe(200);
    const orgs = await admin.get('/api/sso/organizations');
    expect(
      orgs.body.items.find((o: { organizationId: string }) => o.organizationId === w.orgA.id),
    ).toMatchObject({
      localPasswords: false,
      providers: ['Agency A Entra'],
    });
    await admin.put(`/api/sso/organizations/${w.orgA.id}`, { localPasswords: true });
  });

  it('only system administrators manage providers; an insecure issuer is refused', async () => {
    const csa = await signIn(t.app, (await buildUser(t.database.db, w, 'CSA')).email);
    expect((await csa.get('/api/sso/providers')).status).toBe(403);
    const bad = await admin.post('/api/sso/providers', {
      name: 'X',
      issuer: 'http://idp.example.org',
      clientId: 'c',
      clientSecret: 's',
      organizationIds: [w.orgB.id],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('issuer');
  });
});
