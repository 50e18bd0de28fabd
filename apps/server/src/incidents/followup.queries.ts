import { and, asc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { RequestActor } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import { findById } from '../db/by-id.queries.ts';
import {
  drivers,
  drivingViolations,
  incidentReviews,
  incidents,
  lessons,
  people,
  vehicles,
} from '../db/schema/index.ts';
import { incidentVisible } from './incident.queries.ts';

export type LessonRow = typeof lessons.$inferSelect;
type ReviewInsert = typeof incidentReviews.$inferInsert;
type LessonInsert = typeof lessons.$inferInsert;
type DriverInsert = typeof drivers.$inferInsert;

// ---- Reviews and lessons ----

/** The reviews of some incidents, oldest first. */
export function reviewsOfIncidents(ex: Executor, incidentIds: string[]) {
  return ex
    .select()
    .from(incidentReviews)
    .where(inArray(incidentReviews.incidentId, incidentIds))
    .orderBy(asc(incidentReviews.openedOn));
}

/** The lessons of some reviews, by due date. */
export function lessonsOfReviews(ex: Executor, reviewIds: string[]) {
  return ex
    .select()
    .from(lessons)
    .where(inArray(lessons.reviewId, reviewIds))
    .orderBy(asc(lessons.dueOn));
}

export function findReview(ex: Executor, id: string) {
  return findById(ex, incidentReviews, id);
}

export async function insertReview(ex: Executor, values: ReviewInsert) {
  const [row] = await ex.insert(incidentReviews).values(values).returning();
  return row;
}

export async function updateReviewRow(ex: Executor, id: string, set: Partial<ReviewInsert>) {
  const [row] = await ex
    .update(incidentReviews)
    .set(set)
    .where(eq(incidentReviews.id, id))
    .returning();
  return row;
}

export function findLesson(ex: Executor, id: string) {
  return findById(ex, lessons, id);
}

export async function insertLesson(ex: Executor, values: LessonInsert) {
  const [row] = await ex.insert(lessons).values(values).returning();
  return row;
}

export async function updateLessonRow(ex: Executor, id: string, set: Partial<LessonInsert>) {
  const [row] = await ex.update(lessons).set(set).where(eq(lessons.id, id)).returning();
  return row;
}

/** The major incidents (deaths, injuries, abductions, sexual assaults) of a year the actor sees. */
export function majorIncidentsOfYear(
  ex: Executor,
  actor: RequestActor,
  q: { countryId?: string | undefined; year: number },
) {
  return ex
    .select()
    .from(incidents)
    .where(
      and(
        incidentVisible(actor),
        ne(incidents.status, 'draft'),
        q.countryId ? eq(incidents.countryId, q.countryId) : undefined,
        gte(incidents.occurredAt, new Date(Date.UTC(q.year, 0, 1))),
        lt(incidents.occurredAt, new Date(Date.UTC(q.year + 1, 0, 1))),
        sql`(${incidents.fatalities} > 0 or ${incidents.injuries} > 0 or ${incidents.category} in ('ABDUCTION', 'SEXUAL_ASSAULT'))`,
      ),
    )
    .orderBy(asc(incidents.occurredAt))
    .limit(5000);
}

// ---- Vehicles and drivers ----

/** The vehicles of a country the actor sees, by registration. */
export function visibleVehicles(ex: Executor, actor: RequestActor, countryId: string) {
  return ex
    .select()
    .from(vehicles)
    .where(
      and(
        eq(vehicles.countryId, countryId),
        scopeWhere(actor, 'incident.read', {
          countryId: vehicles.countryId,
          organizationId: vehicles.organizationId,
        }),
      ),
    )
    .orderBy(asc(vehicles.registration));
}

export async function insertVehicle(ex: Executor, values: typeof vehicles.$inferInsert) {
  const [row] = await ex.insert(vehicles).values(values).returning();
  return row;
}

/** The drivers of a country the actor sees, with their names. */
export function visibleDrivers(ex: Executor, actor: RequestActor, countryId: string) {
  return ex
    .select({
      d: drivers,
      personName: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
    })
    .from(drivers)
    .innerJoin(people, eq(people.id, drivers.personId))
    .where(
      and(
        eq(drivers.countryId, countryId),
        scopeWhere(actor, 'incident.read', {
          countryId: drivers.countryId,
          organizationId: drivers.organizationId,
        }),
      ),
    );
}

/** The violations of some drivers, oldest first. */
export function violationsOfDrivers(ex: Executor, driverIds: string[]) {
  return ex
    .select()
    .from(drivingViolations)
    .where(inArray(drivingViolations.driverId, driverIds))
    .orderBy(asc(drivingViolations.occurredOn));
}

/** Registers a driver; none when already registered. */
export async function insertDriver(ex: Executor, values: DriverInsert) {
  const [row] = await ex.insert(drivers).values(values).onConflictDoNothing().returning();
  return row;
}

export function findDriver(ex: Executor, id: string) {
  return findById(ex, drivers, id);
}

export async function insertViolation(ex: Executor, values: typeof drivingViolations.$inferInsert) {
  await ex.insert(drivingViolations).values(values);
}

/** All the violations of a driver. */
export function violationsOfDriver(ex: Executor, driverId: string) {
  return ex.select().from(drivingViolations).where(eq(drivingViolations.driverId, driverId));
}

/** Updates a driver; the row after, in a list like `returning()`. */
export function updateDriver(ex: Executor, id: string, set: Partial<DriverInsert>) {
  return ex.update(drivers).set(set).where(eq(drivers.id, id)).returning();
}
