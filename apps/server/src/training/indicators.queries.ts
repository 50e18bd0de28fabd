import {
  isManagementLevel,
  isStaffType,
  scopesFor,
  trainingIndicators,
  type CourseCode,
  type IndicatorPerson,
  type TrainingIndicators,
} from '@fieldsafe/core';
import { and, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
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

const CHUNK = 5000;

async function chunked<T>(ids: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await load(ids.slice(i, i + CHUNK))));
  return out;
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
  const personnel = await db
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
    .where(and(...conditions));
  const ids = personnel.map((p) => p.id);

  const [certificates, roles, exemptions, mandates, catalogue] = await Promise.all([
    chunked(ids, (chunk) =>
      db.select().from(trainingCertificates).where(inArray(trainingCertificates.personId, chunk)),
    ),
    chunked(ids, (chunk) =>
      db
        .select({ personId: appointments.personId, role: appointments.role })
        .from(appointments)
        .where(
          and(
            inArray(appointments.personId, chunk),
            lte(appointments.startsOn, onDate),
            or(isNull(appointments.endsOn), gte(appointments.endsOn, onDate)),
          ),
        ),
    ),
    chunked(ids, (chunk) =>
      db
        .select({ personId: ssafeExemptions.personId, locationId: ssafeExemptions.locationId })
        .from(ssafeExemptions)
        .where(
          and(
            inArray(ssafeExemptions.personId, chunk),
            or(isNull(ssafeExemptions.validFrom), lte(ssafeExemptions.validFrom, onDate)),
            gte(ssafeExemptions.validUntil, onDate),
          ),
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
    loadCatalogue(db),
  ]);

  const mandated = new Set(mandates.map((m) => m.locationId));
  const exempt = new Set(exemptions.map((e) => `${e.personId}|${e.locationId}`));
  const rolesOf = new Map<string, string[]>();
  for (const r of roles) rolesOf.set(r.personId, [...(rolesOf.get(r.personId) ?? []), r.role]);

  const input: IndicatorPerson[] = personnel.map((p) => {
    const held = rolesOf.get(p.id) ?? [];
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
