import { can, type RecordKeys } from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, notFound } from '../http/errors.ts';
import { findCountry, organizationExists } from './lookups.queries.ts';
import {
  allOrganizations,
  insertArea,
  insertPremises,
  insertStation,
  insertZone,
  setPeacekeepingMission,
  structureOf,
  updateArea,
  updatePremises,
  updateStation,
  updateZone,
  visibleArea as findArea,
  visiblePremises,
  visibleStation as findStation,
  visibleZone as findZone,
  type AreaKind,
  type PremisesInsert,
} from './structure.queries.ts';

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
      return allOrganizations(db);
    },

    async country(actor: RequestActor, id: string) {
      const row = await findCountry(db, id);
      if (!row || !can(actor, 'structure.read', { countryId: id })) throw notFound('Country');
      return row;
    },

    /** Everything in a country's security structure that the actor may see. */
    async structure(actor: RequestActor, countryId: string) {
      const { areaRows, stationRows, zoneRows, premisesRows } = await structureOf(
        db,
        actor,
        countryId,
      );
      const add = <T extends Located>(rows: T[]) => rows.map((r) => withAbilities(actor, r));
      return {
        areas: add(areaRows),
        dutyStations: add(stationRows),
        wardenZones: add(zoneRows),
        premises: add(premisesRows),
      };
    },

    /** Records whether a peacekeeping mission is deployed in a country [002 Annex B ¶16]. */
    async setPeacekeepingMission(actor: RequestActor, countryId: string, value: boolean) {
      const country = await findCountry(db, countryId);
      if (!country || !can(actor, 'structure.read', { countryId })) throw notFound('Country');
      assertWrite(actor, { countryId }, 'country');
      return audited(db, actor, async (tx) => {
        const [after] = await setPeacekeepingMission(tx, countryId, value);
        if (!after) throw notFound('Country');
        return {
          result: { peacekeepingMission: after.peacekeepingMission },
          audit: {
            action: 'country.peacekeeping_mission',
            entity: 'country',
            entityId: countryId,
            countryId,
            before: { peacekeepingMission: country.peacekeepingMission },
            after: { peacekeepingMission: after.peacekeepingMission },
          },
        };
      });
    },

    async createArea(
      actor: RequestActor,
      input: { countryId: string; name: string; kind: string },
    ) {
      const country = await findCountry(db, input.countryId);
      if (!country) throw invalid('countryId', 'unknown country');
      return create(actor, 'area', { countryId: country.id }, (tx) =>
        insertArea(tx, { ...input, isDesignatedArea: input.kind === 'designated_area' }),
      );
    },

    async updateArea(
      actor: RequestActor,
      id: string,
      patch: { name?: string | undefined; kind?: AreaKind | undefined },
    ) {
      return update(
        actor,
        'area',
        (tx) => findArea(tx, actor, id),
        (tx) =>
          updateArea(tx, id, {
            ...patch,
            ...(patch.kind ? { isDesignatedArea: patch.kind === 'designated_area' } : {}),
          }),
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
        insertStation(tx, { ...input, countryId: area.countryId }),
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
        (tx) => updateStation(tx, id, patch),
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
        (tx) => insertZone(tx, { ...input, countryId: station.countryId, areaId: station.areaId }),
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
        (tx) => updateZone(tx, id, patch),
      );
    },

    async createPremises(actor: RequestActor, input: Omit<PremisesInsert, 'countryId' | 'areaId'>) {
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
          insertPremises(tx, { ...input, countryId: station.countryId, areaId: station.areaId }),
      );
    },

    async updatePremises(
      actor: RequestActor,
      id: string,
      patch: Partial<Omit<PremisesInsert, 'countryId' | 'areaId' | 'dutyStationId'>>,
    ) {
      return update(
        actor,
        'premises',
        (tx) => visiblePremises(tx, actor, id),
        async (tx, before) => {
          await checkPremisesRefs(
            tx,
            actor,
            before.dutyStationId,
            patch.zoneId === undefined ? before.zoneId : patch.zoneId,
            patch.organizationId === undefined ? before.organizationId : patch.organizationId,
          );
          return updatePremises(tx, id, patch);
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
    if (organizationId && !(await organizationExists(ex, organizationId)))
      throw invalid('organizationId', 'unknown organization');
  }
}

export type StructureService = ReturnType<typeof createStructureService>;
