import { beforeAll, describe, expect, it } from 'vitest';
import {
  drills,
  securityLevelDecisions,
  ssafeExemptions,
  trainingCertificates,
} from '../db/schema/index.ts';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

interface Item {
  id: string;
  link: string;
  title: string | null;
  countryId: string | null;
  status: string | null;
  counts: Record<string, number> | null;
  reasons: { severity: string }[] | null;
}
interface Section {
  key: string;
  total: number;
  items: Item[];
}
interface HomeBody {
  countryId: string | null;
  sections: Section[];
}

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('GET /api/home: what needs me now', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let c: Record<'staff' | 'warden' | 'csa' | 'asc' | 'do' | 'admin' | 'otherCsa', Client>;
  let crisisId: string;
  let otherCrisisId: string;
  let requestId: string;
  let incidentId: string;
  let otherIncidentId: string;
  let endingId: string;

  const home = async (client: Client, query = '') => {
    const res = await client.get(`/api/home${query}`);
    expect(res.status).toBe(200);
    return res.body as HomeBody;
  };
  const keys = (h: HomeBody) => h.sections.map((s) => s.key);
  const sectionOf = (h: HomeBody, key: string) => {
    const s = h.sections.find((x) => x.key === key);
    if (!s) throw new Error(`no section ${key} in ${keys(h).join(', ')}`);
    return s;
  };

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    const users = {
      staff: await buildUser(db, w, 'staff'),
      warden: await buildUser(db, w, 'WARDEN', { zoneId: w.zone1.id }),
      csa: await buildUser(db, w, 'CSA'),
      asc: await buildUser(
        db,
        w,
        'ASC',
        { areaId: w.north.id },
        { station: w.town, zone: w.zone3 },
      ),
      do: await buildUser(db, w, 'DO'),
      admin: await buildUser(db, w, 'admin'),
      otherCsa: await buildUser(db, other, 'CSA', {}, { station: other.city, zone: other.zone1 }),
    };
    c = {
      staff: await signIn(t.app, users.staff.email),
      warden: await signIn(t.app, users.warden.email),
      csa: await signIn(t.app, users.csa.email),
      asc: await signIn(t.app, users.asc.email),
      do: await signIn(t.app, users.do.email),
      admin: await signIn(t.app, users.admin.email),
      otherCsa: await signIn(t.app, users.otherCsa.email),
    };
    // The North has a security level (travel there needs clearance); the Capital has none.
    await db.insert(securityLevelDecisions).values({
      countryId: w.country.id,
      areaId: w.north.id,
      scale: 'SLS',
      level: '3',
      effectiveFrom: '2020-01-01',
      reason: 'test',
      decidedBy: 'DO',
    });
    // BSITF issued almost three years ago: valid for the trip, expiring within weeks.
    await db.insert(trainingCertificates).values([
      { personId: users.staff.person.id, course: 'BSITF', issuedOn: days(-1080) },
      { personId: users.staff.person.id, course: 'ASITF', issuedOn: days(-100) },
    ]);
    const crisis = await c.csa.post('/api/crises', { countryId: w.country.id, title: 'Flooding' });
    expect(crisis.status).toBe(201);
    crisisId = crisis.body.id;
    const otherCrisis = await c.otherCsa.post('/api/crises', {
      countryId: other.country.id,
      title: 'Unrest elsewhere',
    });
    expect(otherCrisis.status).toBe(201);
    otherCrisisId = otherCrisis.body.id;
    const request = await c.staff.post('/api/travel/requests', {
      purpose: 'Programme monitoring',
      legs: [{ destinationId: w.town.id, arrivalOn: days(10), departureOn: days(12) }],
    });
    expect(request.status).toBe(201);
    requestId = request.body.id;
    const incident = (client: Client, world: World) =>
      client.post('/api/incidents', {
        category: 'ROBBERY',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        timeZone: 'UTC',
        countryId: world.country.id,
        areaId: world.capital.id,
        personnelAffected: 1,
        title: `Vehicle robbed ${world.code}`,
        narrative: 'Two armed men stopped the vehicle.',
        organizationId: world.orgA.id,
      });
    const i1 = await incident(c.staff, w);
    expect(i1.status).toBe(201);
    incidentId = i1.body.id;
    const i2 = await incident(c.otherCsa, other);
    expect(i2.status).toBe(201);
    otherIncidentId = i2.body.id;
    // The warden's net was last called ten days ago (one call missed): its weekly check is late.
    const radio = await c.warden.post('/api/radio-checks', {
      countryId: w.country.id,
      zoneId: w.zone1.id,
      net: 'Zone 1 VHF',
      heldAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      entries: [
        { callSign: 'Z1-1', answered: true },
        { callSign: 'Z1-2', answered: false },
      ],
    });
    expect(radio.status).toBe(201);
    // SSAFE exemptions: one ends in ten days; one ends in five days but was renewed; one ends
    // in two months; one ends in ten days in the other country.
    const [renewed, later, elsewhere] = await Promise.all([
      buildPerson(db, w, { station: w.town, zone: w.zone3 }),
      buildPerson(db, w, { station: w.town, zone: w.zone3 }),
      buildPerson(db, other, { station: other.city, zone: other.zone1 }),
    ]);
    const exemption = (personId: string, world: World, validUntil: string) => ({
      personId,
      countryId: world.country.id,
      locationId: world === w ? w.town.id : other.city.id,
      reason: 'test',
      validUntil,
    });
    const [ending] = await db
      .insert(ssafeExemptions)
      .values(exemption(users.staff.person.id, w, days(10)))
      .returning();
    endingId = ending!.id;
    await db
      .insert(ssafeExemptions)
      .values([
        exemption(renewed.id, w, days(5)),
        exemption(renewed.id, w, days(200)),
        exemption(later.id, w, days(60)),
        exemption(elsewhere.id, other, days(10)),
      ]);
    await db.insert(drills).values([
      { countryId: w.country.id, kind: 'evacuation', scheduledOn: days(-5) },
      { countryId: other.country.id, kind: 'evacuation', scheduledOn: days(-5) },
    ]);
  });

  it('staff: the crisis prompt first, then their clearances with reasons, training and plans', async () => {
    const h = await home(c.staff);
    expect(keys(h)).toEqual(['crisisPrompt', 'myClearances', 'myTraining', 'myPlans']);
    const prompt = sectionOf(h, 'crisisPrompt');
    expect(prompt.items).toEqual([
      expect.objectContaining({ id: crisisId, status: 'no_answer', countryId: w.country.id }),
    ]);
    const mine = sectionOf(h, 'myClearances');
    expect(mine.items[0]).toMatchObject({
      id: requestId,
      status: 'pending',
      link: `/travel/requests/${requestId}`,
    });
    expect(mine.items[0]?.reasons?.length).toBeGreaterThan(0);
    expect(sectionOf(h, 'myTraining').items).toEqual([
      expect.objectContaining({ code: 'BSITF', status: 'expiring', link: '/training/me' }),
    ]);
  });

  it('warden: their zone and who is left to reach in the crisis', async () => {
    const h = await home(c.warden);
    expect(keys(h)).toEqual(
      expect.arrayContaining(['crisisPrompt', 'myZones', 'toReach', 'myClearances']),
    );
    expect(keys(h)).not.toContain('invariantErrors');
    expect(sectionOf(h, 'myZones').items).toEqual([
      expect.objectContaining({ id: w.zone1.id, counts: { people: 5 } }),
    ]);
    const reach = sectionOf(h, 'toReach').items[0];
    expect(reach).toMatchObject({ id: crisisId, link: `/crisis/${crisisId}` });
    expect(reach?.counts?.noAnswer).toBeGreaterThan(0);
  });

  it('warden: their net’s routine radio check is late a week after the last one', async () => {
    const h = await home(c.warden);
    expect(sectionOf(h, 'radioChecksDue').items).toEqual([
      expect.objectContaining({
        id: w.zone1.id,
        link: '/preparedness/radio',
        status: 'overdue',
        date: days(-3),
        params: { lastOn: days(-10) },
        counts: { missed: 1 },
      }),
    ]);
    // Those who hold no zone have no radio section on their home.
    expect(keys(await home(c.staff))).not.toContain('radioChecksDue');
    expect(keys(await home(c.csa))).not.toContain('radioChecksDue');
  });

  it('CSA: active crises with counts, clearances and incidents waiting, overdue drills, invariant errors', async () => {
    const h = await home(c.csa);
    expect(keys(h)).toEqual(
      expect.arrayContaining([
        'crisisPrompt',
        'activeCrises',
        'clearancesWaiting',
        'incidentsWaiting',
        'overdueDrills',
        'overdueFindings',
        'overdueReviews',
        'invariantErrors',
      ]),
    );
    expect(keys(h)).not.toContain('decideClearances');
    expect(keys(h)).not.toContain('overview');
    const crisis = sectionOf(h, 'activeCrises').items[0];
    expect(crisis).toMatchObject({ id: crisisId, link: `/crisis/${crisisId}` });
    expect(crisis?.counts?.total).toBeGreaterThanOrEqual(5);
    expect(sectionOf(h, 'clearancesWaiting').items.map((i) => i.id)).toEqual([requestId]);
    expect(sectionOf(h, 'incidentsWaiting').items.map((i) => i.id)).toEqual([incidentId]);
    expect(sectionOf(h, 'overdueDrills').total).toBe(1);
  });

  it('scope: nothing from another country, even when asked for it', async () => {
    for (const client of [c.csa, c.do, c.staff]) {
      const h = await home(client, `?countryId=${other.country.id}`);
      expect(h.countryId).toBe(w.country.id);
      const all = h.sections.flatMap((s) => s.items);
      expect(all.filter((i) => i.countryId === other.country.id)).toEqual([]);
      const ids = all.map((i) => i.id);
      expect(ids).not.toContain(otherCrisisId);
      expect(ids).not.toContain(otherIncidentId);
    }
    const theirs = await home(c.otherCsa);
    expect(theirs.countryId).toBe(other.country.id);
    const ids = theirs.sections.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toContain(otherIncidentId);
    expect(ids).not.toContain(incidentId);
    expect(ids).not.toContain(crisisId);
  });

  it('ASC: only their area — the capital’s incident is not theirs to manage', async () => {
    const h = await home(c.asc);
    expect(keys(h)).toEqual(expect.arrayContaining(['activeCrises', 'decideClearances']));
    expect(keys(h)).not.toContain('invariantErrors');
    expect(sectionOf(h, 'decideClearances').items.map((i) => i.id)).toEqual([requestId]);
  });

  it('DO: decisions waiting (clearances, risk acceptance, security levels) and the crisis board', async () => {
    const h = await home(c.do);
    expect(keys(h)).toEqual(
      expect.arrayContaining(['decideClearances', 'decideRisks', 'decideLevels', 'activeCrises']),
    );
    expect(sectionOf(h, 'decideClearances').items[0]).toMatchObject({
      id: requestId,
      link: `/travel/requests/${requestId}`,
    });
    // The Capital has no security level yet.
    expect(sectionOf(h, 'decideLevels').items).toEqual([
      expect.objectContaining({ id: w.capital.id }),
    ]);
  });

  it('DO: SSAFE exemptions ending within 30 days and not renewed wait for a decision', async () => {
    const ssafe = sectionOf(await home(c.do), 'decideSsafe');
    expect(ssafe.total).toBe(1);
    expect(ssafe.items).toEqual([
      expect.objectContaining({
        id: endingId,
        date: days(10),
        link: '/training#ssafe-exemption',
        countryId: w.country.id,
      }),
    ]);
    expect(ssafe.items[0]?.title).toContain('Town');
    // The CSA records training but does not decide on SSAFE.
    expect(keys(await home(c.csa))).not.toContain('decideSsafe');
  });

  it('system administrator: a cross-country overview, and a country’s sections once one is chosen', async () => {
    const h = await home(c.admin);
    expect(h.countryId).toBeNull();
    const overview = sectionOf(h, 'overview');
    const row = (id: string) => overview.items.find((i) => i.id === id);
    expect(row(w.country.id)?.counts).toMatchObject({ crises: 1, overdue: 1 });
    expect(row(other.country.id)?.counts).toMatchObject({ crises: 1, overdue: 1 });
    const chosen = await home(c.admin, `?countryId=${w.country.id}`);
    expect(row(w.country.id)?.counts?.errors).toBe(sectionOf(chosen, 'invariantErrors').total);
    expect(chosen.countryId).toBe(w.country.id);
    expect(keys(chosen)).toEqual(
      expect.arrayContaining(['overview', 'activeCrises', 'invariantErrors']),
    );
  });

  it('refuses a malformed country with 400 naming the field, and anonymous callers with 401', async () => {
    const bad = await c.staff.get('/api/home?countryId=nope');
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('query.countryId');
    const anon = await t.app.inject({ method: 'GET', url: '/api/home' });
    expect(anon.statusCode).toBe(401);
  });
});
