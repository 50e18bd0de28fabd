import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor, Permission } from '@fieldsafe/core';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import {
  areas,
  countries,
  dutyStations,
  organizations,
  people,
  personnelListConfirmations,
  wardenZones,
} from '../db/schema/index.ts';
import type { PersonListFilter } from './people.schema.ts';

/** The scope filter on people: the person's own keys, and their id for "self". */
export function peopleScope(actor: Actor, permission: Permission): SQL {
  return scopeWhere(actor, permission, {
    countryId: people.countryId,
    areaId: people.areaId,
    zoneId: people.zoneId,
    organizationId: people.organizationId,
    personId: people.id,
  });
}

const columns = {
  person: people,
  organizationCode: organizations.code,
  dutyStationName: dutyStations.name,
  zoneName: wardenZones.name,
};

function selectPeople(ex: Executor) {
  return ex
    .select(columns)
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .innerJoin(dutyStations, eq(dutyStations.id, people.dutyStationId))
    .leftJoin(wardenZones, eq(wardenZones.id, people.zoneId));
}

export type PersonRow = typeof people.$inferSelect & {
  organizationCode: string;
  dutyStationName: string;
  zoneName: string | null;
};

function flatten(r: {
  person: typeof people.$inferSelect;
  organizationCode: string;
  dutyStationName: string;
  zoneName: string | null;
}): PersonRow {
  return {
    ...r.person,
    organizationCode: r.organizationCode,
    dutyStationName: r.dutyStationName,
    zoneName: r.zoneName,
  };
}

function filters(f: PersonListFilter): SQL[] {
  const out: (SQL | undefined)[] = [
    f.countryId ? eq(people.countryId, f.countryId) : undefined,
    f.areaId ? eq(people.areaId, f.areaId) : undefined,
    f.dutyStationId ? eq(people.dutyStationId, f.dutyStationId) : undefined,
    f.zoneId ? eq(people.zoneId, f.zoneId) : undefined,
    f.organizationId ? eq(people.organizationId, f.organizationId) : undefined,
    f.kind ? eq(people.kind, f.kind) : undefined,
    f.category ? eq(people.category, f.category) : undefined,
    f.staffType ? eq(people.staffType, f.staffType) : undefined,
    f.managementLevel ? eq(people.managementLevel, f.managementLevel) : undefined,
    f.essential ? eq(people.essential, f.essential === 'true') : undefined,
    f.status ? eq(people.status, f.status) : undefined,
  ];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    out.push(
      or(
        ilike(people.familyName, like),
        ilike(people.givenName, like),
        ilike(people.email, like),
        ilike(people.staffId, like),
        sql`(${people.givenName} || ' ' || ${people.familyName}) ilike ${like}`,
      ),
    );
  }
  return out.filter((x): x is SQL => x !== undefined);
}

/**
 * One page of the people the actor may see, ordered by name; with the total for paging.
 * The page is chosen on `people` alone (its name index serves the order), then joined for display.
 */
export async function listPeople(ex: Executor, actor: Actor, f: PersonListFilter) {
  const where = and(peopleScope(actor, 'personnel.read'), ...filters(f));
  const [page, [total]] = await Promise.all([
    ex
      .select({ id: people.id })
      .from(people)
      .where(where)
      .orderBy(asc(people.familyName), asc(people.givenName), asc(people.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    ex.select({ n: count() }).from(people).where(where),
  ]);
  const ids = page.map((p) => p.id);
  const rows = ids.length ? await selectPeople(ex).where(inArray(people.id, ids)) : [];
  const position = new Map(ids.map((id, i) => [id, i]));
  const items = rows
    .map(flatten)
    .sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  return { items, total: total?.n ?? 0 };
}

/** One person, if the actor may see them with this permission. */
export async function findPerson(
  ex: Executor,
  actor: Actor,
  id: string,
  permission: Permission = 'personnel.read',
) {
  const [row] = await selectPeople(ex).where(
    and(eq(people.id, id), peopleScope(actor, permission)),
  );
  return row ? flatten(row) : undefined;
}

// ---- Writes and the references they check ----

type PersonInsert = typeof people.$inferInsert;

export async function findZone(ex: Executor, id: string) {
  const [zone] = await ex.select().from(wardenZones).where(eq(wardenZones.id, id));
  return zone;
}

/** The ISO alpha-2 code of a country (its numbering plan). */
export async function countryAlpha2(ex: Executor, id: string) {
  const [country] = await ex
    .select({ alpha2: countries.alpha2 })
    .from(countries)
    .where(eq(countries.id, id));
  return country?.alpha2;
}

/** Whether an area is in a country. */
export async function areaInCountry(ex: Executor, areaId: string, countryId: string) {
  const [area] = await ex
    .select()
    .from(areas)
    .where(and(eq(areas.id, areaId), eq(areas.countryId, countryId)));
  return Boolean(area);
}

export async function insertPerson(ex: Executor, values: PersonInsert) {
  const [row] = await ex.insert(people).values(values).returning();
  return row;
}

export async function updatePerson(ex: Executor, id: string, set: Partial<PersonInsert>) {
  const [row] = await ex.update(people).set(set).where(eq(people.id, id)).returning();
  return row;
}

/** Updates a person without reading the row back. */
export async function setPersonFields(ex: Executor, id: string, set: Partial<PersonInsert>) {
  await ex.update(people).set(set).where(eq(people.id, id));
}

export async function insertListConfirmation(
  ex: Executor,
  values: typeof personnelListConfirmations.$inferInsert,
) {
  const [row] = await ex.insert(personnelListConfirmations).values(values).returning();
  return row;
}

/** A country's people with their organization code, duty station and zone names, by name. */
export function peopleForExport(ex: Executor, countryId: string) {
  return ex
    .select({
      p: people,
      org: organizations.code,
      station: dutyStations.name,
      zone: wardenZones.name,
    })
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .innerJoin(dutyStations, eq(dutyStations.id, people.dutyStationId))
    .leftJoin(wardenZones, eq(wardenZones.id, people.zoneId))
    .where(eq(people.countryId, countryId))
    .orderBy(asc(people.familyName), asc(people.givenName));
}
