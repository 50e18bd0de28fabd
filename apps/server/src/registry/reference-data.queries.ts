import { count } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { countries, organizations } from '../db/schema/index.ts';

type CountryInsert = typeof countries.$inferInsert;
type OrganizationInsert = typeof organizations.$inferInsert;

/** How many countries and organizations are stored. */
export async function referenceCounts(ex: Executor) {
  const [[c], [o]] = await Promise.all([
    ex.select({ n: count() }).from(countries),
    ex.select({ n: count() }).from(organizations),
  ]);
  return { countries: c?.n ?? 0, organizations: o?.n ?? 0 };
}

/** Adds the countries and organizations not stored yet; how many of each were added. */
export async function insertReferenceRows(
  ex: Executor,
  countryRows: CountryInsert[],
  organizationRows: OrganizationInsert[],
) {
  const addedCountries = await ex
    .insert(countries)
    .values(countryRows)
    .onConflictDoNothing()
    .returning({ id: countries.id });
  const addedOrgs = await ex
    .insert(organizations)
    .values(organizationRows)
    .onConflictDoNothing()
    .returning({ id: organizations.id });
  return { countries: addedCountries.length, organizations: addedOrgs.length };
}
