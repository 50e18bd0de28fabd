import { scopesFor, type Actor, type Permission } from '@fieldsafe/core';
import type { Executor } from '../db/client.ts';
import { invalid, notFound } from '../http/errors.ts';
import { findAreaIn, findCountry, findStationIn, findZoneIn } from '../registry/lookups.queries.ts';

/** A country, and optionally an area, duty station or warden zone of it, checked to exist. */
export interface PlaceKeys {
  countryId: string;
  areaId?: string | null;
  dutyStationId?: string | null;
  zoneId?: string | null;
}

/**
 * Checks the keys of a place and fills in the area of a station or zone. An unknown country is a
 * 404; an area, station or zone not in the country is a 400 naming the field.
 */
export async function resolvePlace(ex: Executor, p: PlaceKeys) {
  const country = await findCountry(ex, p.countryId);
  if (!country) throw notFound('Country');
  let areaId = p.areaId ?? null;
  if (p.zoneId) {
    const z = await findZoneIn(ex, p.countryId, p.zoneId);
    if (!z) throw invalid('zoneId', 'unknown warden zone in this country');
    if (areaId && areaId !== z.areaId) throw invalid('zoneId', 'is not in the area');
    areaId = z.areaId;
  }
  if (p.dutyStationId) {
    const s = await findStationIn(ex, p.countryId, p.dutyStationId);
    if (!s) throw invalid('dutyStationId', 'unknown duty station in this country');
    if (areaId && areaId !== s.areaId) throw invalid('dutyStationId', 'is not in the area');
    areaId = s.areaId;
  }
  let areaName: string | null = null;
  if (areaId) {
    const a = await findAreaIn(ex, p.countryId, areaId);
    if (!a) throw invalid('areaId', 'unknown area in this country');
    areaName = a.name;
  }
  return {
    country,
    countryId: p.countryId,
    areaId,
    areaName,
    dutyStationId: p.dutyStationId ?? null,
    zoneId: p.zoneId ?? null,
  };
}

/** Whether the actor holds a permission anywhere in a country (country, area or zone scope). */
export function holdsIn(actor: Actor, permission: Permission, countryId: string): boolean {
  return scopesFor(actor, permission).some(
    (s) => s.kind === 'system' || ('countryId' in s && s.countryId === countryId),
  );
}
