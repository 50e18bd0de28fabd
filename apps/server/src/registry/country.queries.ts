import type { Actor } from '@fieldsafe/core';
import { and, count, eq, inArray, max, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  appointments,
  areas,
  countries,
  hostAgreements,
  organizations,
  people,
  personnelListConfirmations,
  wardenZones,
} from '../db/schema/index.ts';
import { peopleScope } from './people.queries.ts';

/**
 * Per country and organization present (with active people): the headcount and the latest
 * change of a person; and the latest confirmation of each list. Two grouped queries.
 */
export async function presenceRows(ex: Executor, countryIds: string[]) {
  const [counts, confirmations] = await Promise.all([
    ex
      .select({
        countryId: people.countryId,
        id: organizations.id,
        code: organizations.code,
        name: organizations.name,
        n: count(),
        updated: max(people.updatedAt),
      })
      .from(people)
      .innerJoin(organizations, eq(organizations.id, people.organizationId))
      .where(and(inArray(people.countryId, countryIds), eq(people.status, 'active')))
      .groupBy(people.countryId, organizations.id, organizations.code, organizations.name)
      .orderBy(organizations.code),
    ex
      .select({
        countryId: personnelListConfirmations.countryId,
        organizationId: personnelListConfirmations.organizationId,
        at: max(personnelListConfirmations.confirmedAt),
      })
      .from(personnelListConfirmations)
      .where(inArray(personnelListConfirmations.countryId, countryIds))
      .groupBy(personnelListConfirmations.countryId, personnelListConfirmations.organizationId),
  ]);
  return { counts, confirmations };
}

/** Countries, with whether the UN is present (has duty stations) in each. */
export function countriesWithPresence(ex: Executor) {
  return ex
    .select({
      id: countries.id,
      alpha2: countries.alpha2,
      alpha3: countries.alpha3,
      numeric: countries.numeric,
      nameEn: countries.nameEn,
      nameFr: countries.nameFr,
      hasPresence: sql<boolean>`exists (select 1 from duty_stations d where d.country_id = ${countries.id})`,
    })
    .from(countries)
    .orderBy(countries.nameEn);
}

/** What the invariants of the countries are checked on: their structure, appointments, agreements. */
export async function invariantRows(ex: Executor, countryIds: string[]) {
  const [countryRows, areaRows, zoneRows, apptRows, agreementRows, internationalRows] =
    await Promise.all([
      ex.select().from(countries).where(inArray(countries.id, countryIds)),
      ex.select().from(areas).where(inArray(areas.countryId, countryIds)),
      ex.select().from(wardenZones).where(inArray(wardenZones.countryId, countryIds)),
      ex
        .select({
          a: appointments,
          personName: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
        })
        .from(appointments)
        .innerJoin(people, eq(people.id, appointments.personId))
        .where(inArray(appointments.countryId, countryIds)),
      ex
        .select({
          id: hostAgreements.id,
          countryId: hostAgreements.countryId,
          organizationId: hostAgreements.organizationId,
          organizationCode: organizations.code,
          title: hostAgreements.title,
          securityAnnex: hostAgreements.securityAnnex,
          reviewDueOn: hostAgreements.reviewDueOn,
        })
        .from(hostAgreements)
        .innerJoin(organizations, eq(organizations.id, hostAgreements.organizationId))
        .where(inArray(hostAgreements.countryId, countryIds)),
      // Active international personnel: a CSFP is needed only where there are some [002 Annex B ¶21].
      ex
        .select({ countryId: people.countryId, n: count() })
        .from(people)
        .where(
          and(
            inArray(people.countryId, countryIds),
            eq(people.kind, 'personnel'),
            eq(people.category, 'international'),
            eq(people.status, 'active'),
          ),
        )
        .groupBy(people.countryId),
    ]);
  return { countryRows, areaRows, zoneRows, apptRows, agreementRows, internationalRows };
}

/** Active people of a country the actor may read, counted by kind. */
export function headcountByKind(ex: Executor, actor: Actor, countryId: string) {
  return ex
    .select({ kind: people.kind, n: count() })
    .from(people)
    .where(
      and(
        eq(people.countryId, countryId),
        eq(people.status, 'active'),
        peopleScope(actor, 'personnel.read'),
      ),
    )
    .groupBy(people.kind);
}
