import { and, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outboundMessages, people } from '../db/schema/index.ts';
import { signGeneric } from './signature.ts';
import { buildPerson, buildUser, buildWorld, signIn, type Client } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { createScheduledCheckinService } from './scheduled.service.ts';

const SECRET = 'scheduled-inbound-secret-0123456789';

describe('scheduled check-ins: working alone or on mission travel', () => {
  let t: TestApp;
  let staff: Client;
  let csa: Client;
  let other: Client;
  let wardenPerson: string;
  let ascPerson: string;
  let scheduleId: string;
  const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

  beforeAll(async () => {
    t = await testApp({ smsInbound: { secret: SECRET }, publicUrl: 'http://127.0.0.1' });
    const db = t.database.db;
    const w = await buildWorld(db);
    staff = await signIn(t.app, (await buildUser(db, w, 'staff', {}, { zone: w.zone1 })).email);
    other = await signIn(t.app, (await buildUser(db, w, 'staff', {}, { zone: w.zone2 })).email);
    csa = await signIn(t.app, (await buildUser(db, w, 'CSA')).email);
    wardenPerson = (await buildUser(db, w, 'WARDEN', { areaId: w.city.areaId, zoneId: w.zone1.id }))
      .person.id;
    ascPerson = (await buildUser(db, w, 'ASC', { areaId: w.city.areaId })).person.id;
    await buildPerson(db, w);
  });

  it('a person working alone asks to check in every 4 hours; the one due an hour ago is missed', async () => {
    const res = await staff.post('/api/checkin-schedules', {
      reason: 'working_alone',
      label: 'Warehouse night shift',
      startsAt: hours(-5),
      endsAt: hours(10),
      everyMinutes: 240,
      graceMinutes: 30,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    scheduleId = res.body.id;
    const mine = await staff.get('/api/checkin-schedules/mine');
    expect(mine.body).toEqual([
      expect.objectContaining({ id: scheduleId, state: 'missed', abilities: { canEdit: true } }),
    ]);
  });

  it('a bad schedule is a 400 naming the field; travel needs the approved clearance', async () => {
    const fast = await staff.post('/api/checkin-schedules', {
      reason: 'working_alone',
      label: 'x',
      startsAt: hours(0),
      endsAt: hours(5),
      everyMinutes: 5,
    });
    expect(fast.status).toBe(400);
    expect(fast.body.message).toContain('everyMinutes');
    const travel = await staff.post('/api/checkin-schedules', {
      reason: 'travel',
      label: 'Kessa',
      everyMinutes: 240,
    });
    expect(travel.status).toBe(400);
    expect(travel.body.message).toContain('travelRequestId');
  });

  it('a colleague may not set check-ins for someone else (403)', async () => {
    const me = await staff.get('/api/auth/me');
    const res = await other.post('/api/checkin-schedules', {
      personId: me.body.personId,
      reason: 'working_alone',
      label: 'x',
      startsAt: hours(0),
      endsAt: hours(5),
      everyMinutes: 60,
    });
    expect(res.status).toBe(403);
  });

  it('a missed check-in alerts the person’s warden and ASC once, and is on the CSA’s list', async () => {
    const jobs = createScheduledCheckinService(t.database.db);
    expect(await jobs.runMissed()).toBe(1);
    expect(await jobs.runMissed()).toBe(0);
    const alerts = await t.database.db
      .select({ recipientId: outboundMessages.recipientId, params: outboundMessages.params })
      .from(outboundMessages)
      .where(
        and(
          like(outboundMessages.messageId, `scheduled:${scheduleId}:missed:%`),
          eq(outboundMessages.channel, 'in_app'),
        ),
      );
    expect(new Set(alerts.map((a) => a.recipientId))).toEqual(new Set([wardenPerson, ascPerson]));
    expect(alerts[0]?.params.label).toBe('Warehouse night shift');
    // The in-app alert opens the silent person's record.
    const me = await staff.get('/api/auth/me');
    expect(alerts[0]?.params.path).toBe(`/people/${me.body.personId}`);
    const list = await csa.get('/api/checkin-schedules/missed');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      expect.objectContaining({ id: scheduleId, state: 'missed', abilities: { canEdit: true } }),
    ]);
    expect((await other.get('/api/checkin-schedules/missed')).body).toEqual([]);
  });

  it('with no crisis open, an SMS "1" from the person’s phone answers their scheduled check-in', async () => {
    const me = await staff.get('/api/auth/me');
    await t.database.db
      .update(people)
      .set({ phone: '+254712000777' })
      .where(eq(people.id, me.body.personId));
    const body = JSON.stringify({ from: '+254712000777', text: '1', gatewayMessageId: 'sched-1' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sms/inbound?wait=true',
      headers: {
        'content-type': 'application/json',
        'x-fieldsafe-signature': signGeneric(SECRET, body),
      },
      payload: body,
    });
    expect(res.json()).toMatchObject({ outcome: 'scheduled_checkin', recorded: 1 });
    const mine = await staff.get('/api/checkin-schedules/mine');
    expect(mine.body[0].state).toBe('ok');
    const [reply] = await t.database.db
      .select({ params: outboundMessages.params })
      .from(outboundMessages)
      .where(
        and(
          eq(outboundMessages.address, '+254712000777'),
          eq(outboundMessages.template, 'sms.reply'),
        ),
      );
    expect(String(reply?.params.text)).toContain('Warehouse night shift');
  });

  it('checking in answers the due time', async () => {
    const res = await staff.post(`/api/checkin-schedules/${scheduleId}/checkin`);
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('ok');
    expect((await csa.get('/api/checkin-schedules/missed')).body).toEqual([]);
    expect((await other.post(`/api/checkin-schedules/${scheduleId}/checkin`)).status).toBe(404);
  });

  it('the person edits their schedule, a bad change is a 400 naming the field, a colleague cannot find it, and the CSA cancels it; both audited', async () => {
    const edited = await staff.patch(`/api/checkin-schedules/${scheduleId}`, {
      label: 'Warehouse, night and morning',
      everyMinutes: 120,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ label: 'Warehouse, night and morning', everyMinutes: 120 });
    const bad = await staff.patch(`/api/checkin-schedules/${scheduleId}`, { everyMinutes: 5 });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('everyMinutes');
    expect(
      (await other.patch(`/api/checkin-schedules/${scheduleId}`, { label: 'mine now' })).status,
    ).toBe(404);
    expect((await other.post(`/api/checkin-schedules/${scheduleId}/cancel`)).status).toBe(404);
    const cancelled = await csa.post(`/api/checkin-schedules/${scheduleId}/cancel`);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    // A cancelled schedule is no longer anyone's to change.
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      state: 'ended',
      abilities: { canEdit: false },
    });
    expect((await staff.get('/api/checkin-schedules/mine')).body).toEqual([]);
    expect((await staff.post(`/api/checkin-schedules/${scheduleId}/cancel`)).status).toBe(409);
    const audit = await t.database.db
      .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.entityId, scheduleId));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['checkin_schedule.update', 'checkin_schedule.cancel']),
    );
    const update = audit.find((a) => a.action === 'checkin_schedule.update')!;
    expect(update.before).toMatchObject({ everyMinutes: 240, label: 'Warehouse night shift' });
    expect(update.after).toMatchObject({ everyMinutes: 120 });
  });
});
