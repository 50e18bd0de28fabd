import type { Actor, DrillKind } from '@fieldsafe/core';
import { and, asc, count, desc, eq, inArray, lte } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import {
  areas,
  drillParticipants,
  drills,
  dutyStations,
  people,
  securityLevelDecisions,
} from '../db/schema/index.ts';

export type DrillRow = typeof drills.$inferSelect;

const readable = (actor: Actor) =>
  scopeWhere(actor, 'preparedness.read', { countryId: drills.countryId, areaId: drills.areaId });

/** The names of the areas and duty stations, and the participants of the drills named. */
export async function drillLabels(ex: Executor, drillIds: string[]) {
  const [names, stations, parts] = await Promise.all([
    ex.select({ id: areas.id, name: areas.name }).from(areas),
    ex.select({ id: dutyStations.id, name: dutyStations.name }).from(dutyStations),
    drillIds.length
      ? ex
          .select({
            drillId: drillParticipants.drillId,
            id: people.id,
            given: people.givenName,
            family: people.familyName,
          })
          .from(drillParticipants)
          .innerJoin(people, eq(people.id, drillParticipants.personId))
          .where(inArray(drillParticipants.drillId, drillIds))
          .orderBy(asc(people.familyName))
      : Promise.resolve([]),
  ]);
  return { names, stations, parts };
}

/** A drill the actor may read. */
export async function findDrill(ex: Executor, actor: Actor, id: string) {
  const [row] = await ex
    .select()
    .from(drills)
    .where(and(eq(drills.id, id), readable(actor)));
  return row;
}

export interface DrillListFilter {
  countryId?: string;
  status?: 'scheduled' | 'done';
  kind?: DrillKind;
  page: number;
  pageSize: number;
}

/** A page of the drills the actor may read, latest first, and how many there are. */
export async function listDrills(ex: Executor, actor: Actor, q: DrillListFilter) {
  const where = and(
    readable(actor),
    q.countryId ? eq(drills.countryId, q.countryId) : undefined,
    q.status ? eq(drills.status, q.status) : undefined,
    q.kind ? eq(drills.kind, q.kind) : undefined,
  );
  const [total] = await ex.select({ n: count() }).from(drills).where(where);
  const rows = await ex
    .select()
    .from(drills)
    .where(where)
    .orderBy(desc(drills.scheduledOn), desc(drills.createdAt))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { rows, total: total?.n ?? 0 };
}

export async function insertDrill(ex: Executor, values: typeof drills.$inferInsert) {
  const [row] = await ex.insert(drills).values(values).returning();
  if (!row) throw new Error('drill not created');
  return row;
}

/** Of the given people, those of the country. */
export async function peopleOfCountry(ex: Executor, countryId: string, ids: string[]) {
  const found = ids.length
    ? await ex
        .select({ id: people.id })
        .from(people)
        .where(and(inArray(people.id, ids), eq(people.countryId, countryId)))
    : [];
  return new Set(found.map((p) => p.id));
}

export async function updateDrill(
  ex: Executor,
  id: string,
  fields: Partial<Omit<typeof drills.$inferInsert, 'id'>>,
) {
  const [row] = await ex
    .update(drills)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(drills.id, id))
    .returning();
  return row;
}

export async function insertParticipants(ex: Executor, drillId: string, personIds: string[]) {
  if (personIds.length)
    await ex.insert(drillParticipants).values(personIds.map((personId) => ({ drillId, personId })));
}

/** A country's duty stations with their areas, by area and name. */
export function stationsOfCountry(ex: Executor, countryId: string) {
  return ex
    .select({
      id: dutyStations.id,
      name: dutyStations.name,
      areaId: dutyStations.areaId,
      areaName: areas.name,
    })
    .from(dutyStations)
    .innerJoin(areas, eq(areas.id, dutyStations.areaId))
    .where(eq(dutyStations.countryId, countryId))
    .orderBy(asc(areas.name), asc(dutyStations.name));
}

/** A country's security level decisions in effect by the day, latest first. */
export function levelDecisionsBy(ex: Executor, countryId: string, day: string) {
  return ex
    .select()
    .from(securityLevelDecisions)
    .where(
      and(
        eq(securityLevelDecisions.countryId, countryId),
        lte(securityLevelDecisions.effectiveFrom, day),
      ),
    )
    .orderBy(desc(securityLevelDecisions.effectiveFrom), desc(securityLevelDecisions.createdAt));
}

export function drillsOfCountry(ex: Executor, countryId: string) {
  return ex.select().from(drills).where(eq(drills.countryId, countryId));
}
