import { and, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { rowsOf, type Executor, type Tx } from '../db/client.ts';
import {
  areas,
  crises,
  crisisPeople,
  locationActivations,
  locationDelegations,
  people,
} from '../db/schema/index.ts';

type ActivationInsert = typeof locationActivations.$inferInsert;

/** A country's activations, newest first (at most `limit`), with their area's name. */
export function countryActivations(ex: Executor, countryId: string, limit = 50) {
  return ex
    .select({ a: locationActivations, areaName: areas.name })
    .from(locationActivations)
    .leftJoin(areas, eq(areas.id, locationActivations.areaId))
    .where(eq(locationActivations.countryId, countryId))
    .orderBy(desc(locationActivations.startsAt))
    .limit(limit);
}

export type ActivationRow = Awaited<ReturnType<typeof countryActivations>>[number];

/** One activation with its area's name. */
export async function findActivation(ex: Executor, id: string) {
  const [row] = await ex
    .select({ a: locationActivations, areaName: areas.name })
    .from(locationActivations)
    .leftJoin(areas, eq(areas.id, locationActivations.areaId))
    .where(eq(locationActivations.id, id));
  return row;
}

/** The activations of these countries that have not stopped by `at` (candidates; core decides). */
export function liveActivations(ex: Executor, countryIds: readonly string[], at: Date) {
  if (countryIds.length === 0) return Promise.resolve([]);
  return ex
    .select({ a: locationActivations, areaName: areas.name })
    .from(locationActivations)
    .leftJoin(areas, eq(areas.id, locationActivations.areaId))
    .where(
      and(
        inArray(locationActivations.countryId, [...countryIds]),
        lte(locationActivations.startsAt, at),
        gt(locationActivations.endsAt, at),
        isNull(locationActivations.endedAt),
      ),
    );
}

/**
 * The places a person is counted at: their own record's country and area, and the place of each
 * active crisis they are enrolled in.
 */
export async function placesOfPerson(ex: Executor, personId: string) {
  const own = await ex
    .select({ countryId: people.countryId, areaId: people.areaId })
    .from(people)
    .where(eq(people.id, personId));
  const enrolled = await ex
    .select({ countryId: crisisPeople.countryId, areaId: crisisPeople.areaId })
    .from(crisisPeople)
    .innerJoin(crises, eq(crises.id, crisisPeople.crisisId))
    .where(and(eq(crisisPeople.personId, personId), eq(crises.status, 'active')));
  return [...own, ...enrolled].flatMap((p) =>
    p.countryId ? [{ countryId: p.countryId, areaId: p.areaId ?? null }] : [],
  );
}

/** Where a crisis counts a person (copied at enrolment), or undefined when not enrolled. */
export async function enrolmentPlace(ex: Executor, crisisId: string, personId: string) {
  const [row] = await ex
    .select({ countryId: crisisPeople.countryId, areaId: crisisPeople.areaId })
    .from(crisisPeople)
    .where(and(eq(crisisPeople.crisisId, crisisId), eq(crisisPeople.personId, personId)));
  return row;
}

export async function insertActivation(tx: Tx, values: ActivationInsert) {
  const [row] = await tx.insert(locationActivations).values(values).returning();
  return row;
}

export async function endActivation(tx: Tx, id: string, at: Date, by: string) {
  const [row] = await tx
    .update(locationActivations)
    .set({ endedAt: at, endedBy: by, updatedAt: at })
    .where(and(eq(locationActivations.id, id), isNull(locationActivations.endedAt)))
    .returning();
  return row;
}

/**
 * Erases every precise position that no activation in force at `at` covers (the person's crisis
 * place: the whole country, or its area): after an activation's period, or when it is ended
 * early. Returns how many positions were erased.
 */
export async function erasePositionsOutsideActivations(ex: Executor, at: Date): Promise<number> {
  const erased = await rowsOf<unknown>(
    ex,
    sql`
    update ${crisisPeople} cp set latitude = null, longitude = null
     where cp.latitude is not null
       and not exists (
         select 1 from ${locationActivations} a
          where a.country_id = cp.country_id
            and (a.area_id is null or a.area_id = cp.area_id)
            and a.starts_at <= ${at} and a.ends_at > ${at} and a.ended_at is null)
    returning cp.id`,
  );
  return erased.length;
}

export async function isDelegated(ex: Executor, countryId: string): Promise<boolean> {
  const [row] = await ex
    .select({ countryId: locationDelegations.countryId })
    .from(locationDelegations)
    .where(eq(locationDelegations.countryId, countryId));
  return Boolean(row);
}

export async function setDelegation(tx: Tx, countryId: string, delegatedBy: string | null) {
  if (delegatedBy === null)
    await tx.delete(locationDelegations).where(eq(locationDelegations.countryId, countryId));
  else
    await tx
      .insert(locationDelegations)
      .values({ countryId, delegatedBy })
      .onConflictDoUpdate({
        target: locationDelegations.countryId,
        set: { delegatedBy, delegatedAt: new Date() },
      });
}
