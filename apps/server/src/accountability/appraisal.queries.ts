import type { Actor } from '@fieldsafe/core';
import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import { appointments, countries, organizations, people } from '../db/schema/index.ts';

/** The country, when it exists (null otherwise). */
export async function findCountry(ex: Executor, countryId: string) {
  const [row] = await ex
    .select({ id: countries.id })
    .from(countries)
    .where(eq(countries.id, countryId));
  return row ?? null;
}

/**
 * The appointments in a country held during a period, with their holders, that the actor may
 * appraise: the scope is on the appointment's place and the holder's employing organization.
 */
export async function holdersIn(
  ex: Executor,
  actor: Actor,
  countryId: string,
  period: { from: string; asOf: string },
) {
  return ex
    .select({
      appointmentId: appointments.id,
      role: appointments.role,
      countryId: appointments.countryId,
      areaId: appointments.areaId,
      zoneId: appointments.zoneId,
      organizationId: appointments.organizationId,
      startsOn: appointments.startsOn,
      endsOn: appointments.endsOn,
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      organizationCode: organizations.code,
    })
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.personId))
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(
      and(
        eq(appointments.countryId, countryId),
        lte(appointments.startsOn, period.asOf),
        or(isNull(appointments.endsOn), gte(appointments.endsOn, period.from)),
        scopeWhere(actor, 'appraisal.read', {
          countryId: appointments.countryId,
          areaId: appointments.areaId,
          zoneId: appointments.zoneId,
          organizationId: people.organizationId,
        }),
      ),
    )
    .orderBy(asc(people.familyName), asc(people.givenName), asc(appointments.startsOn));
}
