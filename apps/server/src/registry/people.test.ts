import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { countries, people } from '../db/schema/index.ts';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('personnel registry', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let clients: Record<'do' | 'warden' | 'staff' | 'rep' | 'asc', Client>;
  let colleagueZone1: string;
  let personZone2: string;
  let personNorth: string;
  let personOrgB: string;
  let otherCountryPerson: string;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    const d = await buildUser(db, w, 'DO');
    const warden = await buildUser(db, w, 'WARDEN', { areaId: w.capital.id, zoneId: w.zone1.id });
    const staff = await buildUser(db, w, 'staff', {}, { zone: w.zone2 });
    const rep = await buildUser(db, w, 'AGENCY_REP', { organizationId: w.orgB.id });
    const asc = await buildUser(
      db,
      w,
      'ASC',
      { areaId: w.north.id },
      { station: w.town, zone: w.zone3 },
    );
    colleagueZone1 = (await buildPerson(db, w, { zone: w.zone1, familyName: 'Zonewon' })).id;
    personZone2 = (await buildPerson(db, w, { zone: w.zone2 })).id;
    personNorth = (await buildPerson(db, w, { station: w.town, zone: w.zone3 })).id;
    personOrgB = (await buildPerson(db, w, { org: w.orgB, zone: w.zone2 })).id;
    otherCountryPerson = (await buildPerson(db, other, { zone: other.zone1 })).id;
    clients = {
      do: await signIn(t.app, d.email),
      warden: await signIn(t.app, warden.email),
      staff: await signIn(t.app, staff.email),
      rep: await signIn(t.app, rep.email),
      asc: await signIn(t.app, asc.email),
    };
  });

  const ids = async (c: Client, query = '') => {
    const res = await c.get(`/api/people?pageSize=200${query}`);
    expect(res.status).toBe(200);
    return (res.body.items as { id: string }[]).map((p) => p.id);
  };

  it('a warden sees only the personnel of their zone', async () => {
    const seen = await ids(clients.warden);
    expect(seen).toContain(colleagueZone1);
    expect(seen).not.toContain(personZone2);
    expect(seen).not.toContain(personNorth);
    expect(seen).not.toContain(otherCountryPerson);
  });

  it('a staff member sees only themself', async () => {
    const seen = await ids(clients.staff);
    expect(seen).toHaveLength(1);
    const me = await clients.staff.get('/api/auth/me');
    expect(seen).toEqual([me.body.personId]);
  });

  it('a Designated Official sees their whole country and nothing of another', async () => {
    const seen = await ids(clients.do);
    expect(seen).toEqual(
      expect.arrayContaining([colleagueZone1, personZone2, personNorth, personOrgB]),
    );
    expect(seen).not.toContain(otherCountryPerson);
  });

  it('an Area Security Coordinator sees their area only', async () => {
    const seen = await ids(clients.asc);
    expect(seen).toContain(personNorth);
    expect(seen).not.toContain(colleagueZone1);
  });

  it('a representative sees their organization in the country only', async () => {
    const seen = await ids(clients.rep);
    expect(seen).toContain(personOrgB);
    expect(seen).not.toContain(colleagueZone1);
  });

  it('reading a person outside one’s scope is 404, not 403', async () => {
    expect((await clients.warden.get(`/api/people/${personZone2}`)).status).toBe(404);
    expect((await clients.warden.get(`/api/people/${colleagueZone1}`)).status).toBe(200);
  });

  it('a warden may see a person in their zone but not change the record: 403', async () => {
    const res = await clients.warden.patch(`/api/people/${colleagueZone1}`, {
      phone: '+1 555 0100',
    });
    expect(res.status).toBe(403);
  });

  it('search, filters and paging narrow the list and report the total', async () => {
    const page1 = await clients.do.get(`/api/people?countryId=${w.country.id}&pageSize=2&page=1`);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.total).toBeGreaterThanOrEqual(5);
    const page2 = await clients.do.get(`/api/people?countryId=${w.country.id}&pageSize=2&page=2`);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
    const found = await clients.do.get('/api/people?q=zonewon');
    expect(found.body.items.map((p: { id: string }) => p.id)).toEqual([colleagueZone1]);
    const byZone = await ids(clients.do, `&zoneId=${w.zone3.id}`);
    expect(byZone).toContain(personNorth);
    expect(byZone).not.toContain(colleagueZone1);
  });

  it('rejects a bad page size with a 400 naming the query field', async () => {
    const res = await clients.do.get('/api/people?pageSize=5000');
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('query.pageSize');
  });

  const valid = () => ({
    staffId: `N-${Math.random().toString(36).slice(2, 8)}`,
    organizationId: w.orgA.id,
    category: 'local',
    givenName: 'New',
    familyName: 'Person',
    email: 'new.person@example.org',
    dutyStationId: w.city.id,
    zoneId: w.zone1.id,
  });
  const peopleCount = async () => (await t.database.db.select({ n: count() }).from(people))[0]?.n;

  it('creating a person with an invalid e-mail returns 400 naming the field, and writes nothing', async () => {
    const before = await peopleCount();
    const res = await clients.do.post('/api/people', { ...valid(), email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('validation_error');
    expect(res.body.message).toContain('email');
    expect(res.body.details).toEqual([{ path: 'email', message: expect.any(String) }]);
    expect(await peopleCount()).toBe(before);
  });

  it('creating a person of an unknown organization returns 400 naming the field, and writes nothing', async () => {
    const before = await peopleCount();
    const res = await clients.do.post('/api/people', {
      ...valid(),
      organizationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain('organizationId');
    expect(await peopleCount()).toBe(before);
  });

  it('personnel need a staff id and a category', async () => {
    const res = await clients.do.post('/api/people', { ...valid(), staffId: null, category: null });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'category',
      'staffId',
    ]);
  });

  it('a DO adds a person; location keys follow the duty station; the change is audited', async () => {
    const res = await clients.do.post('/api/people', valid());
    expect(res.status).toBe(201);
    expect(res.body.countryId).toBe(w.country.id);
    expect(res.body.areaId).toBe(w.capital.id);
    expect(res.body.abilities.canEdit).toBe(true);
    const [row] = await t.database.db.select().from(people).where(eq(people.id, res.body.id));
    expect(row?.email).toBe('new.person@example.org');
  });

  it('a PATCH changes only the fields it sends', async () => {
    const created = await clients.do.post('/api/people', {
      ...valid(),
      essential: true,
      phone: '+254 712 000 101',
    });
    const res = await clients.do.patch(`/api/people/${created.body.id}`, {
      radioCallSign: 'Bravo 7',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      radioCallSign: 'Bravo 7',
      essential: true,
      phone: '+254712000101',
      status: 'active',
    });
  });

  it('a phone number is stored in E.164, read in the duty station country’s plan without a prefix', async () => {
    // The test country takes Kenya's code (the reference data's Kenya gives it up).
    await t.database.db.update(countries).set({ alpha2: 'ZZ' }).where(eq(countries.alpha2, 'KE'));
    await t.database.db
      .update(countries)
      .set({ alpha2: 'KE' })
      .where(eq(countries.id, w.country.id));
    const international = await clients.do.post('/api/people', {
      ...valid(),
      phone: '00254 (712) 000-102',
    });
    expect(international.status).toBe(201);
    expect(international.body.phone).toBe('+254712000102');
    const national = await clients.do.patch(`/api/people/${international.body.id}`, {
      phone: '0712 000 103',
    });
    expect(national.status).toBe(200);
    expect(national.body.phone).toBe('+254712000103');
  });

  it('a phone number that is not valid is a 400 naming phone, on create and on update', async () => {
    const created = await clients.do.post('/api/people', { ...valid(), phone: '+999 700 000 001' });
    expect(created.status).toBe(400);
    expect(created.body.details).toEqual([expect.objectContaining({ path: 'phone' })]);
    const patched = await clients.do.patch(`/api/people/${colleagueZone1}`, {
      phone: '+1 555 0100',
    });
    expect(patched.status).toBe(400);
    expect(patched.body.message).toContain('phone');
  });

  it('the same staff id twice in one organization is a 409 naming staffId', async () => {
    const body = valid();
    expect((await clients.do.post('/api/people', body)).status).toBe(201);
    const again = await clients.do.post('/api/people', body);
    expect(again.status).toBe(409);
    expect(again.body.details[0].path).toBe('staffId');
  });

  it('a representative may not add personnel of another organization: 403', async () => {
    const res = await clients.rep.post('/api/people', valid());
    expect(res.status).toBe(403);
    const ok = await clients.rep.post('/api/people', { ...valid(), organizationId: w.orgB.id });
    expect(ok.status).toBe(201);
  });

  it('a staff member records their own whereabouts at area level', async () => {
    const me = await clients.staff.get('/api/auth/me');
    const res = await clients.staff.put(`/api/people/${me.body.personId}/whereabouts`, {
      countryId: w.country.id,
      areaId: w.north.id,
      note: 'field visit',
    });
    expect(res.status).toBe(200);
    expect(res.body.whereaboutsAreaId).toBe(w.north.id);
    const other = await clients.staff.put(`/api/people/${colleagueZone1}/whereabouts`, {
      countryId: w.country.id,
      areaId: null,
      note: null,
    });
    expect(other.status).toBe(404);
  });

  it('a dependant is linked to a staff member of the same organization', async () => {
    const res = await clients.do.post('/api/people', {
      kind: 'dependant',
      organizationId: w.orgA.id,
      givenName: 'Kid',
      familyName: 'Person',
      dutyStationId: w.city.id,
      sponsorId: colleagueZone1,
      relationship: 'child',
    });
    expect(res.status).toBe(201);
    const wrongOrg = await clients.do.post('/api/people', {
      kind: 'dependant',
      organizationId: w.orgB.id,
      givenName: 'Kid',
      familyName: 'Person',
      dutyStationId: w.city.id,
      sponsorId: colleagueZone1,
      relationship: 'child',
    });
    expect(wrongOrg.status).toBe(400);
    expect(wrongOrg.body.details[0].path).toBe('organizationId');
  });
});
