import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
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

interface Row {
  personId: string;
  name: string;
  phone: string | null;
  status: string;
  callOutcome: string | null;
  calledBy: string | null;
  canReach: boolean;
}

describe('crisis: the warden call list and the check-in kept offline', () => {
  let t: TestApp;
  let w: World;
  let c: Record<'do' | 'warden' | 'otherWarden' | 'staff', Client>;
  let staffPerson: string;
  let zone1: string[];
  let zone2Person: string;
  let crisisId: string;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    const d = await buildUser(db, w, 'DO', {}, { zone: null });
    const warden = await buildUser(db, w, 'WARDEN', { areaId: w.capital.id, zoneId: w.zone1.id });
    const otherWarden = await buildUser(
      db,
      w,
      'WARDEN',
      { areaId: w.capital.id, zoneId: w.zone2.id },
      { zone: w.zone2 },
    );
    const staff = await buildUser(db, w, 'staff', {}, { zone: w.zone1 });
    staffPerson = staff.person.id;
    zone1 = [warden.person.id, staffPerson];
    for (let i = 0; i < 5; i++) {
      const p = await buildPerson(db, w, { zone: w.zone1, familyName: `Callee${i}` });
      await db
        .update(people)
        .set({ phone: `+4122700000${i}` })
        .where(eq(people.id, p.id));
      zone1.push(p.id);
    }
    zone2Person = (await buildPerson(db, w, { zone: w.zone2, familyName: 'Elsewhere' })).id;
    c = {
      do: await signIn(t.app, d.email),
      warden: await signIn(t.app, warden.email),
      otherWarden: await signIn(t.app, otherWarden.email),
      staff: await signIn(t.app, staff.email),
    };
    const res = await c.do.post('/api/crises', {
      countryId: w.country.id,
      areaId: w.capital.id,
      title: 'Unrest in the capital',
      reminderSchedule: null,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    crisisId = res.body.id;
  });

  it('the warden sees the people of their zone only, paged, still silent first', async () => {
    const res = await c.warden.get(`/api/crises/${crisisId}/call-list?pageSize=3`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.total).toBe(zone1.length);
    expect(res.body.toReach).toBe(zone1.length);
    expect(res.body.items).toHaveLength(3);
    const page3 = await c.warden.get(`/api/crises/${crisisId}/call-list?pageSize=3&page=3`);
    expect(page3.body.items).toHaveLength(zone1.length - 6);
    const all = await c.warden.get(`/api/crises/${crisisId}/call-list?pageSize=200`);
    const ids = (all.body.items as Row[]).map((r) => r.personId);
    expect(ids.sort()).toEqual([...zone1].sort());
    expect(ids).not.toContain(zone2Person);
    expect((all.body.items as Row[]).every((r) => r.canReach)).toBe(true);
  });

  it('filters by name or phone and by status', async () => {
    const byName = await c.warden.get(`/api/crises/${crisisId}/call-list?q=callee3`);
    expect((byName.body.items as Row[]).map((r) => r.phone)).toEqual(['+41227000003']);
    const byPhone = await c.warden.get(`/api/crises/${crisisId}/call-list?q=7000001`);
    expect(byPhone.body.total).toBe(1);
    const bad = await c.warden.get(`/api/crises/${crisisId}/call-list?status=lost`);
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('query.status');
  });

  it('records what a call found: safe and need help set the status, no answer keeps it; audited', async () => {
    const [a, b, n] = zone1.slice(2) as [string, string, string];
    const safe = await c.warden.post(`/api/crises/${crisisId}/people/${a}/reach`, {
      outcome: 'safe',
    });
    expect(safe.status, JSON.stringify(safe.body)).toBe(200);
    expect(safe.body).toMatchObject({ status: 'safe', callOutcome: 'safe' });
    const help = await c.warden.post(`/api/crises/${crisisId}/people/${b}/reach`, {
      outcome: 'need_help',
      note: 'Injured leg',
    });
    expect(help.body).toMatchObject({ status: 'need_help', note: 'Injured leg' });
    const silent = await c.warden.post(`/api/crises/${crisisId}/people/${n}/reach`, {
      outcome: 'no_answer',
    });
    expect(silent.body).toMatchObject({ status: 'no_answer', callOutcome: 'no_answer' });
    expect(silent.body.calledBy).toBeTruthy();

    const left = await c.warden.get(`/api/crises/${crisisId}/call-list?status=no_answer`);
    expect(left.body.total).toBe(zone1.length - 2);
    expect(left.body.toReach).toBe(zone1.length - 2);
    const board = await c.do.get(`/api/crises/${crisisId}/board`);
    expect(board.body.counts.safe).toBe(1);
    expect(board.body.counts.needHelp).toBe(1);

    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'crisis.reach'), eq(auditLog.entityId, n)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ callOutcome: 'no_answer', status: 'no_answer' });
  });

  it('a warden may not report on a person outside their zone; bad outcomes name the field', async () => {
    const res = await c.warden.post(`/api/crises/${crisisId}/people/${zone2Person}/reach`, {
      outcome: 'safe',
    });
    expect(res.status).toBe(404);
    const other = await c.otherWarden.get(`/api/crises/${crisisId}/call-list`);
    const theirs = (other.body.items as Row[]).map((r) => r.personId);
    expect(theirs).toContain(zone2Person);
    expect(theirs.some((id) => zone1.includes(id))).toBe(false);
    const bad = await c.warden.post(`/api/crises/${crisisId}/people/${zone1[2]}/reach`, {
      outcome: 'maybe',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('outcome');
    // A staff member accounts for nobody: no call list.
    const staff = await c.staff.get(`/api/crises/${crisisId}/call-list`);
    expect(staff.status).toBe(404);
  });

  it('an answer sent again with the same clientRef is recorded once', async () => {
    const clientRef = randomUUID();
    const first = await c.staff.post(`/api/crises/${crisisId}/checkin`, {
      status: 'need_help',
      clientRef,
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ status: 'need_help', repeated: false });
    const again = await c.staff.post(`/api/crises/${crisisId}/checkin`, {
      status: 'need_help',
      clientRef,
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'need_help', repeated: true });
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'crisis.checkin'), eq(auditLog.entityId, staffPerson)));
    expect(audits).toHaveLength(1);
    // A new answer (a new clientRef) is recorded.
    const next = await c.staff.post(`/api/crises/${crisisId}/checkin`, {
      status: 'safe',
      clientRef: randomUUID(),
    });
    expect(next.body).toMatchObject({ status: 'safe', repeated: false });
    const mine = await c.staff.get('/api/crises/mine');
    expect(mine.body).toEqual([expect.objectContaining({ crisisId, status: 'safe' })]);
    const bad = await c.staff.post(`/api/crises/${crisisId}/checkin`, {
      status: 'safe',
      clientRef: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('clientRef');
  });

  it('the warden’s cascade notification opens the call list', async () => {
    const rows = await t.database.db
      .select({ params: outboundMessages.params })
      .from(outboundMessages)
      .where(
        and(
          eq(outboundMessages.messageId, `crisis:${crisisId}:cascade:${w.zone1.id}`),
          eq(outboundMessages.channel, 'in_app'),
        ),
      );
    expect(rows[0]?.params.path).toBe(`/crisis/${crisisId}#call-list`);
  });

  it('after the crisis is closed, nobody is reached any more (409)', async () => {
    await c.do.post(`/api/crises/${crisisId}/close`);
    const res = await c.warden.post(`/api/crises/${crisisId}/people/${zone1[3]}/reach`, {
      outcome: 'safe',
    });
    expect(res.status).toBe(409);
    const list = await c.warden.get(`/api/crises/${crisisId}/call-list`);
    expect((list.body.items as Row[]).some((r) => r.canReach)).toBe(false);
  });
});
