import { addDays } from '@fieldsafe/core';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../access/actor.ts';
import { rowsOf, type Db } from '../db/client.ts';
import { clearanceSanctions, dutyStations, trainingCertificates } from '../db/schema/index.ts';
import { enqueueNotice } from '../messaging/queue.ts';
import {
  buildSecurityLevel,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

const day = today();
const soon = addDays(day, 10);
const later = addDays(day, 15);

async function certify(db: Db, personId: string, courses: Record<string, string>) {
  await db
    .insert(trainingCertificates)
    .values(Object.entries(courses).map(([course, issuedOn]) => ({ personId, course, issuedOn })));
}

const recent = addDays(day, -100);
const TRAINED = { BSITF: recent, ASITF: recent };

describe('travel security clearance', () => {
  let t: TestApp;
  let db: Db;
  let w: World;
  let other: World;
  let hq: { id: string };
  let c: Record<'do' | 'asc' | 'ascCapital' | 'csa' | 'otherDo', Client>;

  async function traveller(courses: Record<string, string> = TRAINED, org?: { id: string }) {
    const u = await buildUser(db, w, 'staff', {}, org ? { org } : {});
    await certify(db, u.person.id, courses);
    return { ...u, client: await signIn(t.app, u.email) };
  }

  const request = (client: Client, destinationId: string, from = soon, to = later) =>
    client.post('/api/travel/requests', {
      purpose: 'Programme monitoring',
      legs: [{ destinationId, arrivalOn: from, departureOn: to }],
    });

  const codes = (res: { body: { reasons: { code: string }[] } }) =>
    res.body.reasons.map((r) => r.code);

  beforeAll(async () => {
    t = await testApp();
    db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    const [station] = await db
      .insert(dutyStations)
      .values({ countryId: w.country.id, areaId: w.capital.id, name: 'HQ', kind: 'headquarters' })
      .returning();
    hq = station!;
    await buildSecurityLevel(db, w);
    const dOfficial = await buildUser(db, w, 'DO');
    const asc = await buildUser(
      db,
      w,
      'ASC',
      { areaId: w.north.id },
      { station: w.town, zone: w.zone3 },
    );
    const ascCapital = await buildUser(db, w, 'ASC', { areaId: w.capital.id });
    const csa = await buildUser(db, w, 'CSA');
    const otherDo = await buildUser(
      db,
      other,
      'DO',
      {},
      { station: other.city, zone: other.zone1 },
    );
    c = {
      do: await signIn(t.app, dOfficial.email),
      asc: await signIn(t.app, asc.email),
      ascCapital: await signIn(t.app, ascCapital.email),
      csa: await signIn(t.app, csa.email),
      otherDo: await signIn(t.app, otherDo.email),
    };
  });

  it('a trained traveller is approved by the rules and routed to the ASC of the destination area, who approves', async () => {
    const me = await traveller();
    const res = await request(me.client, w.town.id);
    expect(res.status).toBe(201);
    expect(res.body.outcome).toBe('approve');
    expect(res.body.status).toBe('pending');
    expect(res.body.legs[0].approverRole).toBe('ASC');
    expect(codes(res)).toEqual(['MAIP_NOT_RECORDED', 'ARRIVAL_BRIEFING_REQUIRED']);
    const queue = await c.asc.get('/api/travel/requests?view=queue');
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(res.body.id);
    const ok = await c.asc.post(`/api/travel/requests/${res.body.id}/decision`, {
      decision: 'approve',
      comment: 'Cleared',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('approved');
    expect(ok.body.clearanceNumber).toMatch(/^SC-/);
  });

  it('an expired Basic certificate refuses the request with that reason', async () => {
    const me = await traveller({ BSITF: '2019-01-01', ASITF: recent });
    const res = await request(me.client, w.town.id);
    expect(res.body.outcome).toBe('refuse');
    expect(res.body.status).toBe('refused');
    expect(codes(res)).toContain('BSITF_EXPIRED');
  });

  it('[002 §18] home leave to a place under restriction is referred to the approver, not refused; an unknown kind is a 400', async () => {
    const me = await traveller({ BSITF: '2019-01-01', ASITF: recent });
    const res = await me.client.post('/api/travel/requests', {
      purpose: 'Home leave',
      travelKind: 'home_leave',
      legs: [{ destinationId: w.town.id, arrivalOn: soon, departureOn: later }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      travelKind: 'home_leave',
      outcome: 'refer',
      status: 'pending',
    });
    expect(res.body.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'BSITF_EXPIRED',
          severity: 'refer',
          details: expect.objectContaining({ homeLeave: true }),
        }),
      ]),
    );
    // The approver reads the outcome the request was given: referred, not refused.
    const read = await c.asc.get(`/api/travel/requests/${res.body.id}`);
    expect(read.body.context.outcome).toBe('refer');
    const bad = await me.client.post('/api/travel/requests', {
      purpose: 'Home leave',
      travelKind: 'holiday',
      legs: [{ destinationId: w.town.id, arrivalOn: soon, departureOn: later }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('travelKind');
  });

  it('a field destination without Advanced Security in the Field is refused; headquarters is not', async () => {
    const me = await traveller({ BSITF: recent });
    const field = await request(me.client, w.town.id);
    expect(field.body.outcome).toBe('refuse');
    expect(codes(field)).toContain('ASITF_REQUIRED_FOR_FIELD');
    const atHq = await request(me.client, hq.id, addDays(day, 30), addDays(day, 32));
    expect(codes(atHq)).not.toContain('ASITF_REQUIRED_FOR_FIELD');
  });

  it('an SSAFE-mandatory destination without SSAFE or exemption is refused; an exemption clears it', async () => {
    const set = await c.do.post('/api/training/ssafe-mandates', {
      locationId: w.city.id,
      mandatoryFrom: '2020-01-01',
      decidedBy: 'DO and SMT',
    });
    expect(set.status).toBe(201);
    const me = await traveller();
    const res = await request(me.client, w.city.id);
    expect(res.body.outcome).toBe('refuse');
    expect(codes(res)).toContain('SSAFE_REQUIRED');
    const ex = await c.do.post('/api/training/ssafe-exemptions', {
      personId: me.person.id,
      locationId: w.city.id,
      reason: 'Short mission, escorted at all times',
      validUntil: addDays(day, 60),
    });
    expect(ex.status).toBe(201);
    const again = await request(me.client, w.city.id, addDays(day, 20), addDays(day, 22));
    expect(codes(again)).not.toContain('SSAFE_REQUIRED');
  });

  it('a reached staff ceiling refers the request to the approver', async () => {
    const hc = await c.do.get(`/api/travel/headcount?locationId=${hq.id}&date=${soon}`);
    expect(hc.status).toBe(200);
    const set = await c.do.put(`/api/travel/ceilings/${hq.id}`, { ceiling: hc.body.total });
    expect(set.status).toBe(200);
    const me = await traveller();
    const res = await request(me.client, hq.id);
    expect(res.body.outcome).toBe('refer');
    expect(res.body.status).toBe('pending');
    expect(codes(res)).toContain('STAFF_CEILING_REACHED');
    expect(res.body.legs[0].approverRole).toBe('ASC');
  });

  it('an organization under a clearance sanction in the country is refused', async () => {
    await db.insert(clearanceSanctions).values({
      organizationId: w.orgB.id,
      countryId: w.country.id,
      reason: 'Compliance mission recommendations not implemented',
      startsOn: '2020-01-01',
      decidedBy: 'DO',
    });
    const me = await traveller(TRAINED, w.orgB);
    const res = await request(me.client, w.town.id);
    expect(res.body.outcome).toBe('refuse');
    expect(codes(res)).toContain('ORGANIZATION_SANCTIONED');
  });

  it('every reason is listed together, not only the first', async () => {
    const me = await traveller({ BSITF: '2019-01-01' }, w.orgB);
    const res = await request(me.client, w.city.id);
    expect(codes(res)).toEqual(
      expect.arrayContaining([
        'ORGANIZATION_SANCTIONED',
        'BSITF_EXPIRED',
        'ASITF_REQUIRED_FOR_FIELD',
        'SSAFE_REQUIRED',
      ]),
    );
    const shown = await me.client.get(`/api/travel/requests/${res.body.id}`);
    expect(shown.body.reasons).toHaveLength(res.body.reasons.length);
    expect(shown.body.reasons[0].message.fr).toBeTruthy();
  });

  it('an approver outside the destination’s scope cannot decide (403); another country neither decides nor reads it (404)', async () => {
    const me = await traveller();
    const res = await request(me.client, w.town.id);
    const url = `/api/travel/requests/${res.body.id}/decision`;
    const capital = await c.ascCapital.post(url, { decision: 'approve', comment: '' });
    expect(capital.status).toBe(403);
    const csa = await c.csa.post(url, { decision: 'approve', comment: '' });
    expect(csa.status).toBe(403);
    const far = await c.otherDo.post(url, { decision: 'approve', comment: '' });
    expect(far.status).toBe(404);
    // Read by the DO of its country, then by the DO of another: the page's statement is built once
    // for readers whose scopes have the same shape, and filled with each reader's own keys.
    const page = `/api/travel/requests/${res.body.id}`;
    expect((await c.do.get(page)).status).toBe(200);
    expect((await c.otherDo.get(page)).status).toBe(404);
    expect((await c.do.get(page)).status).toBe(200);
    const list = await c.otherDo.get('/api/travel/requests?view=all');
    expect(list.body.items).toEqual([]);
  });

  it('a request naming an unknown destination is rejected with 400 naming the field', async () => {
    const me = await traveller();
    const res = await request(me.client, '00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('legs.0.destinationId');
  });

  it('the traveller cancels their request; nobody else may', async () => {
    const me = await traveller();
    const res = await request(me.client, w.town.id);
    expect((await c.do.post(`/api/travel/requests/${res.body.id}/cancel`)).status).toBe(403);
    const cancelled = await me.client.post(`/api/travel/requests/${res.body.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    // A state conflict, not a permission: cancelling again or deciding a cancelled request is 409.
    expect((await me.client.post(`/api/travel/requests/${res.body.id}/cancel`)).status).toBe(409);
    const late = await c.asc.post(`/api/travel/requests/${res.body.id}/decision`, {
      decision: 'approve',
    });
    expect(late.status).toBe(409);
  });

  it('whereabouts show planned travel and headcount counts approved travellers', async () => {
    const me = await traveller();
    const res = await request(me.client, w.town.id);
    const before = await c.do.get(`/api/travel/headcount?locationId=${w.town.id}&date=${soon}`);
    await c.asc.post(`/api/travel/requests/${res.body.id}/decision`, { decision: 'approve' });
    const after = await c.do.get(`/api/travel/headcount?locationId=${w.town.id}&date=${soon}`);
    expect(after.body.total).toBe(before.body.total + 1);
    const where = await c.do.get(`/api/travel/people/${me.person.id}/whereabouts`);
    expect(where.status).toBe(200);
    expect(where.body.planned.map((l: { locationId: string }) => l.locationId)).toContain(
      w.town.id,
    );
    expect((await c.otherDo.get(`/api/travel/people/${me.person.id}/whereabouts`)).status).toBe(
      404,
    );
  });

  it('an advisory notifies every traveller bound for the place, once', async () => {
    const me = await traveller();
    await request(me.client, w.town.id);
    const issued = await c.asc.post('/api/travel/advisories', {
      locationId: w.town.id,
      title: 'Road closed',
      body: 'The road to Town is closed after flooding.',
      validFrom: day,
    });
    expect(issued.status).toBe(201);
    expect(issued.body.notified).toBeGreaterThanOrEqual(1);
    const mine = await me.client.get('/api/notifications');
    const note = mine.body.items.find(
      (n: { cause: string }) => n.cause === `advisory:${issued.body.id}`,
    );
    expect(note).toBeTruthy();
    expect(mine.body.unread).toBeGreaterThanOrEqual(1);
    const again = { name: 'travel.advisory' as const, params: {}, cause: note.cause };
    expect(await enqueueNotice(db, [me.person.id], again)).toBe(0);
    const read = await me.client.post(`/api/notifications/${note.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toBeTruthy();
    const forbidden = await c.ascCapital.post('/api/travel/advisories', {
      locationId: w.town.id,
      title: 'x',
      body: 'y',
      validFrom: day,
    });
    expect(forbidden.status).toBe(403);
  });

  it('the approver reads the context: level, crises, advisories, ceiling and count, organization, training, every rule in words', async () => {
    const me = await traveller({ BSITF: recent });
    const res = await request(me.client, w.town.id);
    expect(res.status).toBe(201);
    const crisis = await c.csa.post('/api/crises', {
      countryId: w.country.id,
      areaId: w.north.id,
      title: 'Floods in the North',
    });
    expect(crisis.status).toBe(201);
    const advisory = await c.asc.post('/api/travel/advisories', {
      locationId: w.town.id,
      title: 'Bridge out',
      body: 'Use the southern road.',
      validFrom: day,
    });
    expect(advisory.status).toBe(201);
    const ceiling = await c.do.put(`/api/travel/ceilings/${w.town.id}`, { ceiling: 40 });
    expect(ceiling.status).toBe(200);
    const read = await c.asc.get(`/api/travel/requests/${res.body.id}`);
    expect(read.status).toBe(200);
    const ctx = read.body.context;
    expect(ctx.organizationId).toBe(me.person.organizationId);
    // The count: the active personnel based at the town, the traveller aside.
    const [count] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int n from people where duty_station_id = ${w.town.id}
            and kind = 'personnel' and status = 'active' and id <> ${me.person.id}`,
    );
    expect(count?.n).toBeGreaterThan(0);
    expect(ctx.destinations[0].headcount).toBe(count?.n);
    expect(ctx.training).toEqual([
      expect.objectContaining({ course: 'BSITF', status: 'valid', issuedOn: recent }),
      { course: 'ASITF', issuedOn: null, expiresOn: null, status: 'missing' },
      { course: 'SSAFE', issuedOn: null, expiresOn: null, status: 'missing' },
    ]);
    expect(ctx.destinations).toEqual([
      expect.objectContaining({
        name: 'Town',
        securityLevel: 3,
        staffCeiling: 40,
        crises: [{ id: crisis.body.id, title: 'Floods in the North' }],
        advisories: expect.arrayContaining([
          expect.objectContaining({ id: advisory.body.id, title: 'Bridge out' }),
        ]),
      }),
    ]);
    const rules = Object.fromEntries(
      ctx.checks.map((x: { rule: string; outcome: string }) => [x.rule, x.outcome]),
    );
    expect(rules).toMatchObject({
      sanction: 'pass',
      bsitf: 'pass',
      asitf: 'refuse',
      ssafe: 'notApplicable',
      level: 'info',
    });
    const asitf = ctx.checks.find((x: { rule: string }) => x.rule === 'asitf');
    expect(asitf.messages[0].fr).toMatch(/ASITF|Sécurité/i);
    // The list stays light: the context comes with the read of one request only.
    const list = await c.asc.get('/api/travel/requests?view=queue');
    expect(list.body.items[0].context).toBeUndefined();
  });
});
