import { can, type RecordKeys } from '@fieldsafe/core';
import { and, asc, eq } from 'drizzle-orm';
import type { RequestActor } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import {
  areas,
  countries,
  dutyStations,
  organizations,
  premises,
  wardenZones,
} from '../db/schema/index.ts';
import { forbidden, invalid, notFound } from '../http/errors.ts';

type Located = { id: string; countryId: string; areaId?: string; zoneId?: string | null };

/** Adds the abilities the web app shows (edit buttons), decided by the one policy. */
export function withAbilities<T extends Located>(actor: RequestActor, row: T) {
  return { ...row, abilities: { canEdit: can(actor, 'structure.write', keysOf(row)) } };
}

function keysOf(row: Located): RecordKeys {
  return { countryId: row.countryId, areaId: row.areaId ?? null, zoneId: row.zoneId ?? null };
}

function assertWrite(actor: RequestActor, keys: RecordKeys, what: string) {
  if (!can(actor, 'structure.write', keys)) {
    throw forbidden(`You may not change the security structure of this ${what}`);
  }
}

/** Loads a parent the actor can see, or reports the field as unknown (400). */
async function parent<T extends { id: string }>(
  rows: Promise<T[]>,
  field: string,
  message: 'unknown area' | 'unknown duty station',
): Promise<T> {
  const [row] = await rows;
  if (!row) throw invalid(field, message);
  return row;
}

export function createStructureService(db: Db) {
  const visible = (
    actor: RequestActor,
    table: typeof areas | typeof dutyStations | typeof wardenZones | typeof premises,
  ) =>
    scopeWhere(actor, 'structure.read', {
      countryId: table.countryId,
      areaId: 'areaId' in table ? table.areaId : undefined,
      zoneId:
        table === wardenZones ? wardenZones.id : table === premises ? premises.zoneId : undefined,
    });

  async function findArea(ex: Executor, actor: RequestActor, id: string) {
    return ex
      .select()
      .from(areas)
      .where(and(eq(areas.id, id), visible(actor, areas)));
  }
  async function findStation(ex: Executor, actor: RequestActor, id: string) {
    return ex
      .select()
      .from(dutyStations)
      .where(and(eq(dutyStations.id, id), visible(actor, dutyStations)));
  }
  async function findZone(ex: Executor, actor: RequestActor, id: string) {
    return ex
      .select()
      .from(wardenZones)
      .where(and(eq(wardenZones.id, id), visible(actor, wardenZones)));
  }

  async function update<T extends Located>(
    actor: RequestActor,
    entity: string,
    load: (ex: Executor) => Promise<T[]>,
    write: (ex: Executor, before: T) => Promise<T[]>,
  ) {
    return audited(db, actor, async (tx) => {
      const [before] = await load(tx);
      if (!before) throw notFound(entity);
      assertWrite(actor, keysOf(before), entity);
      const [after] = await write(tx, before);
      if (!after) throw notFound(entity);
      return {
        result: withAbilities(actor, after),
        audit: {
          action: `${entity}.update`,
          entity,
          entityId: after.id,
          countryId: after.countryId,
          before,
          after,
        },
      };
    });
  }

  async function create<T extends Located>(
    actor: RequestActor,
    entity: string,
    keys: RecordKeys,
    insert: (ex: Executor) => Promise<T[]>,
  ) {
    assertWrite(actor, keys, entity);
    return audited(db, actor, async (tx) => {
      const [row] = await insert(tx);
      if (!row) throw new Error(`insert into ${entity} returned nothing`);
      return {
        result: withAbilities(actor, row),
        audit: {
          action: `${entity}.create`,
          entity,
          entityId: row.id,
          countryId: row.countryId,
          after: row,
        },
      };
    });
  }

  return {
    async listOrganizations() {
      return db.select().from(organizations).orderBy(asc(organizations.code));
    },

    async country(actor: RequestActor, id: string) {
      const [row] = await db.select().from(countries).where(eq(countries.id, id));
      if (!row || !can(actor, 'structure.read', { countryId: id })) throw notFound('Country');
      return row;
    },

    /** Everything in a country's security structure that the actor may see. */
    async structure(actor: RequestActor, countryId: string) {
      const inCountry = <T extends { countryId: unknown }>(t: T) =>
        eq(t.countryId as typeof areas.countryId, countryId);
      const [areaRows, stationRows, zoneRows, premisesRows] = await Promise.all([
        db
          .select()
          .from(areas)
          .where(and(inCountry(areas), visible(actor, areas)))
          .orderBy(asc(areas.name)),
        db
          .select()
          .from(dutyStations)
          .where(and(inCountry(dutyStations), visible(actor, dutyStations)))
          .orderBy(asc(dutyStations.name)),
        db
          .select()
          .from(wardenZones)
          .where(and(inCountry(wardenZones), visible(actor, wardenZones)))
          .orderBy(asc(wardenZones.name)),
        db
          .select()
          .from(premises)
          .where(and(inCountry(premises), visible(actor, premises)))
          .orderBy(asc(premises.name)),
      ]);
      const add = <T extends Located>(rows: T[]) => rows.map((r) => withAbilities(actor, r));
      return {
        areas: add(areaRows),
        dutyStations: add(stationRows),
        wardenZones: add(zoneRows),
        premises: add(premisesRows),
      };
    },

    async createArea(
      actor: RequestActor,
      input: { countryId: string; name: string; kind: string },
    ) {
      const [country] = await db.select().from(countries).where(eq(countries.id, input.countryId));
      if (!country) throw invalid('countryId', 'unknown country');
      return create(actor, 'area', { countryId: country.id }, (tx) =>
        tx
          .insert(areas)
          .values({ ...input, isDesignatedArea: input.kind === 'designated_area' })
          .returning(),
      );
    },

    async updateArea(
      actor: RequestActor,
      id: string,
      patch: { name?: string | undefined; kind?: (typeof areas.$inferSelect)['kind'] | undefined },
    ) {
      return update(
        actor,
        'area',
        (tx) => findArea(tx, actor, id),
        (tx) =>
          tx
            .update(areas)
            .set({
              ...patch,
              ...(patch.kind ? { isDesignatedArea: patch.kind === 'designated_area' } : {}),
              updatedAt: new Date(),
            })
            .where(eq(areas.id, id))
            .returning(),
      );
    },

    async createDutyStation(
      actor: RequestActor,
      input: {
        areaId: string;
        name: string;
        kind: string;
        latitude: number | null;
        longitude: number | null;
      },
    ) {
      const area = await parent(findArea(db, actor, input.areaId), 'areaId', 'unknown area');
      return create(actor, 'duty_station', { countryId: area.countryId, areaId: area.id }, (tx) =>
        tx
          .insert(dutyStations)
          .values({ ...input, countryId: area.countryId })
          .returning(),
      );
    },

    async updateDutyStation(
      actor: RequestActor,
      id: string,
      patch: Partial<{
        name: string;
        kind: string;
        latitude: number | null;
        longitude: number | null;
      }>,
    ) {
      return update(
        actor,
        'duty_station',
        (tx) => findStation(tx, actor, id),
        (tx) =>
          tx
            .update(dutyStations)
            .set({ ...patch, updatedAt: new Date() })
            .where(eq(dutyStations.id, id))
            .returning(),
      );
    },

    async createZone(
      actor: RequestActor,
      input: { dutyStationId: string; name: string; description: string | null },
    ) {
      const station = await parent(
        findStation(db, actor, input.dutyStationId),
        'dutyStationId',
        'unknown duty station',
      );
      return create(
        actor,
        'warden_zone',
        { countryId: station.countryId, areaId: station.areaId },
        (tx) =>
          tx
            .insert(wardenZones)
            .values({ ...input, countryId: station.countryId, areaId: station.areaId })
            .returning(),
      );
    },

    async updateZone(
      actor: RequestActor,
      id: string,
      patch: Partial<{ name: string; description: string | null }>,
    ) {
      return update(
        actor,
        'warden_zone',
        (tx) => findZone(tx, actor, id),
        (tx) =>
          tx
            .update(wardenZones)
            .set({ ...patch, updatedAt: new Date() })
            .where(eq(wardenZones.id, id))
            .returning(),
      );
    },

    async createPremises(
      actor: RequestActor,
      input: Omit<typeof premises.$inferInsert, 'countryId' | 'areaId'>,
    ) {
      const station = await parent(
        findStation(db, actor, input.dutyStationId),
        'dutyStationId',
        'unknown duty station',
      );
      await checkPremisesRefs(
        db,
        actor,
        station.id,
        input.zoneId ?? null,
        input.organizationId ?? null,
      );
      return create(
        actor,
        'premises',
        { countryId: station.countryId, areaId: station.areaId },
        (tx) =>
          tx
            .insert(premises)
            .values({ ...input, countryId: station.countryId, areaId: station.areaId })
            .returning(),
      );
    },

    async updatePremises(
      actor: RequestActor,
      id: string,
      patch: Partial<Omit<typeof premises.$inferInsert, 'countryId' | 'areaId' | 'dutyStationId'>>,
    ) {
      return update(
        actor,
        'premises',
        (tx) =>
          tx
            .select()
            .from(premises)
            .where(and(eq(premises.id, id), visible(actor, premises))),
        async (tx, before) => {
          await checkPremisesRefs(
            tx,
            actor,
            before.dutyStationId,
            patch.zoneId === undefined ? before.zoneId : patch.zoneId,
            patch.organizationId === undefined ? before.organizationId : patch.organizationId,
          );
          return tx
            .update(premises)
            .set({ ...patch, updatedAt: new Date() })
            .where(eq(premises.id, id))
            .returning();
        },
      );
    },
  };

  async function checkPremisesRefs(
    ex: Executor,
    actor: RequestActor,
    stationId: string,
    zoneId: string | null,
    organizationId: string | null,
  ) {
    if (zoneId) {
      const [zone] = await findZone(ex, actor, zoneId);
      if (!zone || zone.dutyStationId !== stationId)
        throw invalid('zoneId', 'is not a warden zone of this duty station');
    }
    if (organizationId) {
      const [org] = await ex
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, organizationId));
      if (!org) throw invalid('organizationId', 'unknown organization');
    }
  }
}

export type StructureService = ReturnType<typeof createStructureService>;
