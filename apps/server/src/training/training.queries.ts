import { and, asc, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { RequestActor } from '../access/actor.ts';
import { today } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import { findById } from '../db/by-id.queries.ts';
import {
  arrivalBriefings,
  organizations,
  people,
  ssafeExemptions,
  ssafeMandates,
  trainingCertificates,
  trainingCourses,
} from '../db/schema/index.ts';

export type PersonRow = typeof people.$inferSelect;
export type CertificateRow = typeof trainingCertificates.$inferSelect;
export type CertificateInsert = typeof trainingCertificates.$inferInsert;

// ---- Courses and certificates ----

/** The courses added to core's catalogue. */
export function addedCourses(ex: Executor) {
  return ex.select().from(trainingCourses);
}

export async function insertCourse(ex: Executor, values: typeof trainingCourses.$inferInsert) {
  const [row] = await ex.insert(trainingCourses).values(values).returning();
  return row;
}

/** A person's certificates (by course and issue date), SSAFE exemptions and arrival briefings. */
export function trainingOfPerson(ex: Executor, personId: string) {
  return [
    ex
      .select()
      .from(trainingCertificates)
      .where(eq(trainingCertificates.personId, personId))
      .orderBy(asc(trainingCertificates.course), asc(trainingCertificates.issuedOn)),
    ex.select().from(ssafeExemptions).where(eq(ssafeExemptions.personId, personId)),
    ex.select().from(arrivalBriefings).where(eq(arrivalBriefings.personId, personId)),
  ] as const;
}

/** The certificates of a person for a course issued on a day. */
export function sameDayCertificates(
  ex: Executor,
  c: { personId: string; course: string; issuedOn: string },
) {
  return ex
    .select({ id: trainingCertificates.id })
    .from(trainingCertificates)
    .where(
      and(
        eq(trainingCertificates.personId, c.personId),
        eq(trainingCertificates.course, c.course),
        eq(trainingCertificates.issuedOn, c.issuedOn),
      ),
    );
}

export async function insertCertificate(ex: Executor, values: CertificateInsert) {
  const [row] = await ex.insert(trainingCertificates).values(values).returning();
  return row;
}

/** The certificates of some people (a slice of at most 5,000). */
export function certificatesOf(ex: Executor, personIds: string[]) {
  return ex
    .select()
    .from(trainingCertificates)
    .where(inArray(trainingCertificates.personId, personIds));
}

/** Which certificates of these people, in these courses, exist (person, course, issue date). */
export function existingCertificates(ex: Executor, personIds: string[], courses: string[]) {
  return ex
    .select({
      personId: trainingCertificates.personId,
      course: trainingCertificates.course,
      issuedOn: trainingCertificates.issuedOn,
    })
    .from(trainingCertificates)
    .where(
      and(
        inArray(trainingCertificates.personId, personIds),
        inArray(trainingCertificates.course, courses),
      ),
    );
}

/** Inserts certificates, skipping those already recorded. */
export async function insertCertificatesIfNew(ex: Executor, values: CertificateInsert[]) {
  await ex.insert(trainingCertificates).values(values).onConflictDoNothing();
}

// ---- SSAFE mandates, exemptions and briefings ----

/** The SSAFE mandates in force in a country. */
export function mandatesInForce(ex: Executor, countryId: string) {
  return ex
    .select()
    .from(ssafeMandates)
    .where(and(eq(ssafeMandates.countryId, countryId), isNull(ssafeMandates.endsOn)));
}

/** SSAFE exemptions in force (or to come) in a country, of the people the actor may see. */
export function visibleExemptions(ex: Executor, actor: RequestActor, countryId: string) {
  return ex
    .select({
      e: ssafeExemptions,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(ssafeExemptions)
    .innerJoin(people, eq(people.id, ssafeExemptions.personId))
    .where(
      and(
        eq(ssafeExemptions.countryId, countryId),
        gte(ssafeExemptions.validUntil, today()),
        scopeWhere(actor, 'training.read', {
          countryId: people.countryId,
          areaId: people.areaId,
          zoneId: people.zoneId,
          organizationId: people.organizationId,
          personId: people.id,
        }),
      ),
    )
    .orderBy(asc(ssafeExemptions.validUntil), asc(people.familyName), asc(ssafeExemptions.id))
    .limit(500);
}

/** Ends the mandate in force at a place, then records the new one. */
export async function replaceMandate(ex: Executor, values: typeof ssafeMandates.$inferInsert) {
  await ex
    .update(ssafeMandates)
    .set({ endsOn: today(), updatedAt: new Date() })
    .where(and(eq(ssafeMandates.locationId, values.locationId), isNull(ssafeMandates.endsOn)));
  const [row] = await ex.insert(ssafeMandates).values(values).returning();
  return row;
}

export async function insertExemption(ex: Executor, values: typeof ssafeExemptions.$inferInsert) {
  const [row] = await ex.insert(ssafeExemptions).values(values).returning();
  return row;
}

export async function insertBriefing(ex: Executor, values: typeof arrivalBriefings.$inferInsert) {
  const [row] = await ex.insert(arrivalBriefings).values(values).returning();
  return row;
}

export function findBriefing(ex: Executor, id: string) {
  return findById(ex, arrivalBriefings, id);
}

export async function markBriefingAcknowledged(ex: Executor, id: string) {
  const [after] = await ex
    .update(arrivalBriefings)
    .set({ acknowledgedAt: new Date(), updatedAt: new Date() })
    .where(eq(arrivalBriefings.id, id))
    .returning();
  return after;
}

// ---- Report and import ----

/** The active personnel of a country the actor may see, with their names. */
export function visiblePersonnel(ex: Executor, actor: RequestActor, countryId: string) {
  const scope = scopeWhere(actor, 'training.read', {
    countryId: people.countryId,
    areaId: people.areaId,
    zoneId: people.zoneId,
    organizationId: people.organizationId,
  });
  return ex
    .select({
      personId: people.id,
      countryId: people.countryId,
      organizationId: people.organizationId,
      name: people.givenName,
      family: people.familyName,
    })
    .from(people)
    .where(
      and(
        eq(people.countryId, countryId),
        eq(people.kind, 'personnel'),
        eq(people.status, 'active'),
        scope,
      ),
    );
}

/** Every organization's id and code. */
export function organizationCodes(ex: Executor) {
  return ex.select({ id: organizations.id, code: organizations.code }).from(organizations);
}

/** All the personnel of a country. */
export function personnelOf(ex: Executor, countryId: string) {
  return ex
    .select()
    .from(people)
    .where(and(eq(people.countryId, countryId), eq(people.kind, 'personnel')));
}
