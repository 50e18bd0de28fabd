import { addDays, todayIn } from '@fieldsafe/core';
/**
 * Demo data of issue 6 (plans, drills, radio checks) for Meridia: a country security plan with
 * two versions, partly acknowledged (the demo staff member still has to acknowledge it); a
 * relocation/evacuation plan for the Northern Highlands; drills at each duty station, the quick
 * drill of high-risk Kessa overdue; a radio check of the Harbour zone net with two missed calls.
 * Dates are relative to the day the seed runs. Idempotent: does nothing when the plan exists.
 */
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import {
  areas,
  countries,
  drillParticipants,
  drills,
  dutyStations,
  people,
  preparednessPlans,
  preparednessPlanVersions,
  radioCheckEntries,
  radioChecks,
  users,
  wardenZones,
} from '../db/schema/index.ts';
import { distributeVersion } from '../preparedness/plans.service.ts';

const TITLE = 'Meridia country security plan';
const day = (offset: number) => addDays(todayIn(), offset);
const at = (offset: number, hour: number, minute = 0) =>
  new Date(
    `${day(offset)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`,
  );

export async function seedDemoPreparedness(db: Db): Promise<void> {
  const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!country) return;
  const c = country.id;
  const [done] = await db
    .select({ id: preparednessPlans.id })
    .from(preparednessPlans)
    .where(and(eq(preparednessPlans.countryId, c), eq(preparednessPlans.title, TITLE)));
  if (done) return;
  const areaRows = await db.select().from(areas).where(eq(areas.countryId, c));
  const stations = await db.select().from(dutyStations).where(eq(dutyStations.countryId, c));
  const zones = await db.select().from(wardenZones).where(eq(wardenZones.countryId, c));
  const north = areaRows.find((a) => a.name === 'Northern Highlands');
  const station = (name: string) => stations.find((s) => s.name === name);
  const harbour = zones.find((z) => z.name === 'Harbour');
  const [staff] = await db
    .select({ personId: users.personId })
    .from(users)
    .where(eq(users.email, 'staff@fieldsafe.test'));
  if (!north || !harbour) return;

  await db.transaction(async (tx) => {
    const audit: AuditEntry[] = [];
    const log = (action: string, entity: string, row: { id: string }) =>
      audit.push({ action, entity, entityId: row.id, countryId: c, after: row });

    // The country security plan: version 1 superseded, version 2 in force and distributed.
    const [plan] = await tx
      .insert(preparednessPlans)
      .values({ countryId: c, kind: 'country', title: TITLE, owner: 'Chief Security Adviser' })
      .returning();
    if (!plan) throw new Error('demo plan not created');
    log('security_plan.create', 'preparedness_plan', plan);
    const [v1] = await tx
      .insert(preparednessPlanVersions)
      .values({
        planId: plan.id,
        countryId: c,
        number: 1,
        summary: 'First country security plan after the security risk assessment',
        body: 'Security phases, warden system, assembly and concentration points, communications tree.',
        approvedBy: 'Designated Official, after SMT endorsement',
        approvedOn: day(-420),
        nextReviewOn: day(-55),
        supersededAt: at(-60, 9),
      })
      .returning();
    if (!v1) throw new Error('demo plan version not created');
    log('security_plan.publish', 'preparedness_plan_version', v1);
    const [v2] = await tx
      .insert(preparednessPlanVersions)
      .values({
        planId: plan.id,
        countryId: c,
        number: 2,
        summary: 'Revised after the level 4 decision for the Northern Highlands',
        body:
          'Adds the Kessa road movement restrictions, a second concentration point in Port Amara ' +
          'and the relocation triggers for the Northern Highlands.',
        approvedBy: 'Designated Official, after SMT endorsement',
        approvedOn: day(-60),
        nextReviewOn: day(305),
      })
      .returning();
    if (!v2) throw new Error('demo plan version not created');
    log('security_plan.publish', 'preparedness_plan_version', v2);
    await distributeVersion(tx, v2, plan.title);
    // About two thirds acknowledged; the demo staff member has not yet.
    await tx.execute(sql`
      update preparedness_acknowledgements a
         set acknowledged_at = a.requested_at + interval '2 days'
       where a.version_id = ${v2.id}::uuid
         and a.person_id is distinct from ${staff?.personId ?? null}::uuid
         and get_byte(decode(md5(a.person_id::text), 'hex'), 0) % 3 <> 0`);

    // The relocation/evacuation plan of the Northern Highlands.
    const [evac] = await tx
      .insert(preparednessPlans)
      .values({
        countryId: c,
        areaId: north.id,
        kind: 'relocation_evacuation',
        title: 'Northern Highlands relocation and evacuation plan',
        owner: 'Area Security Coordinator, Kessa',
      })
      .returning();
    if (!evac) throw new Error('demo plan not created');
    log('security_plan.create', 'preparedness_plan', evac);
    const [ev1] = await tx
      .insert(preparednessPlanVersions)
      .values({
        planId: evac.id,
        countryId: c,
        areaId: north.id,
        number: 1,
        summary: 'Road relocation to Port Amara; air evacuation from Kessa airstrip as fallback',
        body: 'Triggers, convoy order, manifests, assembly at the Kessa common compound.',
        approvedBy: 'Designated Official',
        approvedOn: day(-90),
        nextReviewOn: day(90),
      })
      .returning();
    if (!ev1) throw new Error('demo plan version not created');
    log('security_plan.publish', 'preparedness_plan_version', ev1);
    await distributeVersion(tx, ev1, evac.title);

    // Drills: Kessa (level 4, high-risk) has not had a quick drill for over three months.
    const held: [string, 'evacuation' | 'quick', number, number, string][] = [
      [
        'Port Amara',
        'evacuation',
        -60,
        45,
        'Building cleared in 6 minutes; one fire exit blocked by boxes',
      ],
      [
        'Port Amara',
        'quick',
        -45,
        15,
        'Gunfire scenario: staff knew the safe room; first-aid kit incomplete',
      ],
      [
        'Kessa',
        'evacuation',
        -150,
        50,
        'Convoy assembled in 35 minutes; two drivers without radios',
      ],
      ['Kessa', 'quick', -130, 15, 'Car bomb scenario discussed; safe room located by all'],
      [
        'Lira Bay',
        'evacuation',
        -100,
        40,
        'Boat evacuation walked through with the harbour master',
      ],
      ['Lira Bay', 'quick', -90, 15, 'Medical emergency scenario; trauma bag checked'],
    ];
    for (const [name, kind, offset, minutes, findings] of held) {
      const s = station(name);
      if (!s) continue;
      const participants = await tx
        .select({ id: people.id })
        .from(people)
        .where(
          and(
            eq(people.dutyStationId, s.id),
            eq(people.kind, 'personnel'),
            eq(people.status, 'active'),
          ),
        )
        .limit(kind === 'quick' ? 8 : 25);
      const startedAt = at(offset, 10);
      const [d] = await tx
        .insert(drills)
        .values({
          countryId: c,
          areaId: s.areaId,
          dutyStationId: s.id,
          kind,
          scenario: kind === 'quick' ? '15-minute quick drill' : 'Full evacuation of the premises',
          scheduledOn: day(offset),
          status: 'done',
          heldOn: day(offset),
          startedAt,
          endedAt: new Date(startedAt.getTime() + minutes * 60_000),
          participantCount: participants.length,
          findings,
          followUpActions: 'Follow-up assigned to the security focal point',
        })
        .returning();
      if (!d) throw new Error('demo drill not created');
      if (participants.length)
        await tx
          .insert(drillParticipants)
          .values(participants.map((p) => ({ drillId: d.id, personId: p.id })));
      log('drill.record', 'drill', d);
    }
    const kessa = station('Kessa');
    if (kessa) {
      const [next] = await tx
        .insert(drills)
        .values({
          countryId: c,
          areaId: kessa.areaId,
          dutyStationId: kessa.id,
          kind: 'quick',
          scenario: 'Ambush on the Kessa road: convoy reaction',
          scheduledOn: day(10),
        })
        .returning();
      if (next) log('drill.schedule', 'drill', next);
    }

    // Radio check of the Harbour zone net yesterday evening: two calls missed.
    const zonePeople = await tx
      .select({ id: people.id, callSign: people.radioCallSign })
      .from(people)
      .where(
        and(
          eq(people.zoneId, harbour.id),
          eq(people.kind, 'personnel'),
          eq(people.status, 'active'),
        ),
      )
      .limit(8);
    const [check] = await tx
      .insert(radioChecks)
      .values({
        countryId: c,
        areaId: harbour.areaId,
        zoneId: harbour.id,
        net: 'Port Amara VHF net, channel 2',
        heldAt: at(-1, 19),
        notes: 'Evening roll call by the zone warden',
      })
      .returning();
    if (!check) throw new Error('demo radio check not created');
    const entries = zonePeople.map((p, i) => ({
      checkId: check.id,
      countryId: c,
      areaId: harbour.areaId,
      zoneId: harbour.id,
      personId: p.id,
      callSign: p.callSign ?? `HARBOUR ${i + 1}`,
      answered: i % 4 !== 1,
      answeredAt: i % 4 !== 1 ? at(-1, 19, i) : null,
      note: i % 4 !== 1 ? null : 'No answer after three calls',
    }));
    if (entries.length) await tx.insert(radioCheckEntries).values(entries);
    log('radio_check.record', 'radio_check', check);

    await recordAudit(tx, SYSTEM_ACTOR, audit);
  });
}
