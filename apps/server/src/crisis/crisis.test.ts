import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outboundMessages, people } from '../db/schema/index.ts';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { checkinPathsOf } from '../../test/checkin-links.ts';
import { checkinSecret, signCheckin } from './token.ts';

describe('crisis: declaration, check-in and accountability', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let c: Record<'do' | 'warden' | 'staff' | 'smt' | 'otherDo', Client>;
  let intl: string;
  let local: string;
  let dependant: string;
  let traveller: string;
  let northern: string;
  let wardenPerson: string;
  let crisisId: string;
  let secondCrisisId: string;

  const checkinPath = async (crisis: string, personId: string) => {
    return (await checkinPathsOf(t.database.db, `crisis:${crisis}:checkin`)).get(personId) ?? '';
  };
  const tokenOf = async (crisis: string, personId: string) =>
    (await checkinPath(crisis, personId)).replace('/checkin/', '');
  const publicPost = (url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
  const status = async (client: Client, crisis: string, personId: string) => {
    const res = await client.get(`/api/crises/${crisis}/board`);
    return (res.body.people as { personId: string; status: string }[]).find(
      (p) => p.personId === personId,
    )?.status;
  };

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    const d = await buildUser(db, w, 'DO');
    const warden = await buildUser(db, w, 'WARDEN', { areaId: w.capital.id, zoneId: w.zone1.id });
    wardenPerson = warden.person.id;
    const staff = await buildUser(db, w, 'staff', {}, { zone: w.zone2 });
    const smt = await buildUser(db, w, 'SMT_MEMBER');
    const otherDo = await buildUser(db, other, 'DO');
    intl = (await buildPerson(db, w, { zone: w.zone1, familyName: 'Intl' })).id;
    local = (await buildPerson(db, w, { zone: w.zone2, familyName: 'Local' })).id;
    await db.update(people).set({ category: 'local' }).where(eq(people.id, local));
    dependant = (await buildPerson(db, w, { zone: w.zone1, familyName: 'Child' })).id;
    await db
      .update(people)
      .set({ kind: 'dependant', category: null, sponsorId: intl, staffId: null })
      .where(eq(people.id, dependant));
    traveller = (await buildPerson(db, other, { zone: other.zone1, familyName: 'Traveller' })).id;
    await db
      .update(people)
      .set({ whereaboutsCountryId: w.country.id, whereaboutsAreaId: w.capital.id })
      .where(eq(people.id, traveller));
    northern = (await buildPerson(db, w, { station: w.town, zone: w.zone3 })).id;
    c = {
      do: await signIn(t.app, d.email),
      warden: await signIn(t.app, warden.email),
      staff: await signIn(t.app, staff.email),
      smt: await signIn(t.app, smt.email),
      otherDo: await signIn(t.app, otherDo.email),
    };
    const res = await c.do.post('/api/crises', {
      countryId: w.country.id,
      areaId: w.capital.id,
      title: 'Flooding in the capital',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    crisisId = res.body.id;
    const second = await c.do.post('/api/crises', {
      countryId: w.country.id,
      areaId: w.capital.id,
      title: 'Second crisis',
    });
    secondCrisisId = second.body.id;
  });

  it('everyone stationed in the area and every traveller there gets a check-in request; nobody elsewhere', async () => {
    const board = await c.do.get(`/api/crises/${crisisId}/board`);
    expect(board.status).toBe(200);
    const ids = (board.body.people as { personId: string }[]).map((p) => p.personId);
    expect(ids).toEqual(expect.arrayContaining([intl, local, dependant, traveller, wardenPerson]));
    expect(ids).not.toContain(northern);
    expect(await checkinPath(crisisId, traveller)).toMatch(/^\/checkin\/[\w-]+\.[\w-]+$/);
    expect(board.body.allAccountedFor).toBe(false);
  });

  it('the board sends its people a page at a time, filtered; the counts stay over everyone', async () => {
    const all = await c.do.get(`/api/crises/${crisisId}/board`);
    const total = all.body.counts.total as number;
    expect(total).toBeGreaterThan(3);
    expect(all.body).toMatchObject({ page: 1, pageSize: 50, peopleTotal: total });
    const two = await c.do.get(`/api/crises/${crisisId}/board?pageSize=2&page=2`);
    expect(two.body.people).toHaveLength(2);
    expect(two.body.people[0]).toEqual(all.body.people[2]);
    expect(two.body.counts).toEqual(all.body.counts);
    const countsOnly = await c.do.get(`/api/crises/${crisisId}/board?pageSize=0`);
    expect(countsOnly.body.people).toEqual([]);
    expect(countsOnly.body.peopleTotal).toBe(total);
    const silent = await c.do.get(`/api/crises/${crisisId}/board?status=no_answer`);
    expect(silent.body.peopleTotal).toBe(all.body.counts.noAnswer);
    const bad = await c.do.get(`/api/crises/${crisisId}/board?pageSize=500&status=lost`);
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'query.pageSize',
      'query.status',
    ]);
  });

  it('only the DO or CSA declares a crisis (403 for others)', async () => {
    const res = await c.staff.post('/api/crises', { countryId: w.country.id, title: 'No' });
    expect(res.status).toBe(403);
    const warden = await c.warden.post('/api/crises', { countryId: w.country.id, title: 'No' });
    expect(warden.status).toBe(403);
  });

  it('a declaration with an area of another country or no title is refused, naming the field', async () => {
    const res = await c.do.post('/api/crises', {
      countryId: w.country.id,
      areaId: other.capital.id,
      title: 'X',
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('areaId');
    const noTitle = await c.do.post('/api/crises', { countryId: w.country.id, title: ' ' });
    expect(noTitle.status).toBe(400);
    expect(JSON.stringify(noTitle.body.details)).toContain('title');
  });

  it('a check-in token cannot be used for another person or another crisis', async () => {
    const token = await tokenOf(crisisId, intl);
    const [payload, signature] = token.split('.') as [string, string];
    const bytes = Buffer.from(payload, 'base64url');
    const hex = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
    const forge = (crisis: string, person: string) => {
      const b = Buffer.from(bytes);
      hex(crisis).copy(b, 0);
      hex(person).copy(b, 16);
      return `${b.toString('base64url')}.${signature}`;
    };
    const cid = crisisId;
    const otherPerson = await publicPost(`/api/checkin/${forge(cid, local)}`, { status: 'safe' });
    expect(otherPerson.statusCode).toBe(404);
    const otherCrisis = await publicPost(`/api/checkin/${forge(secondCrisisId, intl)}`, {
      status: 'safe',
    });
    expect(otherCrisis.statusCode).toBe(404);
    // A genuine token of a person the crisis does not include is no use either.
    const secret = await checkinSecret(t.database.db);
    const stranger = signCheckin(secret, {
      crisisId,
      personId: northern,
      expiresAt: Math.floor(Date.now() / 1000) + 60,
    });
    expect((await publicPost(`/api/checkin/${stranger}`, { status: 'safe' })).statusCode).toBe(404);
    expect(await status(c.do, crisisId, local)).toBe('no_answer');
    expect(await status(c.do, secondCrisisId, intl)).toBe('no_answer');
    // The genuine token answers for its own person in its own crisis only (with a position, which
    // is kept only while the DO has activated precise location for the country).
    const activated = await c.do.post(`/api/countries/${w.country.id}/location-activations`, {
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      reason: 'Floods: locate those who need help',
    });
    expect(activated.status).toBe(201);
    const ok = await publicPost(`/api/checkin/${token}`, {
      status: 'need_help',
      note: 'Water rising',
      latitude: 1.5,
      longitude: 2.5,
    });
    expect(ok.statusCode).toBe(200);
    expect(await status(c.do, crisisId, intl)).toBe('need_help');
    expect(await status(c.do, secondCrisisId, intl)).toBe('no_answer');
  });

  it('an expired check-in token answers 410, on the API and on the page', async () => {
    const secret = await checkinSecret(t.database.db);
    const expired = signCheckin(secret, {
      crisisId,
      personId: local,
      expiresAt: Math.floor(Date.now() / 1000) - 1,
    });
    expect((await publicPost(`/api/checkin/${expired}`, { status: 'safe' })).statusCode).toBe(410);
    const page = await t.app.inject({ method: 'GET', url: `/checkin/${expired}` });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('expired');
  });

  it('the check-in page speaks Arabic right-to-left, and every UN language is offered', async () => {
    const token = await tokenOf(crisisId, dependant);
    const page = await t.app.inject({
      method: 'GET',
      url: `/checkin/${token}`,
      headers: { 'accept-language': 'ar-SY,ar;q=0.9,en;q=0.5' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="ar" dir="rtl">');
    expect(page.body).toContain('أنا بأمان');
    for (const name of ['العربية', 'English', 'Español', 'Français', 'Русский', '中文'])
      expect(page.body).toContain(name);
    const zh = await t.app.inject({ method: 'GET', url: `/checkin/${token}?lang=zh` });
    expect(zh.body).toContain('我平安');
  });

  it('an error message reads in the language the request asks for', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { 'accept-language': 'es-MX,es;q=0.9' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthenticated', message: 'Inicie sesión.' });
  });

  it('the check-in page works without script, in French too, and records the answer', async () => {
    const token = await tokenOf(crisisId, dependant);
    const page = await t.app.inject({
      method: 'GET',
      url: `/checkin/${token}`,
      headers: { 'accept-language': 'fr-FR,fr;q=0.9' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Je suis en sécurité');
    expect(page.body).not.toContain('<script');
    const sent = await t.app.inject({
      method: 'POST',
      url: `/checkin/${token}?lang=en`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'status=safe&note=At+home',
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('I am safe');
    expect(await status(c.do, crisisId, dependant)).toBe('safe');
  });

  it('a signed-in person sees the crises asking them to check in and answers for themself only', async () => {
    const mine = await c.warden.get('/api/crises/mine');
    expect(mine.status).toBe(200);
    expect((mine.body as { crisisId: string }[]).map((m) => m.crisisId)).toContain(crisisId);
    const res = await c.warden.post(`/api/crises/${crisisId}/checkin`, { status: 'safe' });
    expect(res.status).toBe(200);
    expect(await status(c.do, crisisId, wardenPerson)).toBe('safe');
    // Someone the crisis does not include has nothing to answer.
    const outsider = await c.otherDo.post(`/api/crises/${crisisId}/checkin`, { status: 'safe' });
    expect(outsider.status).toBe(404);
  });

  it('a check-in with a bad status is refused, naming the field', async () => {
    const token = await tokenOf(crisisId, local);
    const res = await publicPost(`/api/checkin/${token}`, { status: 'fine' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].path).toBe('status');
  });

  it('check-ins arriving together are each recorded with their audit row; the same person twice keeps the later answer', async () => {
    const everyone = [intl, local, dependant, traveller, wardenPerson];
    const tokens = await Promise.all(everyone.map((p) => tokenOf(secondCrisisId, p)));
    const [first, ...rest] = tokens as [string, ...string[]];
    const answers = await Promise.all([
      publicPost(`/api/checkin/${first}`, { status: 'safe' }),
      ...rest.map((token) => publicPost(`/api/checkin/${token}`, { status: 'safe' })),
      publicPost(`/api/checkin/${first}`, { status: 'need_help', note: 'Second thoughts' }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    expect(answers.at(-1)?.json()).toMatchObject({ crisis: 'Second crisis', status: 'need_help' });
    expect(await status(c.do, secondCrisisId, intl)).toBe('need_help');
    for (const p of everyone.slice(1)) expect(await status(c.do, secondCrisisId, p)).toBe('safe');
    const audit = await t.database.db
      .select({ entityId: auditLog.entityId, after: auditLog.after, actor: auditLog.actorLabel })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'crisis.checkin'), inArray(auditLog.entityId, everyone)));
    expect(audit.filter((a) => a.entityId === intl).map((a) => a.after)).toEqual(
      expect.arrayContaining([{ status: 'safe' }, { status: 'need_help' }]),
    );
    expect(new Set(audit.map((a) => a.entityId))).toEqual(new Set(everyone));
    expect(audit.every((a) => a.actor === 'check-in link')).toBe(true);
  });

  it('a warden sees only their zone on the board; another country’s DO sees nothing (404)', async () => {
    const board = await c.warden.get(`/api/crises/${crisisId}/board`);
    expect(board.status).toBe(200);
    const ids = (board.body.people as { personId: string }[]).map((p) => p.personId);
    expect(ids).toEqual(expect.arrayContaining([intl, dependant, wardenPerson]));
    expect(ids).not.toContain(local);
    expect(ids).not.toContain(traveller);
    expect((await c.otherDo.get(`/api/crises/${crisisId}/board`)).status).toBe(404);
    expect((await c.otherDo.get(`/api/crises/${crisisId}`)).status).toBe(404);
    const list = await c.otherDo.get('/api/crises');
    expect((list.body as { id: string }[]).map((x) => x.id)).not.toContain(crisisId);
  });

  it('marking a person reached needs crisis.account in their place (403 for an SMT member, 404 outside the warden’s zone)', async () => {
    const smt = await c.smt.post(`/api/crises/${crisisId}/people/${local}/status`, {
      status: 'safe',
      via: 'phone',
    });
    expect(smt.status).toBe(403);
    const outside = await c.warden.post(`/api/crises/${crisisId}/people/${local}/status`, {
      status: 'safe',
      via: 'radio',
    });
    expect(outside.status).toBe(404);
  });

  it('"all accounted for" only when no one is left without an answer', async () => {
    const remaining = async () => {
      const b = await c.do.get(`/api/crises/${crisisId}/board`);
      return {
        all: b.body.allAccountedFor as boolean,
        left: (b.body.people as { personId: string; status: string }[])
          .filter((p) => p.status === 'no_answer')
          .map((p) => p.personId),
      };
    };
    let state = await remaining();
    expect(state.left.length).toBeGreaterThan(0);
    while (state.left.length > 1) {
      const personId = state.left[0]!;
      const res = await c.do.post(`/api/crises/${crisisId}/people/${personId}/status`, {
        status: 'safe',
        via: 'phone',
      });
      expect(res.status).toBe(200);
      state = await remaining();
      expect(state.all).toBe(false);
    }
    const last = state.left[0]!;
    await c.do.post(`/api/crises/${crisisId}/people/${last}/status`, {
      status: 'safe',
      via: 'radio',
    });
    state = await remaining();
    expect(state.left).toEqual([]);
    expect(state.all).toBe(true);
  });

  it('the evacuation list covers international staff and their dependants; local staff are flagged case by case', async () => {
    const res = await c.do.get(`/api/crises/${crisisId}/evacuation`);
    expect(res.status).toBe(200);
    const of = (id: string) =>
      (res.body.items as { personId: string; eligibility: string }[]).find((e) => e.personId === id)
        ?.eligibility;
    expect(of(intl)).toBe('eligible');
    expect(of(dependant)).toBe('eligible');
    expect(of(local)).toBe('case_by_case');
  });

  it('decisions go into the crisis log in order; only the DO or CSA records them', async () => {
    const ok = await c.do.post(`/api/crises/${crisisId}/log`, {
      kind: 'relocation',
      text: 'Relocate non-essential staff to Town',
    });
    expect(ok.status).toBe(201);
    const denied = await c.warden.post(`/api/crises/${crisisId}/log`, {
      kind: 'evacuation',
      text: 'Evacuate',
      recommendedBy: 'USG for Safety and Security',
    });
    expect(denied.status).toBe(403);
    const note = await c.warden.post(`/api/crises/${crisisId}/log`, {
      kind: 'note',
      text: 'Zone 1 reached by radio',
    });
    expect(note.status).toBe(201);
    const log = await c.do.get(`/api/crises/${crisisId}/log`);
    expect((log.body as { kind: string }[]).map((e) => e.kind)).toEqual([
      'declared',
      'relocation',
      'note',
    ]);
  });

  it('a broadcast reaches its scope through the queue and each warden gets their zone’s list', async () => {
    const denied = await c.staff.post('/api/broadcasts', {
      countryId: w.country.id,
      title: 'Curfew',
      body: 'Stay indoors',
    });
    expect(denied.status).toBe(403);
    const res = await c.do.post('/api/broadcasts', {
      countryId: w.country.id,
      areaId: w.capital.id,
      title: 'Curfew',
      body: 'Stay indoors after 18:00',
      channels: ['in_app'],
    });
    expect(res.status).toBe(201);
    expect(res.body.recipients).toBeGreaterThanOrEqual(4);
    expect(res.body.wardensNotified).toBe(1);
    const [cascade] = await t.database.db
      .select()
      .from(outboundMessages)
      .where(
        and(
          eq(outboundMessages.messageId, `broadcast:${res.body.id}:cascade:${w.zone1.id}`),
          eq(outboundMessages.recipientId, wardenPerson),
        ),
      );
    expect(String(cascade?.params.names)).toContain('Intl');
    const delivery = await c.do.get(`/api/broadcasts/${res.body.id}/delivery`);
    expect(delivery.body.queued).toBe(res.body.queued);
  });

  it('closing a crisis erases precise positions and its links then answer 410', async () => {
    const before = await c.do.get(`/api/crises/${crisisId}/board`);
    const withPosition = (
      before.body.people as { personId: string; latitude: number | null }[]
    ).find((p) => p.personId === intl);
    expect(withPosition?.latitude).toBe(1.5);
    expect((await c.warden.post(`/api/crises/${crisisId}/close`)).status).toBe(403);
    const closed = await c.do.post(`/api/crises/${crisisId}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    const after = await c.do.get(`/api/crises/${crisisId}/board`);
    expect(
      (after.body.people as { latitude: number | null }[]).every((p) => p.latitude === null),
    ).toBe(true);
    const token = await tokenOf(crisisId, local);
    expect((await publicPost(`/api/checkin/${token}`, { status: 'safe' })).statusCode).toBe(410);
  });
});
