import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { insertReferenceRows, referenceCounts } from './reference-data.queries.ts';
import countryData from './data/countries.json' with { type: 'json' };
import organizationData from './data/organizations.json' with { type: 'json' };

/** Loads ISO 3166 countries and UNSMS organizations once; later runs add only what is new. */
export async function loadReferenceData(
  db: Db,
): Promise<{ countries: number; organizations: number }> {
  const stored = await referenceCounts(db);
  if (stored.countries >= countryData.length && stored.organizations >= organizationData.length) {
    return { countries: 0, organizations: 0 };
  }
  return audited(db, SYSTEM_ACTOR, async (tx) => {
    const result = await insertReferenceRows(
      tx,
      countryData,
      organizationData.map((x) => ({ ...x, nameFr: x.nameFr ?? null })),
    );
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
