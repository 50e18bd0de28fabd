import { scopesFor, type Actor } from '@fieldsafe/core';
import { and, asc, eq, gte, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { scopeWhere } from '../access/scope-sql.ts';
import { rowsOf, type Executor, type Tx } from '../db/client.ts';
import { blockId, idBlock } from '../db/ordered-ids.ts';
import {
  appointments,
  areas,
  crises,
  crisisCountsTable,
  crisisLog,
  crisisPeople,
  organizations,
  people,
  wardenZones,
} from '../db/schema/index.ts';

/** A crisis row is visible when the actor may read the crisis itself or anyone it accounts for. */
export function crisisVisible(actor: Actor): SQL {
  const own = scopeWhere(actor, 'crisis.read', {
    countryId: crises.countryId,
    areaId: crises.areaId,
  });
  const cp = alias(crisisPeople, 'cpv');
  const anyone = scopeWhere(actor, 'crisis.read', {
    countryId: cp.countryId,
    areaId: cp.areaId,
    zoneId: cp.zoneId,
    organizationId: cp.organizationId,
    personId: cp.personId,
  });
  return sql`(${own} or exists (select 1 from ${crisisPeople} ${cp} where ${cp.crisisId} = ${crises.id} and ${anyone}))`;
}

export async function findCrisis(ex: Executor, actor: Actor, id: string) {
  const [row] = await ex
    .select({
      id: crises.id,
      countryId: crises.countryId,
      areaId: crises.areaId,
      areaName: areas.name,
      title: crises.title,
      description: crises.description,
      status: crises.status,
      declaredBy: crises.declaredBy,
      declaredAt: crises.declaredAt,
      closedAt: crises.closedAt,
      tokenHours: crises.tokenHours,
      reminderSchedule: crises.reminderSchedule,
      escalatedAt: crises.escalatedAt,
    })
    .from(crises)
    .leftJoin(areas, eq(areas.id, crises.areaId))
    .where(and(eq(crises.id, id), crisisVisible(actor)));
  return row;
}

export async function listCrises(ex: Executor, actor: Actor, countryId?: string) {
  return ex
    .select({
      id: crises.id,
      countryId: crises.countryId,
      areaId: crises.areaId,
      areaName: areas.name,
      title: crises.title,
      description: crises.description,
      status: crises.status,
      declaredBy: crises.declaredBy,
      declaredAt: crises.declaredAt,
      closedAt: crises.closedAt,
      tokenHours: crises.tokenHours,
      reminderSchedule: crises.reminderSchedule,
      escalatedAt: crises.escalatedAt,
    })
    .from(crises)
    .leftJoin(areas, eq(areas.id, crises.areaId))
    .where(and(countryId ? eq(crises.countryId, countryId) : undefined, crisisVisible(actor)))
    .orderBy(sql`${crises.declaredAt} desc`)
    .limit(200);
}

/** The people of crises the actor may read (`crisis.read`) or account for (`crisis.account`). */
export function crisisPersonScope(actor: Actor, permission: 'crisis.read' | 'crisis.account') {
  return scopeWhere(actor, permission, {
    countryId: crisisPeople.countryId,
    areaId: crisisPeople.areaId,
    zoneId: crisisPeople.zoneId,
    organizationId: crisisPeople.organizationId,
    personId: crisisPeople.personId,
  });
}

/** The people of a crisis the actor may read, with their answers. */
export async function crisisPeopleInScope(
  ex: Executor,
  actor: Actor,
  crisisId: string,
  personId?: string,
) {
  const sponsor = alias(people, 'sponsor');
  return ex
    .select({
      personId: crisisPeople.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      kind: people.kind,
      category: people.category,
      sponsorCategory: sponsor.category,
      organizationId: crisisPeople.organizationId,
      organization: organizations.code,
      countryId: crisisPeople.countryId,
      areaId: crisisPeople.areaId,
      zoneId: crisisPeople.zoneId,
      zone: wardenZones.name,
      phone: people.phone,
      radioCallSign: people.radioCallSign,
      reason: crisisPeople.reason,
      status: crisisPeople.status,
      note: crisisPeople.note,
      latitude: crisisPeople.latitude,
      longitude: crisisPeople.longitude,
      answeredVia: crisisPeople.answeredVia,
      answeredAt: crisisPeople.answeredAt,
      callListAt: crisisPeople.callListAt,
    })
    .from(crisisPeople)
    .innerJoin(people, eq(people.id, crisisPeople.personId))
    .leftJoin(sponsor, eq(sponsor.id, people.sponsorId))
    .innerJoin(organizations, eq(organizations.id, crisisPeople.organizationId))
    .leftJoin(wardenZones, eq(wardenZones.id, crisisPeople.zoneId))
    .where(
      and(
        eq(crisisPeople.crisisId, crisisId),
        personId ? eq(crisisPeople.personId, personId) : undefined,
        crisisPersonScope(actor, 'crisis.read'),
      ),
    )
    .orderBy(asc(people.familyName), asc(people.givenName));
}

/**
 * Adds everyone the crisis must account for: the people stationed in its place (personnel,
 * dependants, visitors) and travellers whose whereabouts are there. Returns their ids. Run once,
 * as the crisis is declared: its first insert cannot conflict (no conflict check for 20,000
 * rows), and the two inserts return what they added (no third read of the rows).
 */
export async function enrol(
  ex: Executor,
  crisis: { id: string; countryId: string; areaId: string | null },
) {
  const place = crisis.areaId
    ? sql`p.area_id = ${crisis.areaId}::uuid`
    : sql`p.country_id = ${crisis.countryId}::uuid`;
  const travelling = crisis.areaId
    ? sql`p.whereabouts_area_id = ${crisis.areaId}::uuid`
    : sql`p.whereabouts_country_id = ${crisis.countryId}::uuid`;
  type Enrolled = { personId: string; zoneId: string | null };
  const present = await rowsOf<Enrolled>(
    ex,
    sql`
    with k as materialized (${idBlock})
    insert into crisis_people (id, crisis_id, person_id, country_id, area_id, zone_id, organization_id, reason)
    select ${blockId('k', 'p.id')}, ${crisis.id}::uuid, p.id, p.country_id, p.area_id, p.zone_id, p.organization_id, 'present'
      from people p cross join k where p.status = 'active' and p.deactivated_at is null and ${place}
    returning person_id as "personId", zone_id as "zoneId"`,
  );
  const travellers = await rowsOf<Enrolled>(
    ex,
    sql`
    with k as materialized (${idBlock})
    insert into crisis_people (id, crisis_id, person_id, country_id, area_id, zone_id, organization_id, reason)
    select ${blockId('k', 'p.id')}, ${crisis.id}::uuid, p.id, ${crisis.countryId}::uuid, ${crisis.areaId}::uuid, null, p.organization_id, 'traveller'
      from people p cross join k where p.status = 'active' and p.deactivated_at is null and ${travelling}
    on conflict do nothing
    returning person_id as "personId", zone_id as "zoneId"`,
  );
  return present.concat(travellers);
}

/** The people of a crisis, as a query (one column, the person id) for `enqueue`. */
export const crisisPersonIds = (crisisId: string) =>
  sql`select person_id from ${crisisPeople} where crisis_id = ${crisisId}::uuid`;

/**
 * The board counts from the maintained counters (crisis_counts, kept by triggers on
 * crisis_people with every enrolment and answer): the slots of the groups the actor may read,
 * summed — a few dozen rows however many people the crisis has. The benchmark times it with
 * EXPLAIN ANALYZE.
 */
export function crisisCountsQuery(ex: Executor, actor: Actor, crisisId: string) {
  return ex
    .select({
      safe: sql<number>`coalesce(sum(${crisisCountsTable.safe}), 0)::int`,
      needHelp: sql<number>`coalesce(sum(${crisisCountsTable.needHelp}), 0)::int`,
      noAnswer: sql<number>`coalesce(sum(${crisisCountsTable.noAnswer}), 0)::int`,
    })
    .from(crisisCountsTable)
    .where(
      and(
        eq(crisisCountsTable.crisisId, crisisId),
        scopeWhere(actor, 'crisis.read', {
          countryId: crisisCountsTable.countryId,
          areaId: crisisCountsTable.areaId,
          zoneId: crisisCountsTable.zoneId,
          organizationId: crisisCountsTable.organizationId,
        }),
      ),
    );
}

/** Answers by status counted over the crisis's rows the actor may read (no counters). */
export async function crisisRecount(ex: Executor, actor: Actor, crisisId: string) {
  const rows = await ex
    .select({ status: crisisPeople.status, n: sql<number>`count(*)::int` })
    .from(crisisPeople)
    .where(and(eq(crisisPeople.crisisId, crisisId), crisisPersonScope(actor, 'crisis.read')))
    .groupBy(crisisPeople.status);
  const counts = { total: 0, safe: 0, needHelp: 0, noAnswer: 0 };
  for (const r of rows) {
    const n = Number(r.n);
    counts.total += n;
    if (r.status === 'safe') counts.safe += n;
    else if (r.status === 'need_help') counts.needHelp += n;
    else counts.noAnswer += n;
  }
  return counts;
}

/**
 * Answers by status among the people of a crisis the actor may read: the live counts, from the
 * counters. The counters are kept per place and organization, not per person: an actor who may
 * read only some people themselves (a `self` scope) gets them counted over those few rows.
 */
export async function crisisCounts(ex: Executor, actor: Actor, crisisId: string) {
  if (scopesFor(actor, 'crisis.read').some((s) => s.kind === 'self'))
    return crisisRecount(ex, actor, crisisId);
  const [row] = await crisisCountsQuery(ex, actor, crisisId);
  const safe = Number(row?.safe ?? 0);
  const needHelp = Number(row?.needHelp ?? 0);
  const noAnswer = Number(row?.noAnswer ?? 0);
  return { total: safe + needHelp + noAnswer, safe, needHelp, noAnswer };
}

// ---- Writes and the reminder job ----

type CrisisInsert = typeof crises.$inferInsert;
type LogInsert = typeof crisisLog.$inferInsert;

export async function findArea(ex: Executor, id: string) {
  const [area] = await ex.select().from(areas).where(eq(areas.id, id));
  return area;
}

/** A crisis by id, whoever asks (the check-in link carries the right to it). */
export async function crisisById(ex: Executor, id: string) {
  const [c] = await ex.select().from(crises).where(eq(crises.id, id));
  return c;
}

export async function insertCrisis(tx: Tx, values: CrisisInsert) {
  const [c] = await tx.insert(crises).values(values).returning();
  return c;
}

/** Appends to a crisis's log. */
export async function appendLog(tx: Tx, values: LogInsert): Promise<void> {
  await tx.insert(crisisLog).values(values);
}

/** Appends to a crisis's log; returns the entry. */
export async function insertLogEntry(tx: Tx, values: LogInsert) {
  const [entry] = await tx.insert(crisisLog).values(values).returning();
  return entry;
}

/** A crisis's log, oldest first. */
export function logOf(ex: Executor, crisisId: string) {
  return ex
    .select()
    .from(crisisLog)
    .where(eq(crisisLog.crisisId, crisisId))
    .orderBy(asc(crisisLog.at));
}

/** Records a person's answer as taken by a warden or operator. */
export async function markPerson(
  tx: Tx,
  crisisId: string,
  personId: string,
  set: Partial<typeof crisisPeople.$inferInsert>,
): Promise<void> {
  await tx
    .update(crisisPeople)
    .set(set)
    .where(and(eq(crisisPeople.crisisId, crisisId), eq(crisisPeople.personId, personId)));
}

/** The active crises that ask a person to check in, with their answer so far. */
export function activeCrisesOf(ex: Executor, personId: string) {
  return ex
    .select({
      crisisId: crises.id,
      title: crises.title,
      declaredAt: crises.declaredAt,
      status: crisisPeople.status,
      answeredAt: crisisPeople.answeredAt,
    })
    .from(crisisPeople)
    .innerJoin(crises, eq(crises.id, crisisPeople.crisisId))
    .where(and(eq(crisisPeople.personId, personId), eq(crises.status, 'active')))
    .orderBy(asc(crises.declaredAt));
}

/** Closes a crisis and erases the precise positions of its people. */
export async function closeCrisis(tx: Tx, crisisId: string): Promise<void> {
  await tx
    .update(crises)
    .set({ status: 'closed', closedAt: new Date(), updatedAt: new Date() })
    .where(eq(crises.id, crisisId));
  await tx.execute(
    sql`update crisis_people set latitude = null, longitude = null where crisis_id = ${crisisId}`,
  );
}

/** The active crises with a reminder schedule. */
export function scheduledCrises(ex: Executor) {
  return ex
    .select({ id: crises.id })
    .from(crises)
    .where(and(eq(crises.status, 'active'), isNotNull(crises.reminderSchedule)));
}

/** A crisis, locked until the transaction ends. */
export async function lockCrisis(tx: Tx, id: string) {
  const [c] = await tx.select().from(crises).where(eq(crises.id, id)).for('update');
  return c;
}

/** The people of a crisis who have not answered. */
export function silentPeople(tx: Tx, crisisId: string) {
  return tx
    .select({ personId: crisisPeople.personId, zoneId: crisisPeople.zoneId })
    .from(crisisPeople)
    .where(and(eq(crisisPeople.crisisId, crisisId), eq(crisisPeople.status, 'no_answer')));
}

/** Puts the people of a crisis who have not answered on their wardens' call lists. */
export async function putSilentOnCallList(tx: Tx, crisisId: string, at: Date): Promise<void> {
  await tx
    .update(crisisPeople)
    .set({ callListAt: at })
    .where(and(eq(crisisPeople.crisisId, crisisId), eq(crisisPeople.status, 'no_answer')));
}

/** The people appointed CSA of a country on a day. */
export function countryCsas(tx: Tx, countryId: string, day: string) {
  return tx
    .select({ personId: appointments.personId })
    .from(appointments)
    .where(
      and(
        eq(appointments.role, 'CSA'),
        eq(appointments.countryId, countryId),
        lte(appointments.startsOn, day),
        or(isNull(appointments.endsOn), gte(appointments.endsOn, day)),
      ),
    );
}

export async function updateCrisis(tx: Tx, id: string, set: Partial<CrisisInsert>): Promise<void> {
  await tx.update(crises).set(set).where(eq(crises.id, id));
}
