import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, crisisPeople, people, sessions, users } from '../db/schema/index.ts';
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
import { hashPassword } from '../auth/password.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

describe('SCIM 2.0 provisioning', () => {
  let t: TestApp;
  let w: World;
  let admin: Client;
  let token: string;
  let otherToken: string;

  const scim = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    bearer = token,
  ) => {
    const r = await t.app.inject({
      method,
      url: `/scim/v2${url}`,
      headers: {
        authorization: `Bearer ${bearer}`,
        ...(body === undefined ? {} : { 'content-type': 'application/scim+json' }),
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    return {
      status: r.statusCode,
      type: String(r.headers['content-type']),
      body: r.body ? (r.json() as Record<string, any>) : {},
    };
  };

  const newUser = (userName: string, staffId?: string, extra: Record<string, unknown> = {}) => ({
    schemas: [CORE, ENTERPRISE],
    userName,
    externalId: `ext-${userName}`,
    name: { givenName: 'Amina', familyName: 'Diallo' },
    emails: [{ value: userName, primary: true }],
    phoneNumbers: [{ value: '+1 555 0100', type: 'work' }],
    active: true,
    [ENTERPRISE]: { ...(staffId ? { employeeNumber: staffId } : {}), organization: w.orgA.code },
    ...extra,
  });

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
    admin = await signIn(t.app, (await buildUser(t.database.db, w, 'admin')).email);
    const created = await admin.post('/api/scim/tokens', {
      organizationId: w.orgA.id,
      name: 'Entra',
    });
    expect(created.status).toBe(201);
    token = created.body.token;
    otherToken = (await admin.post('/api/scim/tokens', { organizationId: w.orgB.id, name: 'Okta' }))
      .body.token;
  });

  it('only a system administrator creates SCIM tokens; a wrong or revoked token is a 401', async () => {
    const csa = await signIn(t.app, (await buildUser(t.database.db, w, 'CSA')).email);
    expect(
      (await csa.post('/api/scim/tokens', { organizationId: w.orgA.id, name: 'x' })).status,
    ).toBe(403);
    expect((await scim('GET', '/Users', undefined, 'scim_wrong')).status).toBe(401);
    const spare = await admin.post('/api/scim/tokens', {
      organizationId: w.orgA.id,
      name: 'spare',
    });
    expect((await scim('GET', '/Users', undefined, spare.body.token)).status).toBe(200);
    expect((await admin.del(`/api/scim/tokens/${spare.body.id}`)).status).toBe(204);
    const revoked = await scim('GET', '/Users', undefined, spare.body.token);
    expect(revoked.status).toBe(401);
    expect(revoked.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    const list = await admin.get('/api/scim/tokens');
    expect(list.body.items.some((i: { token?: string }) => 'token' in i)).toBe(false);
  });

  it('serves ServiceProviderConfig, ResourceTypes and Schemas as application/scim+json', async () => {
    const config = await scim('GET', '/ServiceProviderConfig');
    expect(config.status).toBe(200);
    expect(config.type).toMatch(/^application\/scim\+json/);
    expect(config.body.patch.supported).toBe(true);
    expect(config.body.filter.supported).toBe(true);
    const types = await scim('GET', '/ResourceTypes');
    expect(types.body.Resources[0]).toMatchObject({ id: 'User', endpoint: '/Users', schema: CORE });
    expect((await scim('GET', '/ResourceTypes/User')).body.schemaExtensions[0].schema).toBe(
      ENTERPRISE,
    );
    const all = await scim('GET', '/Schemas');
    expect(all.body.Resources.map((s: { id: string }) => s.id)).toEqual([CORE, ENTERPRISE]);
    expect((await scim('GET', `/Schemas/${ENTERPRISE}`)).body.name).toBe('EnterpriseUser');
  });

  it('creates a user matched to their person record by organization + staff id, with no rights', async () => {
    const person = await buildPerson(t.database.db, w);
    const res = await scim(
      'POST',
      '/Users',
      newUser('amina.diallo@example.org', person.staffId ?? ''),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      userName: 'amina.diallo@example.org',
      externalId: 'ext-amina.diallo@example.org',
      active: true,
      name: { givenName: 'Amina', familyName: 'Diallo' },
      [ENTERPRISE]: { employeeNumber: person.staffId, organization: w.orgA.code },
    });
    expect(res.body.meta.location).toMatch(new RegExp(`/scim/v2/Users/${res.body.id}$`));
    const [row] = await t.database.db.select().from(users).where(eq(users.id, res.body.id));
    expect(row?.personId).toBe(person.id);
    expect(row?.isSystemAdmin).toBe(false);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, res.body.id));
    expect(audit.map((a) => a.action)).toContain('scim.user_create');
    expect(audit[0]?.actorLabel).toMatch(new RegExp(`^scim:${w.orgA.code}:`));
  });

  it('refuses a duplicate userName (409 uniqueness), a bad userName and another organization (400)', async () => {
    await scim('POST', '/Users', newUser('dup@example.org'));
    const dup = await scim('POST', '/Users', newUser('dup@example.org'));
    expect(dup.status).toBe(409);
    expect(dup.body.scimType).toBe('uniqueness');
    const bad = await scim('POST', '/Users', newUser('not-an-address'));
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/userName/);
    const other = await scim('POST', '/Users', {
      ...newUser('other@example.org'),
      [ENTERPRISE]: { organization: w.orgB.code },
    });
    expect(other.status).toBe(400);
    expect(other.body.detail).toMatch(/organization/);
  });

  it('gets a user; lists with userName eq and externalId eq filters and paging', async () => {
    const a = await scim('POST', '/Users', newUser('list.one@example.org'));
    await scim('POST', '/Users', newUser('list.two@example.org'));
    expect((await scim('GET', `/Users/${a.body.id}`)).body.userName).toBe('list.one@example.org');
    const byName = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "LIST.ONE@example.org"')}`,
    );
    expect(byName.body.totalResults).toBe(1);
    expect(byName.body.Resources[0].id).toBe(a.body.id);
    const byExt = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent('externalId eq "ext-list.two@example.org"')}`,
    );
    expect(byExt.body.Resources[0].userName).toBe('list.two@example.org');
    const none = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "nobody@example.org"')}`,
    );
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });
    const page = await scim('GET', '/Users?startIndex=2&count=1');
    expect(page.body.itemsPerPage).toBe(1);
    expect(page.body.startIndex).toBe(2);
    expect(page.body.totalResults).toBeGreaterThanOrEqual(3);
    const unsupported = await scim('GET', `/Users?filter=${encodeURIComponent('title pr')}`);
    expect(unsupported.status).toBe(400);
    expect(unsupported.body.scimType).toBe('invalidFilter');
  });

  it("a token sees only its organization's people (404 for the others)", async () => {
    const a = await scim('POST', '/Users', newUser('scoped@example.org'));
    expect((await scim('GET', `/Users/${a.body.id}`, undefined, otherToken)).status).toBe(404);
    expect((await scim('DELETE', `/Users/${a.body.id}`, undefined, otherToken)).status).toBe(404);
    const list = await scim('GET', '/Users', undefined, otherToken);
    expect(list.body.Resources.map((r: { id: string }) => r.id)).not.toContain(a.body.id);
    // A system administrator's login is never the directory's.
    const sysadmin = await buildUser(t.database.db, w, 'admin');
    expect((await scim('GET', `/Users/${sysadmin.user.id}`)).status).toBe(404);
  });

  it('PUT replaces the user (staff id relinks the person record)', async () => {
    const person = await buildPerson(t.database.db, w);
    const a = await scim('POST', '/Users', newUser('put@example.org'));
    const res = await scim(
      'PUT',
      `/Users/${a.body.id}`,
      newUser('put.renamed@example.org', person.staffId ?? '', {
        name: { givenName: 'Amina', familyName: 'Traoré' },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      userName: 'put.renamed@example.org',
      name: { familyName: 'Traoré' },
      [ENTERPRISE]: { employeeNumber: person.staffId },
    });
    const [row] = await t.database.db.select().from(users).where(eq(users.id, a.body.id));
    expect(row?.personId).toBe(person.id);
  });

  it('PATCH replaces attributes by path and without one; unknown paths are a 400', async () => {
    const a = await scim('POST', '/Users', newUser('patch@example.org'));
    const res = await scim('PATCH', `/Users/${a.body.id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Replace', path: 'name.familyName', value: 'Keita' },
        {
          op: 'replace',
          value: { displayName: 'A. Keita', [ENTERPRISE]: { employeeNumber: 'E-77' } },
        },
        { op: 'remove', path: 'externalId' },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      name: { familyName: 'Keita' },
      displayName: 'A. Keita',
      [ENTERPRISE]: { employeeNumber: 'E-77' },
    });
    expect(res.body.externalId).toBeUndefined();
    const bad = await scim('PATCH', `/Users/${a.body.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', path: 'title', value: 'x' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.scimType).toBe('invalidPath');
  });

  it('PATCH active:false ends every session at once and keeps the person out of future crises; the person record stays', async () => {
    const dO = await signIn(t.app, (await buildUser(t.database.db, w, 'DO')).email);
    const person = await buildPerson(t.database.db, w);
    const a = await scim('POST', '/Users', newUser(person.email ?? '', person.staffId ?? ''));
    expect(a.status).toBe(201);
    await t.database.db
      .update(users)
      .set({
        passwordHash: await hashPassword(PASSWORD),
      })
      .where(eq(users.id, a.body.id));
    const session = await signIn(t.app, person.email ?? '');
    expect((await session.get('/api/auth/me')).status).toBe(200);
    const res = await scim('PATCH', `/Users/${a.body.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', value: { active: 'False' } }],
    });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect(
      await t.database.db.select().from(sessions).where(eq(sessions.userId, a.body.id)),
    ).toEqual([]);
    const crisis = await dO.post('/api/crises', { countryId: w.country.id, title: 'Storm' });
    expect(crisis.status).toBe(201);
    const enrolled = await t.database.db
      .select({ personId: crisisPeople.personId })
      .from(crisisPeople)
      .where(eq(crisisPeople.crisisId, crisis.body.id));
    expect(enrolled.length).toBeGreaterThan(0);
    expect(enrolled.map((e) => e.personId)).not.toContain(person.id);
    const [kept] = await t.database.db.select().from(people).where(eq(people.id, person.id));
    expect(kept?.status).toBe('active');
    // Active again: back in the next crisis.
    await scim('PATCH', `/Users/${a.body.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', path: 'active', value: true }],
    });
    const [back] = await t.database.db.select().from(people).where(eq(people.id, person.id));
    expect(back?.deactivatedAt).toBeNull();
  });

  it('DELETE removes the user from the directory (404 after), ends access, and keeps person and audit history', async () => {
    const person = await buildPerson(t.database.db, w);
    const a = await scim('POST', '/Users', newUser('gone@example.org', person.staffId ?? ''));
    expect((await scim('DELETE', `/Users/${a.body.id}`)).status).toBe(204);
    expect((await scim('GET', `/Users/${a.body.id}`)).status).toBe(404);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, a.body.id));
    expect(row?.disabled).toBe(true);
    const [kept] = await t.database.db.select().from(people).where(eq(people.id, person.id));
    expect(kept?.deactivatedAt).not.toBeNull();
    const actions = (
      await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, a.body.id))
    ).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['scim.user_create', 'scim.user_delete']));
    // The directory may provision the same address again.
    expect((await scim('POST', '/Users', newUser('gone@example.org'))).status).toBe(201);
  });

  it('bad input is a SCIM 400 (malformed JSON, a NUL character), an unknown id a SCIM 404', async () => {
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/scim/v2/Users',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
      payload: '{"userName":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    const nul = await scim('POST', '/Users', newUser('nul\u0000@example.org'));
    expect(nul.status).toBe(400);
    const missing = await scim(
      'PUT',
      '/Users/00000000-0000-4000-8000-000000000000',
      newUser('a@b.org'),
    );
    expect(missing.status).toBe(404);
    expect(missing.body.status).toBe('404');
    expect((await scim('GET', '/Users/not-a-uuid')).status).toBe(404);
  });
});
