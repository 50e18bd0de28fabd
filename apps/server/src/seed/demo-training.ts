import { addDays, addMonths } from '@fieldsafe/core';
import { and, eq, inArray } from 'drizzle-orm';
import { loadActor, today } from '../access/actor.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import {
  countries,
  dutyStations,
  people,
  ssafeExemptions,
  ssafeMandates,
  trainingCertificates,
  trainingCourses,
  users,
} from '../db/schema/index.ts';
import { createAdvisoryService } from '../travel/advisory.service.ts';
import { seedDemoClearance } from './demo-clearance.ts';
import { createTravelService } from '../travel/travel.service.ts';

/**
 * Training and travel in the demo country: a course beside the core catalogue, certificates for
 * the personnel (most valid, some expired, some expiring within 90 days), SSAFE mandatory at
 * Kessa with a staff ceiling and one exemption there ending within three weeks (for the DO to
 * renew or let lapse), a pending request of staff@ to Kessa and an advisory there; MAIP
 * coverage and requests filed for others (`seedDemoClearance`).
 * Does nothing when the demo's SSAFE decision already exists.
 */
export async function seedDemoTraining(db: Db): Promise<void> {
  const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!country) return;
  const [done] = await db
    .select({ id: ssafeMandates.id })
    .from(ssafeMandates)
    .where(eq(ssafeMandates.countryId, country.id));
  if (done) return;
  const [kessa] = await db
    .select()
    .from(dutyStations)
    .where(and(eq(dutyStations.countryId, country.id), eq(dutyStations.name, 'Kessa')));
  if (!kessa) return;
  const personnel = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.countryId, country.id), eq(people.kind, 'personnel')))
    .orderBy(people.staffId);
  const logins = await db
    .select({ email: users.email, personId: users.personId, id: users.id })
    .from(users)
    .where(
      inArray(users.email, ['staff@fieldsafe.test', 'asc@fieldsafe.test', 'warden@fieldsafe.test']),
    );
  const staff = logins.find((u) => u.email === 'staff@fieldsafe.test');
  const asc = logins.find((u) => u.email === 'asc@fieldsafe.test');
  const day = today();

  const certificates: (typeof trainingCertificates.$inferInsert)[] = [];
  personnel.forEach((p, i) => {
    const isStaff = p.id === staff?.personId;
    // Every 11th person's Basic has expired; every 7th expires within 90 days.
    const basic =
      !isStaff && i % 11 === 5
        ? addMonths(day, -40)
        : !isStaff && i % 7 === 3
          ? addDays(addMonths(day, -36), 20 + (i % 60))
          : addDays(addMonths(day, -12), -(i % 300));
    certificates.push({ personId: p.id, course: 'BSITF', issuedOn: basic, source: 'import' });
    if (isStaff || i % 4 !== 0)
      certificates.push({
        personId: p.id,
        course: 'ASITF',
        issuedOn: addDays(addMonths(day, -8), -(i % 200)),
        source: 'import',
      });
    if (isStaff || i % 3 === 0)
      certificates.push({
        personId: p.id,
        course: 'SSAFE',
        issuedOn: addDays(addMonths(day, -5), -(i % 120)),
        source: 'import',
      });
    if (i % 9 === 0)
      certificates.push({
        personId: p.id,
        course: 'FIRST_AID',
        issuedOn: addMonths(day, -6),
        source: 'manual',
      });
  });

  await db.transaction(async (tx) => {
    const [course] = await tx
      .insert(trainingCourses)
      .values({
        code: 'FIRST_AID',
        nameEn: 'Field first aid',
        nameFr: 'Premiers secours sur le terrain',
        names: {
          ar: 'الإسعافات الأولية في الميدان',
          es: 'Primeros auxilios sobre el terreno',
          ru: 'Первая помощь на местах',
          zh: '外地急救',
        },
        validityMonths: 24,
      })
      .onConflictDoNothing()
      .returning();
    for (let i = 0; i < certificates.length; i += 1000)
      await tx
        .insert(trainingCertificates)
        .values(certificates.slice(i, i + 1000))
        .onConflictDoNothing();
    const [mandate] = await tx
      .insert(ssafeMandates)
      .values({
        countryId: country.id,
        locationId: kessa.id,
        locationKind: 'duty_station',
        mandatoryFrom: '2026-01-01',
        decidedBy: 'Designated Official with the SMT (meeting of 12 December 2025)',
      })
      .returning();
    // Someone without a demo login, so the demo's own travellers are evaluated as before.
    const logged = new Set(logins.map((u) => u.personId));
    const exempted = personnel.filter((p) => !logged.has(p.id))[3];
    const [exemption] = exempted
      ? await tx
          .insert(ssafeExemptions)
          .values({
            personId: exempted.id,
            countryId: country.id,
            locationId: kessa.id,
            reason: 'Short assignment, escorted movements only; SSAFE course booked',
            validUntil: addDays(day, 20),
          })
          .returning()
      : [];
    await recordAudit(tx, SYSTEM_ACTOR, [
      ...(course
        ? [
            {
              action: 'course.create',
              entity: 'training_course',
              entityId: course.id,
              after: course,
            },
          ]
        : []),
      {
        action: 'certificates.import',
        entity: 'import',
        entityId: country.id,
        countryId: country.id,
        after: { created: certificates.length },
      },
      {
        action: 'ssafe.mandate',
        entity: 'ssafe_mandate',
        entityId: mandate!.id,
        countryId: country.id,
        after: mandate,
      },
      ...(exemption
        ? [
            {
              action: 'ssafe.exempt',
              entity: 'ssafe_exemption',
              entityId: exemption.id,
              countryId: country.id,
              after: exemption,
            },
          ]
        : []),
    ]);
  });

  await seedDemoClearance(db, country.id, kessa.id, day);
  // The request and the advisory go through the services, as their users would make them.
  const traveller = staff ? await loadActor(db, staff.id) : null;
  if (traveller)
    await createTravelService(db).create(traveller, {
      purpose: 'Monitoring visit to the Kessa nutrition programme',
      legs: [
        { destinationId: kessa.id, arrivalOn: addDays(day, 7), departureOn: addDays(day, 11) },
      ],
    });
  // A home-leave request [002 §18]: referred to the approver where official travel would be refused.
  const wardenLogin = logins.find((u) => u.email === 'warden@fieldsafe.test');
  const homeLeaver = wardenLogin ? await loadActor(db, wardenLogin.id) : null;
  if (homeLeaver)
    await createTravelService(db).create(homeLeaver, {
      purpose: 'Home leave with family in Kessa',
      travelKind: 'home_leave',
      legs: [
        { destinationId: kessa.id, arrivalOn: addDays(day, 20), departureOn: addDays(day, 34) },
      ],
    });
  const coordinator = asc ? await loadActor(db, asc.id) : null;
  if (coordinator)
    await createAdvisoryService(db).issue(coordinator, {
      locationId: kessa.id,
      title: 'Road checkpoints north of Kessa',
      body: 'Expect delays at checkpoints on the northern road; travel in convoy and only between 07:00 and 17:00.',
      validFrom: day,
      validUntil: addDays(day, 30),
    });
}
