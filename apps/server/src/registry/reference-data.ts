import { count } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { countries, organizations } from '../db/schema/index.ts';
import countryData from './data/countries.json' with { type: 'json' };
import organizationData from './data/organizations.json' with { type: 'json' };

/** Loads ISO 3166 countries and UNSMS organizations once; later runs add only what is new. */
export async function loadReferenceData(
  db: Db,
): Promise<{ countries: number; organizations: number }> {
  const [[c], [o]] = await Promise.all([
    db.select({ n: count() }).from(countries),
    db.select({ n: count() }).from(organizations),
  ]);
  if ((c?.n ?? 0) >= countryData.length && (o?.n ?? 0) >= organizationData.length) {
    return { countries: 0, organizations: 0 };
  }
  return audited(db, SYSTEM_ACTOR, async (tx) => {
    const addedCountries = await tx
      .insert(countries)
      .values(countryData)
      .onConflictDoNothing()
      .returning({ id: countries.id });
    const addedOrgs = await tx
      .insert(organizations)
      .values(organizationData.map((x) => ({ ...x, nameFr: x.nameFr ?? null })))
      .onConflictDoNothing()
      .returning({ id: organizations.id });
    const result = { countries: addedCountries.length, organizations: addedOrgs.length };
    return {
      result,
      audit: {
        action: 'reference_data.load',
        entity: 'reference_data',
        entityId: 'iso3166+unsms',
        after: result,
      },
    };
  });
}
