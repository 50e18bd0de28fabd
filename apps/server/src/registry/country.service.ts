import {
  can,
  evaluateCountryInvariants,
  groupBy,
  type AppointmentRole,
  type CountrySnapshot,
  type SmtSeat,
} from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../http/errors.ts';
import {
  countriesWithPresence,
  headcountByKind,
  invariantRows,
  presenceRows,
} from './country.queries.ts';

interface OrganizationPresent {
  id: string;
  code: string;
  name: string;
  personnelCount: number;
  listUpdatedAt: string | null;
}

export function createCountryService(db: Db) {
  /**
   * Organizations present in some countries, their headcount and when their list was last
   * current, by country: two grouped queries whatever the number of countries.
   */
  async function organizationsPresentIn(countryIds: readonly string[]) {
    const ids = [...countryIds];
    const { counts, confirmations } = await presenceRows(db, ids);
    const confirmed = new Map(
      confirmations.map((c) => [`${c.countryId}/${c.organizationId}`, c.at]),
    );
    const byCountry = new Map(ids.map((id) => [id, [] as OrganizationPresent[]]));
    for (const c of counts) {
      const dates = [c.updated, confirmed.get(`${c.countryId}/${c.id}`)]
        .filter((d): d is Date => d instanceof Date || typeof d === 'string')
        .map((d) => new Date(d));
      const latest = dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null;
      byCountry.get(c.countryId ?? '')?.push({
        id: c.id,
        code: c.code,
        name: c.name,
        personnelCount: c.n,
        listUpdatedAt: latest ? latest.toISOString() : null,
      });
    }
    return byCountry;
  }

  return {
    /** Countries, with whether the UN is present (has duty stations) in each. */
    async listCountries() {
      return countriesWithPresence(db);
    },

    /** The SPEC §1 invariant report for a country, for those who may read it. */
    async invariants(actor: RequestActor, countryId: string) {
      if (!can(actor, 'invariants.read', { countryId })) throw notFound('Country');
      return {
        ...(await report(countryId)),
        abilities: { canSetPeacekeepingMission: can(actor, 'structure.write', { countryId }) },
      };
    },

    report,

    reports,

    /** Headcount of the people the actor may see in a country, by kind. */
    headcount,
  };

  /** The invariant report itself, unfiltered: callers decide who sees which findings. */
  async function report(countryId: string) {
    const [one] = await reports([countryId]);
    if (!one) throw notFound('Country');
    return one;
  }

  /**
   * The invariant reports of several countries (unknown ones left out), from five queries
   * whatever their number: the cross-country overview counts their errors.
   */
  async function reports(countryIds: readonly string[]) {
    const ids = [...new Set(countryIds)];
    if (ids.length === 0) return [];
    const [{ countryRows, areaRows, zoneRows, apptRows, agreementRows, internationalRows }, orgs] =
      await Promise.all([invariantRows(db, ids), organizationsPresentIn(ids)]);
    const day = today();
    // Each list grouped once by country (filtering every list for every country was quadratic).
    const byCountry = <T extends { countryId: string }>(rows: readonly T[]) =>
      groupBy(rows, (r) => r.countryId);
    const areasOf = byCountry(areaRows);
    const zonesOf = byCountry(zoneRows);
    const agreementsOf = byCountry(agreementRows);
    const internationalOf = new Map(internationalRows.map((r) => [r.countryId, r.n]));
    const appointmentsOf = groupBy(apptRows, ({ a }) => a.countryId);
    return countryRows.map((country) => {
      const organizationsHere = orgs.get(country.id) ?? [];
      const snapshot: CountrySnapshot = {
        countryId: country.id,
        countryName: country.nameEn,
        peacekeepingMission: country.peacekeepingMission,
        internationalStaff: internationalOf.get(country.id) ?? 0,
        areas: areasOf.get(country.id) ?? [],
        zones: zonesOf.get(country.id) ?? [],
        appointments: (appointmentsOf.get(country.id) ?? []).map(({ a, personName }) => ({
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
          csaAdInterim: a.csaAdInterim,
          adInterimConfirmed: a.aiConfirmedOn !== null,
          smtSeat: a.smtSeat as SmtSeat | null,
        })),
        organizations: organizationsHere,
        hostAgreements: (agreementsOf.get(country.id) ?? []).map(
          ({ countryId: _country, ...h }) => h,
        ),
      };
      return {
        countryId: country.id,
        checkedOn: day,
        findings: evaluateCountryInvariants(snapshot, day),
        organizations: organizationsHere,
        peacekeepingMission: country.peacekeepingMission,
      };
    });
  }

  async function headcount(actor: RequestActor, countryId: string) {
    {
      const rows = await headcountByKind(db, actor, countryId);
      return Object.fromEntries(rows.map((r) => [r.kind, r.n])) as Record<string, number>;
    }
  }
}

export type CountryService = ReturnType<typeof createCountryService>;
