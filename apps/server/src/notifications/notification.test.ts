import { addDays } from '@fieldsafe/core';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../access/actor.ts';
import { notifications, trainingCertificates, users } from '../db/schema/index.ts';
import {
  buildSecurityLevel,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { insertNotifications } from './notification.queries.ts';

interface Note {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
}

describe('notification centre', () => {
  let t: TestApp;
  let w: World;
  let me: { personId: string; client: Client };
  let other: Client;
  let asc: Client;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    const u = await buildUser(db, w, 'staff');
    const o = await buildUser(db, w, 'staff');
    const a = await buildUser(db, w, 'ASC', { areaId: w.north.id });
    // At security level 3 a request waits for the approver of the destination.
    await buildSecurityLevel(db, w);
    const recent = addDays(today(), -100);
    await db.insert(trainingCertificates).values([
      { personId: u.person.id, course: 'BSITF', issuedOn: recent },
      { personId: u.person.id, course: 'ASITF', issuedOn: recent },
    ]);
    me = { personId: u.person.id, client: await signIn(t.app, u.email) };
    other = await signIn(t.app, o.email);
    asc = await signIn(t.app, a.email);
    await insertNotifications(
      db,
      Array.from({ length: 25 }, (_, i) => ({
        personId: u.person.id,
        kind: 'test',
        title: `Note ${i}`,
        body: 'Body',
        link: '/incidents',
        cause: `test:${i}`,
      })),
    );
    // One second apart, so "newest first" has one answer (rows written within the same clock
    // tick would otherwise tie on created_at).
    await db
      .update(notifications)
      .set({
        createdAt: sql`now() - (25 - substring(${notifications.title} from 6)::int) * interval '1 second'`,
      })
      .where(eq(notifications.kind, 'test'));
  });

  it('lists my notifications newest first, paged, with the unread count', async () => {
    const first = await me.client.get('/api/notifications?pageSize=10');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ total: 25, unread: 25, page: 1, pageSize: 10 });
    expect(first.body.items[0].title).toBe('Note 24');
    const third = await me.client.get('/api/notifications?pageSize=10&page=3');
    expect((third.body.items as Note[]).map((n) => n.title)).toEqual([
      'Note 4',
      'Note 3',
      'Note 2',
      'Note 1',
      'Note 0',
    ]);
    const count = await me.client.get('/api/notifications/unread');
    expect(count.body).toEqual({ unread: 25 });
    const bad = await me.client.get('/api/notifications?pageSize=500');
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('query.pageSize');
  });

  it('nobody reads or marks another person’s notification (404)', async () => {
    const theirs = await other.get('/api/notifications');
    expect(theirs.body.total).toBe(0);
    const mine = await me.client.get('/api/notifications?pageSize=1');
    const id = mine.body.items[0].id;
    const res = await other.post(`/api/notifications/${id}/read`);
    expect(res.status).toBe(404);
    const still = await me.client.get('/api/notifications/unread');
    expect(still.body.unread).toBe(25);
  });

  it('marks one read, then all read; the unread filter follows', async () => {
    const mine = await me.client.get('/api/notifications?pageSize=1');
    const one = await me.client.post(`/api/notifications/${mine.body.items[0].id}/read`);
    expect(one.status).toBe(200);
    expect(one.body.readAt).toBeTruthy();
    const unreadOnly = await me.client.get('/api/notifications?unread=true&pageSize=100');
    expect(unreadOnly.body.total).toBe(24);
    const all = await me.client.post('/api/notifications/read-all');
    expect(all.body).toEqual({ unread: 0 });
    const after = await me.client.get('/api/notifications?unread=true');
    expect(after.body).toMatchObject({ total: 0, unread: 0 });
  });

  it('the traveller is told of the clearance decision, in their language, linking to the request', async () => {
    await t.database.db.update(users).set({ locale: 'fr' }).where(eq(users.personId, me.personId));
    const from = addDays(today(), 10);
    const to = addDays(today(), 12);
    const req = await me.client.post('/api/travel/requests', {
      purpose: 'Mission de suivi',
      legs: [{ destinationId: w.town.id, arrivalOn: from, departureOn: to }],
    });
    expect(req.status, JSON.stringify(req.body)).toBe(201);
    expect(req.body.status).toBe('pending');
    const ok = await asc.post(`/api/travel/requests/${req.body.id}/decision`, {
      decision: 'approve',
      comment: 'OK',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const list = await me.client.get('/api/notifications?unread=true');
    const note = (list.body.items as Note[]).find((n) => n.kind === 'travel');
    expect(note).toBeDefined();
    expect(note!.title).toBe('Voyage autorisé : Mission de suivi');
    expect(note!.body).toContain(ok.body.clearanceNumber);
    expect(note!.link).toBe(`/travel#request-${req.body.id}`);

    await t.database.db.update(users).set({ locale: 'en' }).where(eq(users.personId, me.personId));
    const second = await me.client.post('/api/travel/requests', {
      purpose: 'Workshop',
      legs: [{ destinationId: w.town.id, arrivalOn: from, departureOn: to }],
    });
    const refused = await asc.post(`/api/travel/requests/${second.body.id}/decision`, {
      decision: 'refuse',
      comment: 'Road closed',
    });
    expect(refused.body.status).toBe('refused');
    const again = await me.client.get('/api/notifications?unread=true');
    const r = (again.body.items as Note[]).find((n) => n.link?.endsWith(second.body.id));
    expect(r!.title).toBe('Travel refused: Workshop');
    expect(r!.body).toContain('Road closed');
    // The approver is not notified of their own decision.
    const approver = await asc.get('/api/notifications');
    expect((approver.body.items as Note[]).some((n) => n.kind === 'travel')).toBe(false);
  });
});
