import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import { appointments, checkinSchedules, people, travelRequests } from '../db/schema/index.ts';

export type ScheduleRow = typeof checkinSchedules.$inferSelect;
type ScheduleInsert = typeof checkinSchedules.$inferInsert;

/** A schedule by id, whoever asks (the caller checks who may see it). */
export async function findSchedule(ex: Executor, id: string) {
  const [row] = await ex.select().from(checkinSchedules).where(eq(checkinSchedules.id, id));
  return row;
}

export async function updateSchedule(tx: Tx, id: string, set: Partial<ScheduleInsert>) {
  const [row] = await tx
    .update(checkinSchedules)
    .set(set)
    .where(eq(checkinSchedules.id, id))
    .returning();
  return row;
}

export async function insertSchedule(tx: Tx, values: ScheduleInsert) {
  const [row] = await tx.insert(checkinSchedules).values(values).returning();
  return row;
}

/** A travel request by id, whoever asks (the caller checks it is the person's). */
export async function travelRequestById(ex: Executor, id: string) {
  const [tr] = await ex.select().from(travelRequests).where(eq(travelRequests.id, id));
  return tr;
}

/** A person's active schedules, soonest first. */
export function activeSchedulesOf(ex: Executor, personId: string) {
  return ex
    .select()
    .from(checkinSchedules)
    .where(and(eq(checkinSchedules.personId, personId), eq(checkinSchedules.status, 'active')))
    .orderBy(asc(checkinSchedules.startsAt));
}

/**
 * The active schedules started by `now` and not ended a day before it (in a country, or all),
 * with their person's name and phone.
 */
export function recentSchedules(ex: Executor, now: Date, countryId?: string) {
  return ex
    .select({
      s: checkinSchedules,
      given: people.givenName,
      family: people.familyName,
      phone: people.phone,
    })
    .from(checkinSchedules)
    .innerJoin(people, eq(people.id, checkinSchedules.personId))
    .where(
      and(
        eq(checkinSchedules.status, 'active'),
        lte(checkinSchedules.startsAt, now),
        gte(checkinSchedules.endsAt, sql`${now.toISOString()}::timestamptz - interval '1 day'`),
        countryId ? eq(checkinSchedules.countryId, countryId) : undefined,
      ),
    );
}

/** The wardens of a zone (when given) and the ASCs of an area in force on a day. */
export function wardensAndAscs(
  tx: Tx,
  place: { zoneId: string | null; areaId: string },
  day: string,
) {
  return tx
    .select({ personId: appointments.personId })
    .from(appointments)
    .where(
      and(
        or(
          place.zoneId
            ? and(eq(appointments.role, 'WARDEN'), eq(appointments.zoneId, place.zoneId))
            : undefined,
          and(eq(appointments.role, 'ASC'), eq(appointments.areaId, place.areaId)),
        ),
        lte(appointments.startsOn, day),
        or(isNull(appointments.endsOn), gte(appointments.endsOn, day)),
      ),
    );
}
