import {
  activationCovering,
  activationInForce,
  activationIssues,
  mayActivateLocation,
  mayDelegateLocation,
} from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, invalid, invalidFields, notFound } from '../http/errors.ts';
import { findAreaIn, countryExists } from '../registry/lookups.queries.ts';
import { reaches } from '../wellbeing/support.queries.ts';
import type { ActivationInput } from './location.schema.ts';
import {
  countryActivations,
  endActivation,
  enrolmentPlace,
  erasePositionsOutsideActivations,
  findActivation,
  insertActivation,
  isDelegated,
  liveActivations,
  placesOfPerson,
  setDelegation,
  type ActivationRow,
} from './location.queries.ts';

function present(r: ActivationRow, now: Date) {
  const { createdAt: _c, updatedAt: _u, activatedByUserId: _by, ...a } = r.a;
  return { ...a, areaName: r.areaName, inForce: activationInForce(a, now) };
}

/**
 * Whether a position sent with a crisis check-in may be kept: an activation in force at `at`
 * covers the place where the crisis counts the person [SPEC "Across everything"].
 */
export async function positionCollectableFor(
  ex: Executor,
  crisisId: string,
  personId: string,
  at: Date,
): Promise<boolean> {
  const place = await enrolmentPlace(ex, crisisId, personId);
  if (!place) return false;
  const live = (await liveActivations(ex, [place.countryId], at)).map((r) => r.a);
  return activationCovering(live, [place], at) !== null;
}

/** Erases the positions no activation in force covers any longer (the periodic job). */
export function erasePositionsOutside(db: Db, at = new Date()) {
  return erasePositionsOutsideActivations(db, at);
}

/**
 * Precise location under the DO's control: the DO (or the CSA by delegation) activates it for an
 * area or the whole country and a period; the people there see it, positions are collected only
 * then, and erased after [SPEC "Across everything"].
 */
export function createLocationService(db: Db) {
  async function mayActivate(actor: RequestActor, countryId: string, ex: Executor = db) {
    return mayActivateLocation(actor, countryId, await isDelegated(ex, countryId));
  }

  /** Everyone who sees the country's security structure sees when precise location is active. */
  async function mayRead(actor: RequestActor, countryId: string) {
    return reaches(actor, 'structure.read', countryId) || (await mayActivate(actor, countryId));
  }

  return {
    async list(actor: RequestActor, countryId: string) {
      if (!(await mayRead(actor, countryId))) throw notFound('Country');
      const now = new Date();
      const delegatedToCsa = await isDelegated(db, countryId);
      return {
        countryId,
        items: (await countryActivations(db, countryId)).map((r) => present(r, now)),
        delegatedToCsa,
        abilities: {
          canActivate: mayActivateLocation(actor, countryId, delegatedToCsa),
          canDelegate: mayDelegateLocation(actor, countryId),
        },
      };
    },

    async activate(actor: RequestActor, countryId: string, input: ActivationInput) {
      if (!(await mayRead(actor, countryId))) throw notFound('Country');
      if (!(await mayActivate(actor, countryId)))
        throw forbidden('Only the DO, or the CSA by delegation, activates precise location');
      const now = new Date();
      const period = { startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt) };
      const issues = activationIssues(period, now);
      if (issues.length) throw invalidFields(issues);
      const id = await audited(db, actor, async (tx) => {
        if (!(await countryExists(tx, countryId))) throw notFound('Country');
        if (input.areaId && !(await findAreaIn(tx, countryId, input.areaId)))
          throw invalid('areaId', 'is not an area of this country');
        const row = await insertActivation(tx, {
          countryId,
          areaId: input.areaId,
          ...period,
          reason: input.reason,
          activatedBy: actor.label,
          activatedByUserId: actor.userId,
        });
        if (!row) throw new Error('insert returned nothing');
        return {
          result: row.id,
          audit: {
            action: 'location.activate',
            entity: 'location_activation',
            entityId: row.id,
            countryId,
            after: row,
          },
        };
      });
      const row = await findActivation(db, id);
      if (!row) throw notFound('Activation');
      return present(row, new Date());
    },

    /** Ends an activation early; positions it no longer covers are erased at once. */
    async end(actor: RequestActor, id: string) {
      const found = await findActivation(db, id);
      if (!found || !(await mayRead(actor, found.a.countryId))) throw notFound('Activation');
      const countryId = found.a.countryId;
      if (!(await mayActivate(actor, countryId)))
        throw forbidden('Only the DO, or the CSA by delegation, ends precise location');
      await audited(db, actor, async (tx) => {
        const now = new Date();
        const row = await endActivation(tx, id, now, actor.label);
        if (!row) throw conflict('This activation has already ended');
        const erased = await erasePositionsOutsideActivations(tx, now);
        return {
          result: null,
          audit: {
            action: 'location.end',
            entity: 'location_activation',
            entityId: id,
            countryId,
            before: { endedAt: null },
            after: { endedAt: row.endedAt, endedBy: row.endedBy, positionsErased: erased },
          },
        };
      });
      const row = await findActivation(db, id);
      if (!row) throw notFound('Activation');
      return present(row, new Date());
    },

    /** The DO delegates (or takes back) activating precise location to the country's CSA. */
    async delegate(actor: RequestActor, countryId: string, delegated: boolean) {
      if (!(await mayRead(actor, countryId))) throw notFound('Country');
      if (!mayDelegateLocation(actor, countryId))
        throw forbidden('Only the DO delegates activating precise location to the CSA');
      await audited(db, actor, async (tx) => {
        const before = await isDelegated(tx, countryId);
        await setDelegation(tx, countryId, delegated ? actor.label : null);
        return {
          result: null,
          audit: {
            action: 'location.delegate',
            entity: 'country',
            entityId: countryId,
            countryId,
            before: { delegatedToCsa: before },
            after: { delegatedToCsa: delegated },
          },
        };
      });
      return this.list(actor, countryId);
    },

    /** The activation in force where the signed-in person is counted, if any. */
    async mine(actor: RequestActor) {
      if (!actor.personId) return { active: null };
      const places = await placesOfPerson(db, actor.personId);
      const now = new Date();
      const live = await liveActivations(db, [...new Set(places.map((p) => p.countryId))], now);
      const found = live.find((r) => activationCovering([r.a], places, now));
      return { active: found ? present(found, now) : null };
    },
  };
}

export type LocationService = ReturnType<typeof createLocationService>;
