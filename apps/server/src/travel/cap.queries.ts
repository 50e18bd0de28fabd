import { and, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  areas,
  countries,
  dutyStations,
  securityLevelDecisions,
  travelAdvisories,
} from '../db/schema/index.ts';

export type AdvisoryRow = typeof travelAdvisories.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

export async function findAdvisory(ex: Executor, id: string): Promise<AdvisoryRow | undefined> {
  const [row] = await ex.select().from(travelAdvisories).where(eq(travelAdvisories.id, id));
  return row;
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
    .where(
      and(
        eq(travelAdvisories.countryId, countryId),
        or(isNull(travelAdvisories.validUntil), gte(travelAdvisories.validUntil, day)),
      ),
    )
    .orderBy(desc(travelAdvisories.validFrom), desc(travelAdvisories.createdAt))
    .limit(200);
}
