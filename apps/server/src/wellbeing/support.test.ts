import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { auditLog, crises, incidents, stressCounsellors } from '../db/schema/index.ts';
import { eq } from 'drizzle-orm';

const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Critical-incident stress support [003 ¶169, 000 §26b]: confidential, counts for managers. */
describe('stress support', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let crisisId: string;
  let incidentId: string;
  let affected: { id: string; givenName: string; familyName: string; email: string | null };
  let c: Record<
    | 'do'
    | 'csa'
    | 'hq'
    | 'hqOther'
    | 'counsellor'
    | 'otherCounsellor'
    | 'orgCounsellor'
    | 'admin'
    | 'affected'
    | 'staff',
    Client
  >;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    const [crisis] = await db
      .insert(crises)
      .values({ countryId: w.country.id, title: 'Attack on the compound', declaredBy: 'DO' })
      .returning();
    const [incident] = await db
      .insert(incidents)
      .values({
        category: 'aggravated_assault',
        nature: 'security',
        occurredAt: new Date(),
        timeZone: 'UTC',
        countryId: w.country.id,
        title: 'Carjacking on the airport road',
        narrative: 'Two staff members were threatened at gunpoint.',
      })
      .returning();
    if (!crisis || !incident) throw new Error('events not created');
    crisisId = crisis.id;
    incidentId = incident.id;
    const counsellor = async (world: World, organizationId: string | null) => {
      const u = await buildUser(db, world, 'staff');
      await db.insert(stressCounsellors).values({
        personId: u.person.id,
        countryId: world.country.id,
        organizationId,
        startsOn: '2020-01-01',
      });
      return signIn(t.app, u.email);
    };
    const affectedUser = await buildUser(db, w, 'staff', {}, { org: w.orgA });
    affected = affectedUser.person;
    c = {
      do: await signIn(t.app, (await buildUser(db, w, 'DO')).email),
      csa: await signIn(t.app, (await buildUser(db, w, 'CSA')).email),
      hq: await signIn(
        t.app,
        (await buildUser(db, w, 'HQ_SFP', { organizationId: w.orgA.id, countryId: null })).email,
      ),
      hqOther: await signIn(
        t.app,
        (await buildUser(db, w, 'HQ_SFP', { organizationId: w.orgB.id, countryId: null })).email,
      ),
      counsellor: await counsellor(w, null),
      otherCounsellor: await counsellor(other, null),
      orgCounsellor: await counsellor(w, w.orgB.id),
      admin: await signIn(t.app, (await buildUser(db, w, 'admin')).email),
      affected: await signIn(t.app, affectedUser.email),
      staff: await signIn(t.app, (await buildUser(db, w, 'staff')).email),
    };
  });

  const base = () => `/api/countries/${w.country.id}/stress-support`;
  let caseId: string;

  it('a counsellor opens the follow-up of an affected staff member after a crisis and records sessions', async () => {
    const res = await c.counsellor.post(`${base()}/cases`, {
      personId: affected.id,
      crisisId,
      openedOn: daysFromNow(-20),
      nextFollowUpOn: daysFromNow(-2),
      notes: 'Sleep problems since the attack.',
    });
    expect(res.status).toBe(201);
    expect(res.body.person.familyName).toBe(affected.familyName);
    expect(res.body.overdue).toBe(true);
    caseId = res.body.id;
    const individual = await c.counsellor.post(`${base()}/sessions`, {
      caseId,
      heldOn: daysFromNow(-19),
      kind: 'individual',
      participants: 1,
    });
    expect(individual.status).toBe(201);
    expect(individual.body.event).toMatchObject({ kind: 'crisis', id: crisisId });
    const group = await c.counsellor.post(`${base()}/sessions`, {
      incidentId,
      heldOn: daysFromNow(-10),
      kind: 'group',
      participants: 8,
    });
    expect(group.status).toBe(201);
    const family = await buildPerson(t.database.db, w, { org: w.orgB });
    const second = await c.counsellor.post(`${base()}/cases`, {
      personId: family.id,
      incidentId,
      openedOn: daysFromNow(-9),
      nextFollowUpOn: daysFromNow(20),
    });
    expect(second.status).toBe(201);
  });

  it('a counsellor lists the crises and incidents to attach to; a DO may not use that list', async () => {
    const res = await c.counsellor.get(`${base()}/events`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { id: string }) => e.id).sort()).toEqual(
      [crisisId, incidentId].sort(),
    );
    expect((await c.do.get(`${base()}/events`)).status).toBe(404);
    expect((await c.otherCounsellor.get(`${base()}/events`)).status).toBe(404);
  });

  it('bad input is refused naming the field', async () => {
    const noEvent = await c.counsellor.post(`${base()}/cases`, {
      personId: affected.id,
      openedOn: daysFromNow(-1),
    });
    expect(noEvent.status).toBe(400);
    expect(noEvent.body.details.map((d: { path: string }) => d.path)).toContain('crisisId');
    const group = await c.counsellor.post(`${base()}/sessions`, {
      crisisId,
      heldOn: daysFromNow(-1),
      kind: 'group',
      participants: 1,
    });
    expect(group.status).toBe(400);
    expect(group.body.details.map((d: { path: string }) => d.path)).toContain('participants');
    const elsewhere = await c.counsellor.post(`${base()}/cases`, {
      personId: (await buildPerson(t.database.db, other)).id,
      crisisId,
      openedOn: daysFromNow(-1),
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.details[0].path).toBe('personId');
    const badDate = await c.counsellor.patch(`/api/stress-support/cases/${caseId}`, {
      closedOn: '2001-01-01',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.details[0].path).toBe('closedOn');
  });

  it('the DO and the CSA get counts, never names', async () => {
    for (const client of [c.do, c.csa]) {
      const res = await client.get(base());
      expect(res.status).toBe(200);
      expect(res.body.counts).toEqual({
        sessionsHeld: 2,
        participants: 9,
        peopleFollowed: 2,
        openCases: 2,
        followUpsOverdue: 1,
      });
      expect(res.body.byEvent).toHaveLength(2);
      expect(res.body.canCounsel).toBe(false);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(affected.familyName);
      expect(text).not.toContain(affected.id);
      expect(text).not.toContain('Sleep problems');
      expect((await client.get(`${base()}/cases`)).status).toBe(404);
      expect((await client.get(`/api/stress-support/cases/${caseId}`)).status).toBe(404);
      expect(
        (await client.patch(`/api/stress-support/cases/${caseId}`, { notes: 'x' })).status,
      ).toBe(404);
    }
  });

  it('an HQ focal point gets the counts of their own organization only', async () => {
    const mine = await c.hq.get(base());
    expect(mine.status).toBe(200);
    expect(mine.body.counts).toMatchObject({ peopleFollowed: 1, sessionsHeld: 1 });
    expect(JSON.stringify(mine.body)).not.toContain(affected.familyName);
    const theirs = await c.hqOther.get(base());
    expect(theirs.body.counts).toMatchObject({ peopleFollowed: 1, sessionsHeld: 0 });
    expect((await c.hq.get(`/api/stress-support/cases/${caseId}`)).status).toBe(404);
  });

  it('a system administrator gets counts but never the individual records', async () => {
    expect((await c.admin.get(base())).status).toBe(200);
    expect((await c.admin.get(`${base()}/cases`)).status).toBe(404);
    expect((await c.admin.get(`/api/stress-support/cases/${caseId}`)).status).toBe(404);
  });

  it('a counsellor of another country gets 404; a counsellor of another organization sees only theirs', async () => {
    expect((await c.otherCounsellor.get(base())).status).toBe(404);
    expect((await c.otherCounsellor.get(`${base()}/cases`)).status).toBe(404);
    expect((await c.otherCounsellor.get(`/api/stress-support/cases/${caseId}`)).status).toBe(404);
    const orgB = await c.orgCounsellor.get(`${base()}/cases`);
    expect(orgB.status).toBe(200);
    expect(orgB.body.items.map((i: { id: string }) => i.id)).not.toContain(caseId);
    expect(orgB.body.items).toHaveLength(1);
    expect((await c.orgCounsellor.get(`/api/stress-support/cases/${caseId}`)).status).toBe(404);
    const open = await c.orgCounsellor.post(`${base()}/cases`, {
      personId: affected.id,
      crisisId,
      openedOn: daysFromNow(-1),
    });
    expect(open.status).toBe(403);
  });

  it('the person concerned sees their own follow-up; a colleague sees nothing', async () => {
    const mine = await c.affected.get('/api/stress-support/mine');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([caseId]);
    expect(mine.body.items[0].sessions).toHaveLength(1);
    expect(mine.body.items[0].abilities.canEdit).toBe(false);
    expect((await c.affected.get(`/api/stress-support/cases/${caseId}`)).status).toBe(200);
    expect((await c.affected.get(base())).status).toBe(404);
    expect((await c.staff.get(`/api/stress-support/cases/${caseId}`)).status).toBe(404);
    expect((await c.staff.get('/api/stress-support/mine')).body.items).toEqual([]);
  });

  it('the counsellor closes the case; the audit trail keeps neither the person nor the notes', async () => {
    const res = await c.counsellor.patch(`/api/stress-support/cases/${caseId}`, {
      closedOn: daysFromNow(0),
      notes: 'Referred to the local network.',
    });
    expect(res.status).toBe(200);
    expect(res.body.overdue).toBe(false);
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, caseId));
    expect(rows.length).toBe(2);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(affected.id);
    expect(text).not.toContain('Referred');
    expect(text).not.toContain('Sleep problems');
  });

  it('the CSA designates a counsellor; staff of the country see who the counsellors are', async () => {
    const p = await buildPerson(t.database.db, w);
    const res = await c.csa.post(`/api/countries/${w.country.id}/stress-counsellors`, {
      personId: p.id,
      startsOn: daysFromNow(-1),
    });
    expect(res.status).toBe(201);
    const list = await c.staff.get(`/api/countries/${w.country.id}/stress-counsellors`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(3);
    expect(list.body.canDesignate).toBe(false);
    const refused = await c.do.post(`/api/countries/${w.country.id}/stress-counsellors`, {
      personId: p.id,
      startsOn: daysFromNow(-1),
    });
    expect(refused.status).toBe(403);
    const theirs = await c.hq.post(`/api/countries/${w.country.id}/stress-counsellors`, {
      personId: p.id,
      organizationId: w.orgB.id,
      startsOn: daysFromNow(-1),
    });
    expect(theirs.status).toBe(403);
    const bad = await c.csa.post(`/api/countries/${w.country.id}/stress-counsellors`, {
      personId: p.id,
      startsOn: 'tomorrow',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('startsOn');
  });
});
