import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { pgArray } from '../db/prepared.ts';
import { appointments, people, wardenZones } from '../db/schema/index.ts';

/** The wardens in force on a day for any of these zones, with the zone's name. */
export function zoneWardens(ex: Executor, zoneIds: string[], day: string) {
  return ex
    .select({
      personId: appointments.personId,
      zoneId: appointments.zoneId,
      zone: wardenZones.name,
    })
    .from(appointments)
    .innerJoin(wardenZones, eq(wardenZones.id, appointments.zoneId))
    .where(
      and(
        eq(appointments.role, 'WARDEN'),
        inArray(appointments.zoneId, zoneIds),
        lte(appointments.startsOn, day),
        or(isNull(appointments.endsOn), gte(appointments.endsOn, day)),
      ),
    );
}

/**
 * The names and phones of people, for a warden's list. The ids go as one array parameter: a
 * crisis may hold more people than a statement may have parameters (65,535).
 */
export function namesAndPhones(ex: Executor, personIds: string[]) {
  return ex
    .select({
      id: people.id,
      given: people.givenName,
      family: people.familyName,
      phone: people.phone,
    })
    .from(people)
    .where(sql`${people.id} = any(${pgArray(personIds)}::uuid[])`);
}
