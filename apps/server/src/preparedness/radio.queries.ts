import type { Actor } from '@fieldsafe/core';
import { and, asc, count, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import {
  areas,
  countries,
  people,
  radioCheckEntries as entries,
  radioChecks as checks,
  wardenZones,
} from '../db/schema/index.ts';

/** Roll calls the actor may read: in their `preparedness.read` or `radio_check.record` scope. */
function readable(actor: Actor) {
  const cols = { countryId: checks.countryId, areaId: checks.areaId, zoneId: checks.zoneId };
  return sql`(${scopeWhere(actor, 'preparedness.read', cols)} or ${scopeWhere(actor, 'radio_check.record', cols)})`;
}

function selectChecks(ex: Executor) {
  return ex
    .select({
      c: checks,
      countryName: countries.nameEn,
      areaName: areas.name,
      zoneName: wardenZones.name,
      called: sql<number>`(select count(*)::int from ${entries} e where e.check_id = ${checks.id})`,
      missed: sql<number>`(select count(*)::int from ${entries} e where e.check_id = ${checks.id} and not e.answered)`,
    })
    .from(checks)
    .innerJoin(countries, eq(countries.id, checks.countryId))
    .leftJoin(areas, eq(areas.id, checks.areaId))
    .leftJoin(wardenZones, eq(wardenZones.id, checks.zoneId));
}

export type CheckRow = Awaited<ReturnType<ReturnType<typeof selectChecks>['execute']>>[number];

/** A roll call the actor may read, with its place's names and counts. */
export async function findCheck(ex: Executor, actor: Actor, id: string) {
  const [row] = await selectChecks(ex).where(and(eq(checks.id, id), readable(actor)));
  return row;
}

/** The call signs of a roll call, missed first, with the people answering to them. */
export function entriesOf(ex: Executor, checkId: string) {
  return ex
    .select({
      e: entries,
      given: people.givenName,
      family: people.familyName,
    })
    .from(entries)
    .leftJoin(people, eq(people.id, entries.personId))
    .where(eq(entries.checkId, checkId))
    .orderBy(asc(entries.answered), asc(entries.callSign));
}

/** A page of the roll calls the actor may read, latest first, and how many there are. */
export async function listChecks(
  ex: Executor,
  actor: Actor,
  q: { countryId?: string; page: number; pageSize: number },
) {
  const where = and(readable(actor), q.countryId ? eq(checks.countryId, q.countryId) : undefined);
  const [total] = await ex.select({ n: count() }).from(checks).where(where);
  const rows = await selectChecks(ex)
    .where(where)
    .orderBy(desc(checks.heldAt), desc(checks.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { rows, total: total?.n ?? 0 };
}

/** The active personnel of a place (country, area, zone) with their call signs; 2,000 at most. */
export function rosterOf(
  ex: Executor,
  place: { countryId: string; areaId: string | null; zoneId: string | null },
) {
  return ex
    .select({
      personId: people.id,
      given: people.givenName,
      family: people.familyName,
      callSign: people.radioCallSign,
    })
    .from(people)
    .where(
      and(
        eq(people.countryId, place.countryId),
        eq(people.status, 'active'),
        eq(people.kind, 'personnel'),
        place.areaId ? eq(people.areaId, place.areaId) : undefined,
        place.zoneId ? eq(people.zoneId, place.zoneId) : undefined,
      ),
    )
    .orderBy(asc(people.radioCallSign), asc(people.familyName))
    .limit(2000);
}

/** Of the given people, those of the country, with their call signs. */
export async function callSignsOf(ex: Executor, countryId: string, ids: string[]) {
  return ids.length
    ? ex
        .select({ id: people.id, callSign: people.radioCallSign })
        .from(people)
        .where(and(inArray(people.id, ids), eq(people.countryId, countryId)))
    : [];
}

/** Stores a roll call and its entries. */
export async function insertCheck(
  ex: Executor,
  values: typeof checks.$inferInsert,
  entryValues: Omit<typeof entries.$inferInsert, 'checkId'>[],
) {
  const [row] = await ex.insert(checks).values(values).returning();
  if (!row) throw new Error('radio check not recorded');
  await ex.insert(entries).values(entryValues.map((v) => ({ ...v, checkId: row.id })));
  return row;
}

/**
 * Per person (or call sign without a person) of a country, the calls and misses of the roll
 * calls held in [since, before) that the actor may read: a page of those who missed any, most
 * misses first, and how many there are.
 */
export async function missedCalls(
  ex: Executor,
  actor: Actor,
  q: { countryId: string; since: Date; before: Date; page: number; pageSize: number },
) {
  const cols = { countryId: entries.countryId, areaId: entries.areaId, zoneId: entries.zoneId };
  const key = sql`coalesce(${entries.personId}::text, ${entries.callSign})`;
  const where = and(
    eq(entries.countryId, q.countryId),
    sql`(${scopeWhere(actor, 'preparedness.read', cols)} or ${scopeWhere(actor, 'radio_check.record', cols)})`,
    gte(checks.heldAt, q.since),
    lt(checks.heldAt, q.before),
  );
  const grouped = ex
    .select({
      key: sql<string>`${key}`.as('k'),
      personId: sql<string | null>`min(${entries.personId}::text)`.as('person_id'),
      callSign: sql<string>`max(${entries.callSign})`.as('call_sign'),
      called: sql<number>`count(*)::int`.as('called'),
      missed: sql<number>`(count(*) filter (where not ${entries.answered}))::int`.as('missed'),
      lastMissedAt: sql<
        string | null
      >`max(${checks.heldAt}) filter (where not ${entries.answered})`.as('last_missed_at'),
    })
    .from(entries)
    .innerJoin(checks, eq(checks.id, entries.checkId))
    .where(where)
    .groupBy(key)
    .as('g');
  const [total] = await ex
    .select({ n: count() })
    .from(grouped)
    .where(sql`${grouped.missed} > 0`);
  const rows = await ex
    .select({
      personId: grouped.personId,
      callSign: grouped.callSign,
      called: grouped.called,
      missed: grouped.missed,
      lastMissedAt: grouped.lastMissedAt,
      given: people.givenName,
      family: people.familyName,
    })
    .from(grouped)
    .leftJoin(people, sql`${people.id}::text = ${grouped.personId}`)
    .where(sql`${grouped.missed} > 0`)
    .orderBy(desc(grouped.missed), asc(grouped.callSign))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { rows, total: total?.n ?? 0 };
}
