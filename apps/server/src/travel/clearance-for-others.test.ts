import { addDays } from '@fieldsafe/core';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { auditLog, notifications, people, trainingCertificates } from '../db/schema/index.ts';
import {
  buildSecurityLevel,
  buildPerson,
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
const recent = addDays(day, -100);

describe('clearance for others, and malicious-acts insurance [004 ¶27]', () => {
  let t: TestApp;
  let db: Db;
  let w: World;
  let sponsor: { id: string };
  let child: { id: string };
  let colleague: { id: string };
  let otherOrgPerson: { id: string };
  let c: Record<'sponsor' | 'rep' | 'csa' | 'stranger' | 'asc', Client>;

  async function certify(personId: string) {
    await db
      .insert(trainingCertificates)
      .values(['BSITF', 'ASITF'].map((course) => ({ personId, course, issuedOn: recent })));
  }

  const file = (client: Client, travellerId: string | undefined, from = soon, to = later) =>
    client.post('/api/travel/requests', {
      purpose: 'School term',
      travellerId,
      legs: [{ destinationId: w.town.id, arrivalOn: from, departureOn: to }],
    });

  beforeAll(async () => {
    t = await testApp();
    db = t.database.db;
    w = await buildWorld(db);
    await buildSecurityLevel(db, w);
    const s = await buildUser(db, w, 'staff');
    sponsor = s.person;
    const [dependant] = await db
      .insert(people)
      .values({
        kind: 'dependant',
        organizationId: w.orgA.id,
        givenName: 'Child',
        familyName: 'Of-Sponsor',
        countryId: w.country.id,
        areaId: w.city.areaId,
        dutyStationId: w.city.id,
        sponsorId: sponsor.id,
        relationship: 'child',
      })
      .returning();
    child = dependant!;
    colleague = await buildPerson(db, w, { familyName: 'Colleague' });
    otherOrgPerson = await buildPerson(db, w, { org: w.orgB, familyName: 'Outsider' });
    for (const p of [child, colleague, otherOrgPerson]) await certify(p.id);
    const rep = await buildUser(db, w, 'AGENCY_REP', { organizationId: w.orgA.id });
    const csa = await buildUser(db, w, 'CSA');
    const stranger = await buildUser(db, w, 'staff');
    const asc = await buildUser(
      db,
      w,
      'ASC',
      { areaId: w.north.id },
      { station: w.town, zone: w.zone3 },
    );
    c = {
      sponsor: await signIn(t.app, s.email),
      rep: await signIn(t.app, rep.email),
      csa: await signIn(t.app, csa.email),
      stranger: await signIn(t.app, stranger.email),
      asc: await signIn(t.app, asc.email),
    };
  });

  it('a staff member files for their dependant; the filer and the traveller are recorded apart and the traveller is notified', async () => {
    const res = await file(c.sponsor, child.id);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      personId: child.id,
      travellerName: 'Child Of-Sponsor',
      filedBy: sponsor.id,
      filedAs: 'sponsor',
      organizationId: w.orgA.id,
    });
    expect(res.body.filedByName).not.toBe('');
    const told = await db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.personId, child.id),
          eq(notifications.cause, `travel:${res.body.id}:filed`),
        ),
      );
    expect(told).toHaveLength(1);
    expect(told[0]?.title).toContain('School term');
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'travel.request'), eq(auditLog.entityId, res.body.id)));
    expect(audit?.after).toMatchObject({ personId: child.id, filedBy: sponsor.id });
    // The filer follows it under "mine" and may cancel it.
    const mine = await c.sponsor.get('/api/travel/requests?view=mine');
    const listed = mine.body.items.find((r: { id: string }) => r.id === res.body.id);
    expect(listed?.abilities.canCancel).toBe(true);
  });

  it('the organization’s representative in the country files for its personnel and their dependants, not for another organization', async () => {
    const list = await c.rep.get('/api/travel/travellers?q=Colleague');
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: colleague.id, basis: 'organization' }),
    ]);
    const forColleague = await file(c.rep, colleague.id);
    expect(forColleague.status).toBe(201);
    expect(forColleague.body.filedAs).toBe('organization');
    expect((await file(c.rep, child.id)).body.filedAs).toBe('organization');
    const outside = await file(c.rep, otherOrgPerson.id);
    expect(outside.status).toBe(400);
    expect(outside.body.details[0].path).toBe('travellerId');
  });

  it('nobody else may file for someone: not a colleague, not the CSA', async () => {
    for (const client of [c.stranger, c.csa]) {
      const res = await file(client, child.id);
      expect(res.status).toBe(400);
      expect(res.body.details[0].path).toBe('travellerId');
    }
    expect((await c.stranger.get('/api/travel/travellers')).body.items).toEqual([]);
    const sponsored = await c.sponsor.get('/api/travel/travellers');
    expect(sponsored.body.items).toEqual([
      expect.objectContaining({ id: child.id, basis: 'sponsor', kind: 'dependant' }),
    ]);
  });

  it('the organization records MAIP coverage; coverage ending before the stay refers the request and the approver reads the check', async () => {
    const bad = await c.rep.put(`/api/people/${colleague.id}/maip`, { validUntil: 'soon' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('validUntil');
    const denied = await c.stranger.put(`/api/people/${colleague.id}/maip`, {
      validUntil: later,
    });
    expect([403, 404]).toContain(denied.status);

    const set = await c.rep.put(`/api/people/${colleague.id}/maip`, {
      validUntil: addDays(soon, 2),
    });
    expect(set.status).toBe(200);
    expect(set.body.maipValidUntil).toBe(addDays(soon, 2));
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person.maip'), eq(auditLog.entityId, colleague.id)));
    expect(audit?.after).toEqual({ maipValidUntil: addDays(soon, 2) });

    const res = await file(c.rep, colleague.id);
    expect(res.body.outcome).toBe('refer');
    expect(res.body.reasons.map((r: { code: string }) => r.code)).toContain('MAIP_EXPIRED');
    const read = await c.asc.get(`/api/travel/requests/${res.body.id}`);
    expect(read.body.context.maipValidUntil).toBe(addDays(soon, 2));
    const check = read.body.context.checks.find((x: { rule: string }) => x.rule === 'maip');
    expect(check.outcome).toBe('refer');
    expect(check.messages[0].en).toContain('malicious-acts insurance');

    await c.rep.put(`/api/people/${colleague.id}/maip`, { validUntil: addDays(later, 30) });
    const covered = await file(c.rep, colleague.id, addDays(day, 40), addDays(day, 45));
    expect(covered.body.outcome).toBe('approve');
    const again = await c.asc.get(`/api/travel/requests/${covered.body.id}`);
    expect(again.body.context.checks.find((x: { rule: string }) => x.rule === 'maip').outcome).toBe(
      'pass',
    );
  });

  it('the decision is told to the traveller and to whoever filed for them', async () => {
    const res = await file(c.sponsor, child.id, addDays(day, 50), addDays(day, 52));
    const ok = await c.asc.post(`/api/travel/requests/${res.body.id}/decision`, {
      decision: 'approve',
      comment: '',
    });
    expect(ok.body.status).toBe('approved');
    const told = await db
      .select({ personId: notifications.personId })
      .from(notifications)
      .where(eq(notifications.cause, `travel:${res.body.id}:approved`));
    expect(told.map((n) => n.personId).sort()).toEqual([child.id, sponsor.id].sort());
  });
});
