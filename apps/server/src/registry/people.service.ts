import { can, normalisePhone } from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { countryExists, findDutyStation, organizationExists } from './lookups.queries.ts';
import { audited } from '../db/tx.ts';
import {
  conflict,
  forbidden,
  invalid,
  invalidFields,
  notFound,
  postgresCode,
  UNIQUE_VIOLATION,
} from '../http/errors.ts';
import {
  areaInCountry,
  countryAlpha2,
  findPerson,
  findZone,
  insertListConfirmation,
  insertPerson,
  listPeople,
  setPersonFields,
  updatePerson,
  type PersonRow,
} from './people.queries.ts';
import { personKindIssues } from './people.rules.ts';
import type {
  MaipInput,
  PersonInput,
  PersonListFilter,
  PersonPatchInput,
} from './people.schema.ts';

function withAbilities(actor: RequestActor, p: PersonRow) {
  return { ...p, abilities: { canEdit: can(actor, 'personnel.write', keysOf(p)) } };
}

function keysOf(p: {
  id?: string;
  countryId: string;
  areaId: string;
  zoneId?: string | null;
  organizationId: string;
}) {
  return {
    countryId: p.countryId,
    areaId: p.areaId,
    zoneId: p.zoneId ?? null,
    organizationId: p.organizationId,
    personId: p.id ?? null,
  };
}

/**
 * Checks the references of a person record and derives its location keys from the duty station;
 * the phone number (when `checkPhone`) is normalised to E.164, read in the numbering plan of the
 * duty station's country when it has no international prefix.
 */
async function resolve(ex: Executor, actor: RequestActor, input: PersonInput, checkPhone = true) {
  const issues = personKindIssues(input);
  if (!(await organizationExists(ex, input.organizationId)))
    issues.push({ path: 'organizationId', message: 'unknown organization' });
  const station = await findDutyStation(ex, input.dutyStationId);
  if (!station) issues.push({ path: 'dutyStationId', message: 'unknown duty station' });
  if (input.zoneId) {
    const zone = await findZone(ex, input.zoneId);
    if (!zone || zone.dutyStationId !== input.dutyStationId) {
      issues.push({ path: 'zoneId', message: 'is not a warden zone of the duty station' });
    }
  }
  if (input.sponsorId) {
    const sponsor = await findPerson(ex, actor, input.sponsorId);
    if (!sponsor || sponsor.kind !== 'personnel') {
      issues.push({ path: 'sponsorId', message: 'unknown staff member' });
    } else if (sponsor.organizationId !== input.organizationId) {
      issues.push({
        path: 'organizationId',
        message: 'must be the organization of the sponsoring staff member',
      });
    }
  }
  let phone: string | null | undefined;
  if (checkPhone && input.phone && station) {
    const alpha2 = await countryAlpha2(ex, station.countryId);
    const result = normalisePhone(input.phone, alpha2);
    if (result.ok) phone = result.e164;
    else issues.push({ path: 'phone', message: result.reason });
  } else if (checkPhone) phone = input.phone ?? null;
  if (issues.length > 0 || !station) throw invalidFields(issues);
  return {
    countryId: station.countryId,
    areaId: station.areaId,
    ...(phone === undefined ? {} : { phone }),
  };
}

function values(
  input: PersonInput,
  keys: { countryId: string; areaId: string; phone?: string | null },
) {
  return {
    ...input,
    ...keys,
    staffId: input.staffId ?? null,
    zoneId: input.zoneId ?? null,
    sponsorId: input.kind === 'dependant' ? (input.sponsorId ?? null) : null,
  };
}

export function createPeopleService(db: Db) {
  return {
    list: (actor: RequestActor, filter: PersonListFilter) =>
      listPeople(db, actor, filter).then((r) => ({
        ...r,
        items: r.items.map((p) => withAbilities(actor, p)),
      })),

    async get(actor: RequestActor, id: string) {
      const p = await findPerson(db, actor, id);
      if (!p) throw notFound('Person');
      return withAbilities(actor, p);
    },

    async create(actor: RequestActor, input: PersonInput) {
      try {
        return await audited(db, actor, async (tx) => {
          const keys = await resolve(tx, actor, input);
          if (
            !can(actor, 'personnel.write', {
              ...keys,
              zoneId: input.zoneId ?? null,
              organizationId: input.organizationId,
            })
          ) {
            throw forbidden('You may not add personnel of this organization at this duty station');
          }
          const row = await insertPerson(tx, values(input, keys));
          if (!row) throw new Error('insert returned nothing');
          const created = await findPerson(tx, actor, row.id, 'personnel.write');
          if (!created) throw new Error('created person not readable');
          return {
            result: withAbilities(actor, created),
            audit: {
              action: 'person.create',
              entity: 'person',
              entityId: row.id,
              countryId: row.countryId,
              organizationId: row.organizationId,
              after: row,
            },
          };
        });
      } catch (e) {
        if (postgresCode(e) === UNIQUE_VIOLATION)
          throw conflict('staffId: this organization already has a person with this staff id', [
            { path: 'staffId', message: 'already exists in this organization' },
          ]);
        throw e;
      }
    },

    async update(actor: RequestActor, id: string, patch: PersonPatchInput) {
      try {
        return await audited(db, actor, async (tx) => {
          const before = await findPerson(tx, actor, id);
          if (!before) throw notFound('Person');
          if (!can(actor, 'personnel.write', keysOf(before)))
            throw forbidden('You may not change this person’s record');
          const merged = { ...before, ...patch } as PersonInput & { kind: string };
          const keys = await resolve(
            tx,
            actor,
            { ...merged, kind: before.kind as PersonInput['kind'] },
            patch.phone !== undefined,
          );
          if (
            !can(actor, 'personnel.write', {
              ...keys,
              zoneId: merged.zoneId ?? null,
              organizationId: merged.organizationId,
            })
          ) {
            throw forbidden('You may not move this person to that organization or duty station');
          }
          const row = await updatePerson(tx, id, { ...patch, ...keys, updatedAt: new Date() });
          const after = await findPerson(tx, actor, id);
          if (!row || !after) throw notFound('Person');
          const {
            organizationCode: _o,
            dutyStationName: _d,
            zoneName: _z,
            ...plainBefore
          } = before;
          return {
            result: withAbilities(actor, after),
            audit: {
              action: 'person.update',
              entity: 'person',
              entityId: id,
              countryId: row.countryId,
              organizationId: row.organizationId,
              before: plainBefore,
              after: row,
            },
          };
        });
      } catch (e) {
        if (postgresCode(e) === UNIQUE_VIOLATION)
          throw conflict('staffId: this organization already has a person with this staff id', [
            { path: 'staffId', message: 'already exists in this organization' },
          ]);
        throw e;
      }
    },

    /** Whereabouts are kept at area level (SPEC: precise positions only during an activated crisis). */
    async setWhereabouts(
      actor: RequestActor,
      id: string,
      w: { countryId: string; areaId: string | null; note: string | null },
    ) {
      return audited(db, actor, async (tx) => {
        const before = await findPerson(tx, actor, id);
        if (!before) throw notFound('Person');
        if (!can(actor, 'whereabouts.update', keysOf(before)))
          throw forbidden('You may not update this person’s whereabouts');
        if (!(await countryExists(tx, w.countryId))) throw invalid('countryId', 'unknown country');
        if (w.areaId) {
          if (!(await areaInCountry(tx, w.areaId, w.countryId)))
            throw invalid('areaId', 'is not an area of that country');
        }
        const set = {
          whereaboutsCountryId: w.countryId,
          whereaboutsAreaId: w.areaId,
          whereaboutsNote: w.note,
          whereaboutsUpdatedAt: new Date(),
        };
        await setPersonFields(tx, id, set);
        const after = await findPerson(tx, actor, id);
        if (!after) throw notFound('Person');
        return {
          result: withAbilities(actor, after),
          audit: {
            action: 'person.whereabouts',
            entity: 'person',
            entityId: id,
            countryId: before.countryId,
            organizationId: before.organizationId,
            before: {
              countryId: before.whereaboutsCountryId,
              areaId: before.whereaboutsAreaId,
              note: before.whereaboutsNote,
            },
            after: w,
          },
        };
      });
    },

    /**
     * Records the person's malicious-acts insurance coverage (the last day it is valid, or null
     * for none known), which every clearance checks against the stay [004 ¶27]. By those who
     * keep the person's record (`personnel.write`).
     */
    async setMaip(actor: RequestActor, id: string, input: MaipInput) {
      return audited(db, actor, async (tx) => {
        const before = await findPerson(tx, actor, id);
        if (!before) throw notFound('Person');
        if (!can(actor, 'personnel.write', keysOf(before)))
          throw forbidden('You may not record this person’s insurance coverage');
        await setPersonFields(tx, id, { maipValidUntil: input.validUntil, updatedAt: new Date() });
        const after = await findPerson(tx, actor, id);
        if (!after) throw notFound('Person');
        return {
          result: withAbilities(actor, after),
          audit: {
            action: 'person.maip',
            entity: 'person',
            entityId: id,
            countryId: before.countryId,
            organizationId: before.organizationId,
            before: { maipValidUntil: before.maipValidUntil },
            after: { maipValidUntil: input.validUntil },
          },
        };
      });
    },

    /** A representative confirms their organization's personnel list in a country is current. */
    async confirmList(actor: RequestActor, countryId: string, organizationId: string) {
      if (
        !can(actor, 'personnel.write', { countryId, organizationId, areaId: null, zoneId: null })
      ) {
        throw forbidden(
          'Only those who keep this organization’s personnel list in this country may confirm it',
        );
      }
      return audited(db, actor, async (tx) => {
        const row = await insertListConfirmation(tx, {
          countryId,
          organizationId,
          confirmedBy: actor.userId,
        });
        if (!row) throw new Error('insert returned nothing');
        return {
          result: row,
          audit: {
            action: 'personnel_list.confirm',
            entity: 'personnel_list',
            entityId: `${organizationId}:${countryId}`,
            countryId,
            organizationId,
            after: row,
          },
        };
      });
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
