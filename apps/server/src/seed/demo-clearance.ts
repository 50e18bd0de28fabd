import { addDays, addMonths } from '@fieldsafe/core';
import { and, eq, exists, gte, inArray, ne } from 'drizzle-orm';
import { loadActor } from '../access/actor.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import { organizations, people, trainingCertificates, users } from '../db/schema/index.ts';
import { createTravelService } from '../travel/travel.service.ts';

/**
 * Clearance for others and malicious-acts insurance in the demo country [004 ¶27]: every
 * person's MAIP coverage runs a year, except the UNICEF representative's spouse, whose coverage
 * ends during the trip rep@ files for them (referred to the ASC: "coverage ends on …"); rep@ also
 * files, for UNICEF, a request for one of its staff. Run once, by `seedDemoTraining`.
 */
export async function seedDemoClearance(
  db: Db,
  countryId: string,
  destinationId: string,
  day: string,
): Promise<void> {
  const yearAhead = addDays(day, 365);
  await db.transaction(async (tx) => {
    await tx
      .update(people)
      .set({ maipValidUntil: yearAhead })
      .where(
        and(eq(people.countryId, countryId), inArray(people.kind, ['personnel', 'dependant'])),
      );
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'maip.import',
      entity: 'import',
      entityId: countryId,
      countryId,
      after: { maipValidUntil: yearAhead },
    });
  });
  const [login] = await db
    .select({ id: users.id, personId: users.personId })
    .from(users)
    .where(eq(users.email, 'rep@fieldsafe.test'));
  const rep = login ? await loadActor(db, login.id) : null;
  if (!rep || !login?.personId) return;
  const travel = createTravelService(db);
  const [spouse] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.sponsorId, login.personId), eq(people.relationship, 'spouse')));
  if (spouse) {
    await db
      .update(people)
      .set({ maipValidUntil: addDays(day, 25) })
      .where(eq(people.id, spouse.id));
    await travel.create(rep, {
      purpose: 'Family visit to Kessa',
      travellerId: spouse.id,
      legs: [{ destinationId, arrivalOn: addDays(day, 20), departureOn: addDays(day, 30) }],
    });
  }
  const [colleague] = await db
    .select({ id: people.id })
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(
      and(
        eq(people.countryId, countryId),
        eq(organizations.code, 'UNICEF'),
        eq(people.kind, 'personnel'),
        eq(people.category, 'international'),
        ne(people.id, login.personId),
        // Trained for Kessa (SSAFE is mandatory there), so the request shows a clean check.
        ...(['BSITF', 'ASITF', 'SSAFE'] as const).map((course) =>
          exists(
            db
              .select({ id: trainingCertificates.id })
              .from(trainingCertificates)
              .where(
                and(
                  eq(trainingCertificates.personId, people.id),
                  eq(trainingCertificates.course, course),
                  gte(trainingCertificates.issuedOn, addMonths(day, -24)),
                ),
              ),
          ),
        ),
      ),
    )
    .orderBy(people.staffId)
    .limit(1);
  if (colleague)
    await travel.create(rep, {
      purpose: 'UNICEF water-point assessment in Kessa',
      travellerId: colleague.id,
      legs: [{ destinationId, arrivalOn: addDays(day, 40), departureOn: addDays(day, 44) }],
    });
}
