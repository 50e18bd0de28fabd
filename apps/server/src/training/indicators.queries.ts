import {
  groupBy,
  isManagementLevel,
  isStaffType,
  scopesFor,
  trainingIndicators,
  type CourseCatalogue,
  type CourseCode,
  type IndicatorPerson,
  type IsoDate,
  type TrainingIndicators,
} from '@fieldsafe/core';
import { and, eq, gte, isNull, lte, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { RequestActor } from '../access/actor.ts';
import { today } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Db } from '../db/client.ts';
import {
  appointments,
  dutyStations,
  people,
  ssafeExemptions,
  ssafeMandates,
  trainingCertificates,
} from '../db/schema/index.ts';
import { invalid, notFound } from '../http/errors.ts';
import { loadCatalogue } from './training.service.ts';

/** Appointments that make a person "security personnel" in the indicators [003 ¶113]. */
const SECURITY_ROLES = ['CSA', 'DEPUTY_SA', 'CSO', 'CSFP', 'SASO', 'LSA'];
const NO_COURSES: readonly CourseCode[] = [];
/** The training each appointment requires [004 ¶29]. */
const ROLE_COURSES: Record<string, CourseCode> = {
  DO: 'DO_TRAINING',
  DO_AI: 'DO_TRAINING',
  SMT_MEMBER: 'SMT_TRAINING',
};

/**
 * The SQL twin of core's certificate validity (`certificateExpiry` and `certificateStatus`, as
 * `coursesHeld` applies them): true when the certificate was issued on or before `day` and has
 * not expired on it. A printed expiry wins; otherwise the course's validity in the catalogue (or
 * the certificate's own refresher period, where the course allows one) is added in calendar
 * months, the day clamped to the month's end as core's `addMonths` does. A course that does not
 * expire, or is not in the catalogue, stays valid. Kept equal to core by a property test.
 */
export function certificateValidOn(
  c: Record<'course' | 'issuedOn' | 'expiresOn' | 'refresherMonths', SQLWrapper>,
  day: IsoDate,
  catalogue: CourseCatalogue,
): SQL {
  const expiring = [...catalogue.values()].filter(
    (d) => d.validityMonths !== null || d.refresherConfigurable,
  );
  const months =
    expiring.length === 0
      ? sql`null::int`
      : sql`case ${c.course} ${sql.join(
          expiring.map(
            (d) =>
              sql`when ${d.code} then ${
                d.refresherConfigurable
                  ? sql`coalesce(${c.refresherMonths}, ${d.validityMonths}::int)`
                  : sql`${d.validityMonths}::int`
              }`,
          ),
          sql` `,
        )} else null::int end`;
  return sql`(${c.issuedOn} <= ${day}::date and case when ${c.expiresOn} is not null
    then ${c.expiresOn} > ${day}::date
    else coalesce((${c.issuedOn} + make_interval(months => ${months}))::date > ${day}::date, true) end)`;
}

/**
 * Training indicators by staff type and management level for the active personnel of a country
 * the actor may read training of; without a country, for everything in scope, which only
 * headquarters roles (system-wide or organization-wide scope) may ask for.
 */
export async function loadTrainingIndicators(
  db: Db,
  actor: RequestActor,
  countryId: string | undefined,
): Promise<TrainingIndicators & { countryId: string | null }> {
  const scopes = scopesFor(actor, 'training.read').filter((s) => s.kind !== 'self');
  const wide = scopes.some((s) => s.kind === 'system' || s.kind === 'organization');
  if (countryId === undefined) {
    if (!wide)
      throw invalid('countryId', 'is required unless you hold a headquarters (system-wide) role');
  } else if (!wide && !scopes.some((s) => 'countryId' in s && s.countryId === countryId)) {
    throw notFound('Country');
  }
  const onDate = today();
  const conditions: (SQL | undefined)[] = [
    eq(people.kind, 'personnel'),
    eq(people.status, 'active'),
    countryId ? eq(people.countryId, countryId) : undefined,
    scopeWhere(actor, 'training.read', {
      countryId: people.countryId,
      areaId: people.areaId,
      zoneId: people.zoneId,
      organizationId: people.organizationId,
    }),
  ];
  // Each list is read with the personnel's own conditions (joined, not by a list of ids): a
  // system-wide request covers 180,000 people and 2,000,000 certificates. (Rows of people without
  // a duty station, left out of the personnel, are read but not used.)
  const ofPersonnel = (personId: PgColumn) => and(...conditions, eq(people.id, personId));
  const catalogue = await loadCatalogue(db);
  const c = trainingCertificates;
  // Which courses each person holds, decided in PostgreSQL and read with the person: a
  // system-wide request covers 2,000,000 certificates, which cost seconds to read and sort out
  // here.
  const held = db
    .select({
      personId: c.personId,
      courses: sql<string[]>`array_agg(distinct ${c.course})`.as('courses'),
    })
    .from(c)
    .innerJoin(people, ofPersonnel(c.personId))
    .where(certificateValidOn(c, onDate, catalogue))
    .groupBy(c.personId)
    .as('held');
  const [personnel, roles, exemptions, mandates] = await Promise.all([
    db
      .select({
        id: people.id,
        areaId: people.areaId,
        dutyStationId: people.dutyStationId,
        staffType: people.staffType,
        managementLevel: people.managementLevel,
        stationKind: dutyStations.kind,
        held: held.courses,
      })
      .from(people)
      .innerJoin(dutyStations, eq(dutyStations.id, people.dutyStationId))
      .leftJoin(held, eq(held.personId, people.id))
      .where(and(...conditions)),
    db
      .select({ personId: appointments.personId, role: appointments.role })
      .from(appointments)
      .innerJoin(people, ofPersonnel(appointments.personId))
      .where(
        and(
          lte(appointments.startsOn, onDate),
          or(isNull(appointments.endsOn), gte(appointments.endsOn, onDate)),
        ),
      ),
    db
      .select({ personId: ssafeExemptions.personId, locationId: ssafeExemptions.locationId })
      .from(ssafeExemptions)
      .innerJoin(people, ofPersonnel(ssafeExemptions.personId))
      .where(
        and(
          or(isNull(ssafeExemptions.validFrom), lte(ssafeExemptions.validFrom, onDate)),
          gte(ssafeExemptions.validUntil, onDate),
        ),
      ),
    db
      .select({ locationId: ssafeMandates.locationId })
      .from(ssafeMandates)
      .where(
        and(
          countryId ? eq(ssafeMandates.countryId, countryId) : undefined,
          isNull(ssafeMandates.endsOn),
          lte(ssafeMandates.mandatoryFrom, onDate),
        ),
      ),
  ]);

  // Per person, nothing is allocated that most people do not need (a system-wide request covers
  // 180,000 people): most hold no appointment and no exemption.
  const mandated = new Set(mandates.map((m) => m.locationId));
  const exemptAt = groupBy(exemptions, (e) => e.personId);
  const rolesOf = groupBy(roles, (r) => r.personId);
  const exempted = (personId: string, ...places: string[]) =>
    exemptAt.get(personId)?.some((e) => places.includes(e.locationId)) ?? false;

  const input: IndicatorPerson[] = personnel.map((p) => {
    const appointed = rolesOf.get(p.id);
    const mandatedHere = mandated.has(p.dutyStationId) || mandated.has(p.areaId);
    return {
      personId: p.id,
      staffType: p.staffType && isStaffType(p.staffType) ? p.staffType : null,
      managementLevel:
        p.managementLevel && isManagementLevel(p.managementLevel) ? p.managementLevel : null,
      field: p.stationKind === 'field',
      ssafeRequired: mandatedHere && !exempted(p.id, p.dutyStationId, p.areaId),
      roleCourses: appointed
        ? appointed.flatMap((a) => {
            const course = ROLE_COURSES[a.role];
            return course ? [course] : [];
          })
        : NO_COURSES,
      securityPersonnel: appointed?.some((a) => SECURITY_ROLES.includes(a.role)) ?? false,
      held: p.held ?? NO_COURSES,
    };
  });
  return {
    ...trainingIndicators({ people: input, onDate }),
    countryId: countryId ?? null,
  };
}
