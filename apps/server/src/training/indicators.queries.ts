import {
  groupBy,
  isManagementLevel,
  isStaffType,
  oldestPossiblyValidIssue,
  scopesFor,
  trainingIndicators,
  type CourseCode,
  type IndicatorPerson,
  type TrainingIndicators,
} from '@fieldsafe/core';
import { and, eq, gt, gte, isNotNull, isNull, lte, notInArray, or, type SQL } from 'drizzle-orm';
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
/** The training each appointment requires [004 ¶29]. */
const ROLE_COURSES: Record<string, CourseCode> = {
  DO: 'DO_TRAINING',
  DO_AI: 'DO_TRAINING',
  SMT_MEMBER: 'SMT_TRAINING',
};

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
  // Only the certificates that may be valid on the day are read (a system-wide request would
  // otherwise read every certificate ever issued): issued by then, and not expired by their
  // printed expiry or, without one, by the longest validity of the catalogue. Which courses a
  // person holds is still decided by the rule in core.
  const catalogue = await loadCatalogue(db);
  const bound = oldestPossiblyValidIssue(onDate, catalogue);
  const c = trainingCertificates;
  const mayBeValid = and(
    lte(c.issuedOn, onDate),
    or(
      gt(c.expiresOn, onDate),
      and(
        isNull(c.expiresOn),
        bound
          ? or(
              isNotNull(c.refresherMonths),
              notInArray(c.course, bound.expiring),
              gt(c.issuedOn, bound.issuedAfter),
            )
          : undefined,
      ),
    ),
  );
  const [personnel, certificates, roles, exemptions, mandates] = await Promise.all([
    db
      .select({
        id: people.id,
        areaId: people.areaId,
        dutyStationId: people.dutyStationId,
        staffType: people.staffType,
        managementLevel: people.managementLevel,
        stationKind: dutyStations.kind,
      })
      .from(people)
      .innerJoin(dutyStations, eq(dutyStations.id, people.dutyStationId))
      .where(and(...conditions)),
    db
      .select({
        personId: trainingCertificates.personId,
        course: trainingCertificates.course,
        issuedOn: trainingCertificates.issuedOn,
        expiresOn: trainingCertificates.expiresOn,
        refresherMonths: trainingCertificates.refresherMonths,
      })
      .from(trainingCertificates)
      .innerJoin(people, ofPersonnel(trainingCertificates.personId))
      .where(mayBeValid),
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

  const mandated = new Set(mandates.map((m) => m.locationId));
  const exempt = new Set(exemptions.map((e) => `${e.personId}|${e.locationId}`));
  const rolesOf = groupBy(roles, (r) => r.personId);

  const input: IndicatorPerson[] = personnel.map((p) => {
    const held = (rolesOf.get(p.id) ?? []).map((r) => r.role);
    const mandatedHere = mandated.has(p.dutyStationId) || mandated.has(p.areaId);
    const exempted = exempt.has(`${p.id}|${p.dutyStationId}`) || exempt.has(`${p.id}|${p.areaId}`);
    return {
      personId: p.id,
      staffType: p.staffType && isStaffType(p.staffType) ? p.staffType : null,
      managementLevel:
        p.managementLevel && isManagementLevel(p.managementLevel) ? p.managementLevel : null,
      field: p.stationKind === 'field',
      ssafeRequired: mandatedHere && !exempted,
      roleCourses: held.flatMap((r) => (ROLE_COURSES[r] ? [ROLE_COURSES[r]] : [])),
      securityPersonnel: held.some((r) => SECURITY_ROLES.includes(r)),
    };
  });
  return {
    ...trainingIndicators({ people: input, certificates, onDate, catalogue }),
    countryId: countryId ?? null,
  };
}
