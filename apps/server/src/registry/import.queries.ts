import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { dutyStations, organizations, people, wardenZones } from '../db/schema/index.ts';

export type PersonInsert = typeof people.$inferInsert;
export type PersonRecord = typeof people.$inferSelect;

/** What an import's rows name: every organization's code, the country's stations and zones. */
export async function importReferences(ex: Executor, countryId: string) {
  const [orgRows, stationRows, zoneRows] = await Promise.all([
    ex.select({ id: organizations.id, code: organizations.code }).from(organizations),
    ex.select().from(dutyStations).where(eq(dutyStations.countryId, countryId)),
    ex.select().from(wardenZones).where(eq(wardenZones.countryId, countryId)),
  ]);
  return { orgRows, stationRows, zoneRows };
}

/** Personnel with these staff ids, in any country. */
export function personnelByStaffIds(ex: Executor, staffIds: string[]) {
  return ex
    .select()
    .from(people)
    .where(and(eq(people.kind, 'personnel'), inArray(people.staffId, staffIds)));
}

function toSnake(k: string): string {
  return k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * Inserts the people, or, for one already stored with the same organization and staff id,
 * overwrites the given columns (and the country); the rows as stored.
 */
export function upsertPersonnel(
  ex: Executor,
  rows: PersonInsert[],
  columns: readonly (keyof PersonInsert & string)[],
) {
  return ex
    .insert(people)
    .values(rows)
    .onConflictDoUpdate({
      target: [people.organizationId, people.staffId],
      targetWhere: sql`${people.staffId} is not null`,
      set: {
        ...Object.fromEntries(
          [...columns, 'countryId'].map((k) => [k, sql.raw(`excluded.${toSnake(k)}`)]),
        ),
        updatedAt: sql`now()`,
      },
    })
    .returning();
}
