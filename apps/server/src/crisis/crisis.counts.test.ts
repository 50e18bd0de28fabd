import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActor } from '../access/actor.ts';
import { people } from '../db/schema/index.ts';
import { createSmsInboundService } from '../sms/inbound.service.ts';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { rowsOf } from '../db/client.ts';
import { checkinPathsOf } from '../../test/checkin-links.ts';
import { crisisCounts, crisisRecount } from './crisis.queries.ts';
import { createCrisisService } from './crisis.service.ts';

/**
 * The board counts come from counters maintained by triggers on crisis_people (migration 0061):
 * after a mixed workload — check-ins arriving together (some people twice), wardens' marks, SMS
 * replies, reminders putting the silent on call lists, a person moved to another zone — they
 * equal a count over the rows, for every scope.
 */
describe('crisis board counters', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let doClient: Client;
  let crisisId: string;
  let otherCrisisId: string;
  let declaredAt: Date;
  const ids: string[] = [];
  const N = 60;
  const phone = (i: number) => `+2547${String(13_000_000 + i).padStart(8, '0')}`;
  const users: Record<'do' | 'warden' | 'staff' | 'otherDo', string> = {
    do: '',
    warden: '',
    staff: '',
    otherDo: '',
  };

  const tokenOf = async (crisis: string, personId: string) => {
    const path = (await checkinPathsOf(t.database.db, `crisis:${crisis}:checkin`)).get(personId);
    return (path ?? '').replace('/checkin/', '');
  };
  const checkin = async (crisis: string, personId: string, status: 'safe' | 'need_help') =>
    t.app.inject({
      method: 'POST',
      url: `/api/checkin/${await tokenOf(crisis, personId)}`,
      payload: { status },
    });

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    const d = await buildUser(db, w, 'DO');
    const warden = await buildUser(db, w, 'WARDEN', { areaId: w.capital.id, zoneId: w.zone1.id });
    const staff = await buildUser(db, w, 'staff', {}, { zone: w.zone2 });
    const otherDo = await buildUser(db, other, 'DO');
    users.do = d.user.id;
    users.warden = warden.user.id;
    users.staff = staff.user.id;
    users.otherDo = otherDo.user.id;
    const inserted = await db
      .insert(people)
      .values(
        Array.from({ length: N }, (_, i) => ({
          kind: 'personnel',
          staffId: `CNT-${i}`,
          organizationId: i % 3 ? w.orgA.id : w.orgB.id,
          category: 'local',
          givenName: `Person${i}`,
          familyName: 'Counted',
          email: `cnt${i}@example.org`,
          phone: phone(i),
          countryId: w.country.id,
          areaId: w.city.areaId,
          dutyStationId: w.city.id,
          zoneId: i % 2 === 0 ? w.zone1.id : w.zone2.id,
        })),
      )
      .returning({ id: people.id, staffId: people.staffId });
    inserted.sort((a, b) => Number(a.staffId!.slice(4)) - Number(b.staffId!.slice(4)));
    ids.push(...inserted.map((r) => r.id));
    doClient = await signIn(t.app, d.email);
    const res = await doClient.post('/api/crises', {
      countryId: w.country.id,
      areaId: w.capital.id,
      title: 'Flooding in the capital',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    crisisId = res.body.id;
    declaredAt = new Date(res.body.declaredAt);
    // A second crisis over the same people: its answers must not move the first one's counts.
    const second = await doClient.post('/api/crises', {
      countryId: w.country.id,
      areaId: w.capital.id,
      title: 'Second crisis',
    });
    otherCrisisId = second.body.id;
  });

  const expectCountersExact = async () => {
    for (const who of Object.values(users)) {
      const actor = await loadActor(t.database.db, who);
      if (!actor) throw new Error('no actor');
      for (const crisis of [crisisId, otherCrisisId])
        expect(await crisisCounts(t.database.db, actor, crisis)).toEqual(
          await crisisRecount(t.database.db, actor, crisis),
        );
    }
    // And unscoped: the counters of each crisis against its rows, status by status.
    const drift = await rowsOf<{ crisis_id: string }>(
      t.database.db,
      sql`with counted as (
            select crisis_id, count(*) filter (where status = 'safe')::int safe,
                   count(*) filter (where status = 'need_help')::int need_help,
                   count(*) filter (where status not in ('safe', 'need_help'))::int no_answer
              from crisis_people group by crisis_id),
          kept as (
            select crisis_id, sum(safe)::int safe, sum(need_help)::int need_help,
                   sum(no_answer)::int no_answer
              from crisis_counts group by crisis_id)
          select coalesce(c.crisis_id, k.crisis_id) crisis_id from counted c
            full join kept k on k.crisis_id = c.crisis_id
           where c.safe is distinct from k.safe or c.need_help is distinct from k.need_help
              or c.no_answer is distinct from k.no_answer`,
    );
    expect(drift).toEqual([]);
  };

  it('count the enrolled at declaration, all without an answer', async () => {
    const actor = await loadActor(t.database.db, users.do);
    const counts = await crisisCounts(t.database.db, actor!, crisisId);
    expect(counts.safe + counts.needHelp).toBe(0);
    expect(counts.noAnswer).toBeGreaterThanOrEqual(N);
    await expectCountersExact();
  });

  it('equal a recount after check-ins together, marks, SMS replies, reminders and a move', async () => {
    const db = t.database.db;
    // Check-ins arriving together, some people twice with another answer, on both crises.
    const answers = await Promise.all([
      ...ids.slice(0, 30).map((id, i) => checkin(crisisId, id, i % 4 ? 'safe' : 'need_help')),
      ...ids.slice(0, 10).map((id) => checkin(crisisId, id, 'safe')),
      ...ids.slice(5, 15).map((id) => checkin(otherCrisisId, id, 'need_help')),
    ]);
    expect(answers.map((a) => a.statusCode).every((s) => s === 200)).toBe(true);
    await expectCountersExact();

    // A warden's and a DO's marks (one the same answer again, which changes nothing).
    for (const [i, status] of [
      [30, 'safe'],
      [31, 'need_help'],
      [0, 'safe'],
    ] as const) {
      const res = await doClient.post(`/api/crises/${crisisId}/people/${ids[i]}/status`, {
        status,
        via: 'phone',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    await expectCountersExact();

    // SMS replies: "2" (need help) from two people enrolled in both crises.
    const sms = createSmsInboundService(db);
    for (const i of [40, 41]) {
      const r = await sms.receive(
        {
          gateway: 'generic',
          from: phone(i),
          text: '2',
          receivedAt: new Date(),
          gatewayMessageId: `counters-${i}`,
        },
        true,
      );
      expect(r.outcome).toBe('applied');
    }
    await expectCountersExact();

    // Reminders, then the still-silent put on their wardens' call lists.
    const service = createCrisisService(db);
    await service.runReminders(new Date(declaredAt.getTime() + 16 * 60_000));
    await service.runReminders(new Date(declaredAt.getTime() + 46 * 60_000));
    await service.runReminders(new Date(declaredAt.getTime() + 61 * 60_000));
    await expectCountersExact();

    // A person moved to another zone: their answer leaves one group and enters the other.
    await db.execute(
      sql`update crisis_people set zone_id = ${w.zone2.id} where person_id = ${ids[0]}`,
    );
    await db.execute(sql`delete from crisis_people where person_id = ${ids[59]}`);
    await expectCountersExact();
  });
});
