import {
  can,
  evaluateCountryInvariants,
  type AppointmentRole,
  type CountrySnapshot,
} from '@fieldsafe/core';
import { and, count, eq, max, sql } from 'drizzle-orm';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
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
import { notFound } from '../http/errors.ts';
import { peopleScope } from './people.queries.ts';

export function createCountryService(db: Db) {
  /** Organizations present in a country, their headcount and when their list was last current. */
  async function organizationsPresent(countryId: string) {
    const [counts, confirmations] = await Promise.all([
      db
        .select({
          id: organizations.id,
          code: organizations.code,
          name: organizations.name,
          n: count(),
          updated: max(people.updatedAt),
        })
        .from(people)
        .innerJoin(organizations, eq(organizations.id, people.organizationId))
        .where(and(eq(people.countryId, countryId), eq(people.status, 'active')))
        .groupBy(organizations.id, organizations.code, organizations.name)
        .orderBy(organizations.code),
      db
        .select({
          organizationId: personnelListConfirmations.organizationId,
          at: max(personnelListConfirmations.confirmedAt),
        })
        .from(personnelListConfirmations)
        .where(eq(personnelListConfirmations.countryId, countryId))
        .groupBy(personnelListConfirmations.organizationId),
    ]);
    const confirmed = new Map(confirmations.map((c) => [c.organizationId, c.at]));
    return counts.map((c) => {
      const dates = [c.updated, confirmed.get(c.id)]
        .filter((d): d is Date => d instanceof Date || typeof d === 'string')
        .map((d) => new Date(d));
      const latest = dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null;
      return {
        id: c.id,
        code: c.code,
        name: c.name,
        personnelCount: c.n,
        listUpdatedAt: latest ? latest.toISOString() : null,
      };
    });
  }

  return {
    /** Countries, with whether the UN is present (has duty stations) in each. */
    async listCountries() {
      return db
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
    },

    /** The SPEC §1 invariant report for a country, for those who may read it. */
    async invariants(actor: RequestActor, countryId: string) {
      if (!can(actor, 'invariants.read', { countryId })) throw notFound('Country');
      return report(countryId);
    },

    report,

    /** Headcount of the people the actor may see in a country, by kind. */
    headcount,
  };

  /** The invariant report itself, unfiltered: callers decide who sees which findings. */
  async function report(countryId: string) {
    {
      const [country] = await db.select().from(countries).where(eq(countries.id, countryId));
      if (!country) throw notFound('Country');
      const [areaRows, zoneRows, apptRows, orgs, agreementRows] = await Promise.all([
        db.select().from(areas).where(eq(areas.countryId, countryId)),
        db.select().from(wardenZones).where(eq(wardenZones.countryId, countryId)),
        db
          .select({
            a: appointments,
            personName: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
          })
          .from(appointments)
          .innerJoin(people, eq(people.id, appointments.personId))
          .where(eq(appointments.countryId, countryId)),
        organizationsPresent(countryId),
        db
          .select({
            id: hostAgreements.id,
            organizationId: hostAgreements.organizationId,
            organizationCode: organizations.code,
            title: hostAgreements.title,
            securityAnnex: hostAgreements.securityAnnex,
            reviewDueOn: hostAgreements.reviewDueOn,
          })
          .from(hostAgreements)
          .innerJoin(organizations, eq(organizations.id, hostAgreements.organizationId))
          .where(eq(hostAgreements.countryId, countryId)),
      ]);
      const snapshot: CountrySnapshot = {
        countryId,
        countryName: country.nameEn,
        areas: areaRows,
        zones: zoneRows,
        appointments: apptRows.map(({ a, personName }) => ({
          id: a.id,
          role: a.role as AppointmentRole,
          personName,
          areaId: a.areaId,
          zoneId: a.zoneId,
          organizationId: a.organizationId,
          hasLetter: a.letterDocumentId !== null || a.letterReference !== null,
          hasTermsOfReference: !!a.termsOfReference,
          startsOn: a.startsOn,
          endsOn: a.endsOn,
        })),
        organizations: orgs,
        hostAgreements: agreementRows,
      };
      return {
        countryId,
        checkedOn: today(),
        findings: evaluateCountryInvariants(snapshot, today()),
        organizations: orgs,
      };
    }
  }

  async function headcount(actor: RequestActor, countryId: string) {
    {
      const rows = await db
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
      return Object.fromEntries(rows.map((r) => [r.kind, r.n])) as Record<string, number>;
    }
  }
}

export type CountryService = ReturnType<typeof createCountryService>;
