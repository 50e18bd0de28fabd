import type { Actor } from '@fieldsafe/core';
import { and, asc, eq, gte, inArray, isNull } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor, Tx } from '../db/client.ts';
import { people, riskAssessments, staffCeilings, travelLegs } from '../db/schema/index.ts';

export type CeilingRow = typeof staffCeilings.$inferSelect;

/** A person whose travel the actor may read (themselves always). */
export async function findTravellingPerson(ex: Executor, actor: Actor, personId: string) {
  const [person] = await ex
    .select()
    .from(people)
    .where(
      and(
        eq(people.id, personId),
        personId === actor.personId
          ? undefined
          : scopeWhere(actor, 'travel.read', {
              countryId: people.countryId,
              areaId: people.areaId,
              zoneId: people.zoneId,
              organizationId: people.organizationId,
              personId: people.id,
            }),
      ),
    );
  return person;
}

/** A person's approved or pending legs not over on `day`, by arrival. */
export function legsAhead(ex: Executor, personId: string, day: string) {
  return ex
    .select()
    .from(travelLegs)
    .where(
      and(
        eq(travelLegs.personId, personId),
        gte(travelLegs.departureOn, day),
        inArray(travelLegs.status, ['approved', 'pending']),
      ),
    )
    .orderBy(asc(travelLegs.arrivalOn));
}

/** The staff ceiling of a location (none or one). */
export function ceilingsAt(ex: Executor, locationId: string): Promise<CeilingRow[]> {
  return ex.select().from(staffCeilings).where(eq(staffCeilings.locationId, locationId));
}

export function ceilingsOfCountry(ex: Executor, countryId: string): Promise<CeilingRow[]> {
  return ex.select().from(staffCeilings).where(eq(staffCeilings.countryId, countryId));
}

/** The current risk assessments of some locations (`kind:id` keys). */
export function currentAssessments(ex: Executor, locationKeys: string[]) {
  return ex
    .select({ id: riskAssessments.id, key: riskAssessments.locationKey })
    .from(riskAssessments)
    .where(
      and(inArray(riskAssessments.locationKey, locationKeys), isNull(riskAssessments.supersededAt)),
    );
}

/** Sets a location's staff ceiling (insert or replace). */
export async function upsertCeiling(
  tx: Tx,
  locationId: string,
  countryId: string,
  input: { ceiling: number; appliesTo: 'all' | 'international' },
) {
  const [row] = await tx
    .insert(staffCeilings)
    .values({ locationId, countryId, ...input })
    .onConflictDoUpdate({
      target: staffCeilings.locationId,
      set: { ...input, updatedAt: new Date() },
    })
    .returning();
  return row;
}

export async function deleteCeiling(tx: Tx, locationId: string) {
  const [before] = await tx
    .delete(staffCeilings)
    .where(eq(staffCeilings.locationId, locationId))
    .returning();
  return before;
}
