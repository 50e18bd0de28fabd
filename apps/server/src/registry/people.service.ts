import { can, normalisePhone } from '@fieldsafe/core';
import { and, eq } from 'drizzle-orm';
import type { RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import {
  areas,
  countries,
  dutyStations,
  organizations,
  people,
  personnelListConfirmations,
  wardenZones,
} from '../db/schema/index.ts';
import {
  conflict,
  forbidden,
  invalid,
  invalidFields,
  notFound,
  postgresCode,
  UNIQUE_VIOLATION,
} from '../http/errors.ts';
import { findPerson, listPeople, type PersonRow } from './people.queries.ts';
import { personKindIssues } from './people.rules.ts';
import type { PersonInput, PersonListFilter, PersonPatchInput } from './people.schema.ts';

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
  const [org] = await ex
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, input.organizationId));
  if (!org) issues.push({ path: 'organizationId', message: 'unknown organization' });
  const [station] = await ex
    .select()
    .from(dutyStations)
    .where(eq(dutyStations.id, input.dutyStationId));
  if (!station) issues.push({ path: 'dutyStationId', message: 'unknown duty station' });
  if (input.zoneId) {
    const [zone] = await ex.select().from(wardenZones).where(eq(wardenZones.id, input.zoneId));
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
    const [country] = await ex
      .select({ alpha2: countries.alpha2 })
      .from(countries)
      .where(eq(countries.id, station.countryId));
    const result = normalisePhone(input.phone, country?.alpha2);
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
          const [row] = await tx.insert(people).values(values(input, keys)).returning();
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
          const [row] = await tx
            .update(people)
            .set({ ...patch, ...keys, updatedAt: new Date() })
            .where(eq(people.id, id))
            .returning();
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
        const [country] = await tx
          .select({ id: countries.id })
          .from(countries)
          .where(eq(countries.id, w.countryId));
        if (!country) throw invalid('countryId', 'unknown country');
        if (w.areaId) {
          const [area] = await tx
            .select()
            .from(areas)
            .where(and(eq(areas.id, w.areaId), eq(areas.countryId, w.countryId)));
          if (!area) throw invalid('areaId', 'is not an area of that country');
        }
        const set = {
          whereaboutsCountryId: w.countryId,
          whereaboutsAreaId: w.areaId,
          whereaboutsNote: w.note,
          whereaboutsUpdatedAt: new Date(),
        };
        await tx.update(people).set(set).where(eq(people.id, id));
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
        const [row] = await tx
          .insert(personnelListConfirmations)
          .values({ countryId, organizationId, confirmedBy: actor.userId })
          .returning();
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
