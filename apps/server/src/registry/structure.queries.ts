import type { Actor } from '@fieldsafe/core';
import { and, asc, eq } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import {
  areas,
  countries,
  dutyStations,
  organizations,
  premises,
  wardenZones,
} from '../db/schema/index.ts';

export type AreaKind = (typeof areas.$inferSelect)['kind'];
export type PremisesInsert = typeof premises.$inferInsert;

/** The actor's `structure.read` scope over a table of the security structure. */
const visible = (
  actor: Actor,
  table: typeof areas | typeof dutyStations | typeof wardenZones | typeof premises,
) =>
  scopeWhere(actor, 'structure.read', {
    countryId: table.countryId,
    areaId: 'areaId' in table ? table.areaId : undefined,
    zoneId:
      table === wardenZones ? wardenZones.id : table === premises ? premises.zoneId : undefined,
  });

// The finders answer a list (empty when the row is unknown or out of the actor's scope).

export function visibleArea(ex: Executor, actor: Actor, id: string) {
  return ex
    .select()
    .from(areas)
    .where(and(eq(areas.id, id), visible(actor, areas)));
}

export function visibleStation(ex: Executor, actor: Actor, id: string) {
  return ex
    .select()
    .from(dutyStations)
    .where(and(eq(dutyStations.id, id), visible(actor, dutyStations)));
}

export function visibleZone(ex: Executor, actor: Actor, id: string) {
  return ex
    .select()
    .from(wardenZones)
    .where(and(eq(wardenZones.id, id), visible(actor, wardenZones)));
}

export function visiblePremises(ex: Executor, actor: Actor, id: string) {
  return ex
    .select()
    .from(premises)
    .where(and(eq(premises.id, id), visible(actor, premises)));
}

/** Everything in a country's security structure that the actor may see, each by name. */
export async function structureOf(ex: Executor, actor: Actor, countryId: string) {
  const [areaRows, stationRows, zoneRows, premisesRows] = await Promise.all([
    ex
      .select()
      .from(areas)
      .where(and(eq(areas.countryId, countryId), visible(actor, areas)))
      .orderBy(asc(areas.name)),
    ex
      .select()
      .from(dutyStations)
      .where(and(eq(dutyStations.countryId, countryId), visible(actor, dutyStations)))
      .orderBy(asc(dutyStations.name)),
    ex
      .select()
      .from(wardenZones)
      .where(and(eq(wardenZones.countryId, countryId), visible(actor, wardenZones)))
      .orderBy(asc(wardenZones.name)),
    ex
      .select()
      .from(premises)
      .where(and(eq(premises.countryId, countryId), visible(actor, premises)))
      .orderBy(asc(premises.name)),
  ]);
  return { areaRows, stationRows, zoneRows, premisesRows };
}

export function allOrganizations(ex: Executor) {
  return ex.select().from(organizations).orderBy(asc(organizations.code));
}

// ---- Writes: each answers the rows written ----

export function insertArea(ex: Executor, values: typeof areas.$inferInsert) {
  return ex.insert(areas).values(values).returning();
}

export function updateArea(ex: Executor, id: string, fields: Partial<typeof areas.$inferInsert>) {
  return ex
    .update(areas)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(areas.id, id))
    .returning();
}

export function insertStation(ex: Executor, values: typeof dutyStations.$inferInsert) {
  return ex.insert(dutyStations).values(values).returning();
}

export function updateStation(
  ex: Executor,
  id: string,
  fields: Partial<typeof dutyStations.$inferInsert>,
) {
  return ex
    .update(dutyStations)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(dutyStations.id, id))
    .returning();
}

export function insertZone(ex: Executor, values: typeof wardenZones.$inferInsert) {
  return ex.insert(wardenZones).values(values).returning();
}

export function updateZone(
  ex: Executor,
  id: string,
  fields: Partial<typeof wardenZones.$inferInsert>,
) {
  return ex
    .update(wardenZones)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(wardenZones.id, id))
    .returning();
}

export function insertPremises(ex: Executor, values: PremisesInsert) {
  return ex.insert(premises).values(values).returning();
}

export function updatePremises(ex: Executor, id: string, fields: Partial<PremisesInsert>) {
  return ex
    .update(premises)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(premises.id, id))
    .returning();
}

export function setPeacekeepingMission(ex: Executor, countryId: string, value: boolean) {
  return ex
    .update(countries)
    .set({ peacekeepingMission: value, updatedAt: new Date() })
    .where(eq(countries.id, countryId))
    .returning();
}
