import {
  and,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  isNull,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import { findById } from '../db/by-id.queries.ts';
import { rowsPart, type Part } from '../db/parts.ts';
import { among } from './travel.queries.ts';
import {
  areas,
  countries,
  crises,
  dutyStations,
  securityLevelDecisions,
  travelAdvisories,
} from '../db/schema/index.ts';

export type AdvisoryRow = typeof travelAdvisories.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The advisory is still valid on `day` (or has no end). */
const validOnOrAfter = (day: string) =>
  or(isNull(travelAdvisories.validUntil), gte(travelAdvisories.validUntil, day));

/** The places, countries and security level decisions the advisories name, in four queries. */
export async function advisoryPlaces(ex: Executor, locationIds: string[], countryIds: string[]) {
  const [stations, areaRows, countryRows, levels] = await Promise.all([
    ex.select().from(dutyStations).where(inArray(dutyStations.id, locationIds)),
    ex.select().from(areas).where(inArray(areas.id, locationIds)),
    ex.select().from(countries).where(inArray(countries.id, countryIds)),
    ex
      .select()
      .from(securityLevelDecisions)
      .where(inArray(securityLevelDecisions.countryId, countryIds))
      .orderBy(desc(securityLevelDecisions.effectiveFrom)),
  ]);
  return { stations, areaRows, countryRows, levels };
}

export function findAdvisory(ex: Executor, id: string): Promise<AdvisoryRow | undefined> {
  return findById(ex, travelAdvisories, id);
}

/** A country by its id or its ISO alpha-2 code (any case). */
export async function countryByIdOrCode(ex: Executor, key: string) {
  const [country] = await ex
    .select()
    .from(countries)
    .where(
      UUID.test(key)
        ? eq(countries.id, key)
        : sql`upper(${countries.alpha2}) = ${key.toUpperCase()}`,
    );
  return country;
}

/** A country's advisories in force on `day` or coming, newest first (200 at most). */
export function currentAdvisories(
  ex: Executor,
  countryId: string,
  day: string,
): Promise<AdvisoryRow[]> {
  return ex
    .select()
    .from(travelAdvisories)
    .where(and(eq(travelAdvisories.countryId, countryId), validOnOrAfter(day)))
    .orderBy(desc(travelAdvisories.validFrom), desc(travelAdvisories.createdAt))
    .limit(200);
}

/** Advisories in force on `day` or coming, of a country or a location (200 at most). */
export function listAdvisories(
  ex: Executor,
  filter: { countryId?: string; locationId?: string },
  day: string,
): Promise<AdvisoryRow[]> {
  const conditions: (SQL | undefined)[] = [validOnOrAfter(day)];
  if (filter.countryId) conditions.push(eq(travelAdvisories.countryId, filter.countryId));
  if (filter.locationId)
    conditions.push(
      or(
        eq(travelAdvisories.locationId, filter.locationId),
        eq(travelAdvisories.areaId, filter.locationId),
      ),
    );
  return ex
    .select()
    .from(travelAdvisories)
    .where(and(...conditions))
    .orderBy(desc(travelAdvisories.validFrom))
    .limit(200);
}

export async function insertAdvisory(tx: Tx, values: typeof travelAdvisories.$inferInsert) {
  const [row] = await tx.insert(travelAdvisories).values(values).returning();
  return row;
}

const crisisFields = {
  id: crises.id,
  title: crises.title,
  countryId: crises.countryId,
  areaId: crises.areaId,
};
const advisoryColumns = getTableColumns(travelAdvisories);

/** The active crises of some countries, as a part of one statement (`readParts`). */
export function activeCrisesPart(countryIds: readonly string[] | SQL) {
  return rowsPart(
    crisisFields,
    sql`from ${crises} where ${among(crises.countryId, countryIds)} and ${crises.status} = 'active'`,
  );
}

/** The advisories of some locations valid at some time between two days, as a part. */
export function advisoriesOverPart(
  locationIds: readonly string[] | SQL,
  from: string | SQL,
  until: string | SQL,
): Part<AdvisoryRow[]> {
  return rowsPart(
    advisoryColumns,
    sql`from ${travelAdvisories} where ${among(travelAdvisories.locationId, locationIds)}
      and ${travelAdvisories.validFrom} <= ${until}
      and (${travelAdvisories.validUntil} is null or ${travelAdvisories.validUntil} >= ${from})`,
  );
}
