import { scopesFor, type Permission } from '@fieldsafe/core';
import type { FastifyRequest } from 'fastify';
import type { RequestActor } from './actor.ts';
import { notFound } from '../http/errors.ts';

/**
 * Whether the actor holds `permission` somewhere in the country: system- or organization-wide, or
 * through an appointment (country, area, zone, organization in the country) or their home country.
 */
export function readsCountry(actor: RequestActor, permission: Permission, countryId: string) {
  return scopesFor(actor, permission).some((s) => {
    switch (s.kind) {
      case 'system':
      case 'organization':
        return true;
      case 'self':
        return actor.homeCountryId === countryId;
      default:
        return s.countryId === countryId;
    }
  });
}

/**
 * preHandler of a country report (`?countryId=`): a country outside the caller's scope is 404,
 * as if it did not exist, rather than an empty report.
 */
export function countryReport(permission: Permission) {
  return async (req: FastifyRequest) => {
    const countryId = (req.query as { countryId?: unknown } | undefined)?.countryId;
    if (typeof countryId !== 'string' || !req.actor) return;
    if (!readsCountry(req.actor, permission, countryId)) throw notFound('Country');
  };
}
