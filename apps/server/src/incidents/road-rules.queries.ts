import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { roadSafetyRules } from '../db/schema/index.ts';

type RulesInsert = typeof roadSafetyRules.$inferInsert;

/** Just the penalty rules a country has set, if any. */
export async function storedRules(ex: Executor, countryId: string) {
  const [row] = await ex
    .select({ rules: roadSafetyRules.rules })
    .from(roadSafetyRules)
    .where(eq(roadSafetyRules.countryId, countryId));
  return row;
}

/** The road-safety rules row of a country, if it has set one. */
export async function findRules(ex: Executor, countryId: string) {
  const [row] = await ex
    .select()
    .from(roadSafetyRules)
    .where(eq(roadSafetyRules.countryId, countryId));
  return row;
}

/** Sets (inserts or replaces) a country's road-safety rules. */
export async function upsertRules(ex: Executor, values: RulesInsert) {
  await ex
    .insert(roadSafetyRules)
    .values(values)
    .onConflictDoUpdate({ target: roadSafetyRules.countryId, set: values });
}
