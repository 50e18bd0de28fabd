import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  areas,
  countries,
  documents,
  dutyStations,
  organizations,
  people,
  wardenZones,
} from '../db/schema/index.ts';

// Rows of the registry looked up by id, for the capabilities that check the references they are
// given (a country, an area, a duty station, an organization, a person, a document).

export async function findCountry(ex: Executor, id: string) {
  const [country] = await ex.select().from(countries).where(eq(countries.id, id));
  return country;
}

export async function countryExists(ex: Executor, id: string) {
  const [country] = await ex
    .select({ id: countries.id })
    .from(countries)
    .where(eq(countries.id, id));
  return Boolean(country);
}

export async function findArea(ex: Executor, id: string) {
  const [area] = await ex.select().from(areas).where(eq(areas.id, id));
  return area;
}

export async function findDutyStation(ex: Executor, id: string) {
  const [station] = await ex.select().from(dutyStations).where(eq(dutyStations.id, id));
  return station;
}

export async function organizationExists(ex: Executor, id: string) {
  const [org] = await ex
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, id));
  return Boolean(org);
}

/** A person's row, whoever asks (the caller checks the scope). */
export async function findPersonRow(ex: Executor, id: string) {
  const [person] = await ex.select().from(people).where(eq(people.id, id));
  return person;
}

/** Of the given organization ids, those that exist. */
export async function knownOrganizationIds(ex: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const found = await ex
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
  return new Set(found.map((o) => o.id));
}

/** A stored document's id and country (null for one without a country), whoever asks. */
export async function findDocumentRef(ex: Executor, id: string) {
  const [doc] = await ex
    .select({ id: documents.id, countryId: documents.countryId })
    .from(documents)
    .where(eq(documents.id, id));
  return doc;
}

/** An area of the country (undefined when it is not one of the country's). */
export async function findAreaIn(ex: Executor, countryId: string, id: string) {
  const [row] = await ex
    .select()
    .from(areas)
    .where(and(eq(areas.id, id), eq(areas.countryId, countryId)));
  return row;
}

/** A duty station of the country. */
export async function findStationIn(ex: Executor, countryId: string, id: string) {
  const [row] = await ex
    .select()
    .from(dutyStations)
    .where(and(eq(dutyStations.id, id), eq(dutyStations.countryId, countryId)));
  return row;
}

/** A warden zone of the country. */
export async function findZoneIn(ex: Executor, countryId: string, id: string) {
  const [row] = await ex
    .select()
    .from(wardenZones)
    .where(and(eq(wardenZones.id, id), eq(wardenZones.countryId, countryId)));
  return row;
}
