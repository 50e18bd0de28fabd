import type { Db } from '../db/client.ts';
import { toCsv } from '../common/csv.ts';
import { IMPORT_COLUMNS } from './import.schema.ts';
import { peopleForExport } from './people.queries.ts';

const text = (v: string | boolean | null): string =>
  v === null ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;

/** The country's personnel in the import format, so an export can be edited and imported back. */
export async function exportPersonnelCsv(db: Db, countryId: string): Promise<string> {
  const rows = await peopleForExport(db, countryId);
  return toCsv([
    [...IMPORT_COLUMNS],
    ...rows
      .filter(({ p }) => p.kind === 'personnel')
      .map(({ p, org, station, zone }) =>
        [
          p.staffId,
          org,
          p.givenName,
          p.familyName,
          p.category,
          p.contractType,
          p.staffType,
          p.managementLevel,
          p.email,
          p.phone,
          p.radioCallSign,
          p.gender,
          station,
          zone,
          p.essential,
          p.status,
        ].map(text),
      ),
  ]);
}
