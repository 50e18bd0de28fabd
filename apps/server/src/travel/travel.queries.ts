import type {
  Approver,
  Certificate,
  DestinationState,
  OrganizationSanction,
  SsafeExemption,
  Traveller,
} from '@fieldsafe/core';
import { addDays, daysBetween } from '@fieldsafe/core';
import { today } from '../access/actor.ts';
import { and, eq, gte, is, lte, ne, SQL, sql, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { readParts, rowPart, rowsPart, type Part, type PartsRead } from '../db/parts.ts';
import {
  appointments,
  areas,
  clearanceSanctions,
  dutyStations,
  people,
  securityLevelDecisions,
  ssafeExemptions,
  ssafeMandates,
  staffCeilings,
  trainingCertificates,
  travelLegs,
} from '../db/schema/index.ts';

/** A destination resolved from its id: a duty station or an area. */
export interface Place {
  locationId: string;
  kind: 'duty_station' | 'area';
  countryId: string;
  areaId: string;
  dutyStationId: string | null;
  name: string;
  hq: boolean;
}

const stationFields = {
  id: dutyStations.id,
  countryId: dutyStations.countryId,
  areaId: dutyStations.areaId,
  name: dutyStations.name,
  kind: dutyStations.kind,
};
const areaFields = { id: areas.id, countryId: areas.countryId, name: areas.name };

/**
 * The duty stations and areas among `ids` (a list, or a subquery that selects them), as two parts
 * of one statement (`readParts`); `placesOf` makes them places.
 */
export function placesParts(ids: readonly string[] | SQL) {
  return {
    stations: rowsPart(
      stationFields,
      sql`from ${dutyStations} where ${among(dutyStations.id, ids)}`,
    ),
    areas: rowsPart(areaFields, sql`from ${areas} where ${among(areas.id, ids)}`),
  };
}

/** The places `placesParts` read, by id. */
export function placesOf(read: PartsRead<ReturnType<typeof placesParts>>): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const r of read.stations)
    places.set(r.id, {
      locationId: r.id,
      kind: 'duty_station',
      countryId: r.countryId,
      areaId: r.areaId,
      dutyStationId: r.id,
      name: r.name,
      hq: r.kind === 'headquarters',
    });
  for (const r of read.areas)
    places.set(r.id, {
      locationId: r.id,
      kind: 'area',
      countryId: r.countryId,
      areaId: r.id,
      dutyStationId: null,
      name: r.name,
      hq: false,
    });
  return places;
}

/** Resolves ids of duty stations and areas, in one statement. */
export async function loadPlaces(
  ex: Executor,
  ids: readonly string[],
): Promise<Map<string, Place>> {
  if (ids.length === 0) return new Map();
  return placesOf(await readParts(ex, placesParts(ids)));
}

export interface StayWindow {
  locationId: string;
  from: string;
  to: string;
}

type CertificateJson = {
  id: string;
  course: string;
  issuedOn: string;
  expiresOn: string | null;
  refresherMonths: number | null;
};
type ExemptionJson = { locationId: string; validFrom: string | null; validUntil: string };

/**
 * Columns of the outer query named with their table, for correlated subqueries (a single-table
 * select renders its own columns unqualified, which a subquery would take for its own).
 */
const outer = {
  personId: sql.raw('"people"."id"'),
};

/** The traveller as the rules see them, with their certificates and SSAFE exemptions. */
const travellerFields = {
  organizationId: people.organizationId,
  countryId: people.countryId,
  areaId: people.areaId,
  zoneId: people.zoneId,
  category: people.category,
  kind: people.kind,
  givenName: people.givenName,
  familyName: people.familyName,
  maipValidUntil: people.maipValidUntil,
  certificates: sql<CertificateJson[]>`coalesce((
    select json_agg(json_build_object('id', ${trainingCertificates.id},
      'course', ${trainingCertificates.course}, 'issuedOn', ${trainingCertificates.issuedOn},
      'expiresOn', ${trainingCertificates.expiresOn},
      'refresherMonths', ${trainingCertificates.refresherMonths}))
    from ${trainingCertificates} where ${trainingCertificates.personId} = ${outer.personId}
  ), '[]'::json)`,
  exemptions: sql<ExemptionJson[]>`coalesce((
    select json_agg(json_build_object('locationId', ${ssafeExemptions.locationId},
      'validFrom', ${ssafeExemptions.validFrom}, 'validUntil', ${ssafeExemptions.validUntil}))
    from ${ssafeExemptions} where ${ssafeExemptions.personId} = ${outer.personId}
  ), '[]'::json)`,
};
const sanctionFields = {
  id: clearanceSanctions.id,
  organizationId: clearanceSanctions.organizationId,
  countryId: clearanceSanctions.countryId,
  startsOn: clearanceSanctions.startsOn,
  endsOn: clearanceSanctions.endsOn,
};
const levelFields = {
  countryId: securityLevelDecisions.countryId,
  areaId: securityLevelDecisions.areaId,
  level: securityLevelDecisions.level,
  effectiveFrom: securityLevelDecisions.effectiveFrom,
};
const mandateFields = {
  locationId: ssafeMandates.locationId,
  mandatoryFrom: ssafeMandates.mandatoryFrom,
  endsOn: ssafeMandates.endsOn,
};
const approvedLegFields = {
  dutyStationId: travelLegs.dutyStationId,
  areaId: travelLegs.areaId,
  arrivalOn: travelLegs.arrivalOn,
  departureOn: travelLegs.departureOn,
};

/**
 * Whose state the rules read and where: ids as lists, or as subqueries that select them (a page
 * that reads a stored request's state in the same statement as the request takes its legs'
 * places by subquery). A day is a value or a parenthesized scalar subquery.
 */
export interface StateScope {
  personId: string | SQL;
  countryIds: readonly string[] | SQL;
  /** The destinations: duty stations or areas. */
  locationIds: readonly string[] | SQL;
  /** The destinations' areas. */
  areaIds: readonly string[] | SQL;
  firstDay: string | SQL;
  lastDay: string | SQL;
  /** The day the state is read for (the approvers in office). */
  today: string | SQL;
}

/** `column in (ids)`: a list (false when empty) or a subquery. */
export function among(column: SQLWrapper, ids: readonly string[] | SQL): SQL {
  if (is(ids, SQL)) return sql`${column} in (${ids})`;
  return ids.length ? sql`${column} in ${[...new Set(ids)]}` : sql`false`;
}

/** The destinations and their areas (where an advisory may be issued for a stay). */
export function destinationsAndAreas(scope: StateScope): readonly string[] | SQL {
  return is(scope.locationIds, SQL) || is(scope.areaIds, SQL)
    ? sql`${scope.locationIds} union ${scope.areaIds}`
    : [...scope.locationIds, ...scope.areaIds];
}

/** The scope of a new request: its traveller, and the places and days of its legs. */
export function stateScopeOf(
  personId: string,
  places: Map<string, Place>,
  stays: readonly StayWindow[],
): StateScope {
  return {
    personId,
    countryIds: [...new Set([...places.values()].map((p) => p.countryId))],
    locationIds: [...places.keys()],
    areaIds: [...new Set([...places.values()].map((p) => p.areaId))],
    firstDay: stays.reduce((m, s) => (s.from < m ? s.from : m), '9999-12-31'),
    lastDay: stays.reduce((m, s) => (s.to > m ? s.to : m), '0000-01-01'),
    today: today(),
  };
}

/**
 * Everything the clearance rules need, as the parts of one statement (`readParts`): the traveller
 * with their certificates, exemptions and their organization's sanctions, and per destination the
 * security level in force, the SSAFE decision, the staff ceiling with the residents counted up to
 * it, the approved travellers there and the approver. A caller that needs more of the same page
 * (the approver's context) adds its own parts to the same statement.
 */
export function clearanceStateParts(scope: StateScope) {
  const { personId, countryIds, locationIds, areaIds, firstDay, lastDay } = scope;
  const traveller = (column: SQLWrapper) =>
    sql`(select ${column} from ${people} where ${people.id} = ${personId})`;
  // Without destinations, the traveller's own country.
  const sanctionCountries =
    is(countryIds, SQL) || countryIds.length
      ? among(clearanceSanctions.countryId, countryIds)
      : sql`${clearanceSanctions.countryId} = ${traveller(people.countryId)}`;
  return {
    person: rowPart(travellerFields, sql`from ${people} where ${people.id} = ${personId}`),
    // The sanctions of the traveller's organization in the destinations' countries.
    sanctions: rowsPart(
      sanctionFields,
      sql`from ${clearanceSanctions}
        where ${clearanceSanctions.organizationId} = ${traveller(people.organizationId)}
          and ${sanctionCountries}`,
    ),
    levels: rowsPart(
      levelFields,
      sql`from ${securityLevelDecisions} where ${among(securityLevelDecisions.countryId, countryIds)}
        and ${securityLevelDecisions.effectiveFrom} <= ${lastDay}`,
    ),
    mandates: rowsPart(
      mandateFields,
      sql`from ${ssafeMandates} where ${among(ssafeMandates.locationId, destinationsAndAreas(scope))}`,
    ),
    ceilings: rowsPart(
      ceilingFieldsFor(personId),
      sql`from ${staffCeilings}
        left join ${dutyStations} on ${dutyStations.id} = ${staffCeilings.locationId}
        where ${among(staffCeilings.locationId, locationIds)}`,
    ),
    legs: rowsPart(
      approvedLegFields,
      sql`from ${travelLegs}
        where (${among(travelLegs.dutyStationId, locationIds)} or ${among(travelLegs.areaId, areaIds)})
          and ${travelLegs.status} = 'approved'
          and ${travelLegs.arrivalOn} <= ${lastDay} and ${travelLegs.departureOn} >= ${firstDay}
          and ${travelLegs.personId} <> ${personId}`,
    ),
    approvers: approversPart(countryIds, areaIds, scope.today),
  };
}

/** Everything the clearance rules need, in one statement (`clearanceStateParts`). */
export async function loadClearanceState(
  ex: Executor,
  personId: string,
  places: Map<string, Place>,
  stays: readonly StayWindow[],
) {
  const read = await readParts(ex, clearanceStateParts(stateScopeOf(personId, places, stays)));
  return clearanceStateOf(read, personId, places, stays);
}

/** The traveller and destinations the rules take, from what `clearanceStateParts` read. */
export function clearanceStateOf(
  read: PartsRead<ReturnType<typeof clearanceStateParts>>,
  personId: string,
  places: Map<string, Place>,
  stays: readonly StayWindow[],
) {
  const { person, sanctions, levels, mandates, ceilings, legs, approvers } = read;
  if (!person) throw new Error('traveller not found');
  const certs = person.certificates;
  const exemptions = person.exemptions;

  const headcounts = new Map<string, { base: number; byDate: Record<string, number> }>();
  for (const c of ceilings) {
    const place = places.get(c.locationId);
    if (!place) continue;
    const windows = stays.filter((s) => s.locationId === c.locationId);
    const from = windows.reduce((m, s) => (s.from < m ? s.from : m), '9999-12-31');
    const to = windows.reduce((m, s) => (s.to > m ? s.to : m), '0000-01-01');
    const here = legs.filter((l) =>
      place.kind === 'duty_station'
        ? l.dutyStationId === place.locationId
        : l.areaId === place.areaId,
    );
    headcounts.set(c.locationId, perDay(c.residents, here, from, to));
  }

  const exemptionsOut: SsafeExemption[] = exemptions.map((e) => ({
    locationId: e.locationId,
    validFrom: e.validFrom,
    validUntil: e.validUntil,
  }));
  // An exemption for an area also covers its duty stations.
  for (const e of exemptions)
    for (const p of places.values())
      if (p.kind === 'duty_station' && p.areaId === e.locationId)
        exemptionsOut.push({
          locationId: p.locationId,
          validFrom: e.validFrom,
          validUntil: e.validUntil,
        });

  const traveller: Traveller = {
    personId,
    organizationId: person.organizationId,
    category: person.category === 'local' ? 'local' : 'international',
    dependant: person.kind === 'dependant',
    certificates: certs.map((c): Certificate => ({
      id: c.id,
      personId,
      course: c.course,
      issuedOn: c.issuedOn,
      expiresOn: c.expiresOn,
      refresherMonths: c.refresherMonths,
    })),
    ssafeExemptions: exemptionsOut,
    maipValidUntil: person.maipValidUntil,
  };

  const destinations: DestinationState[] = [...places.values()].map((p) => {
    const arrival = stays
      .filter((s) => s.locationId === p.locationId)
      .reduce((m, s) => (s.from < m ? s.from : m), '9999-12-31');
    const level = levelInForce(levels, p, arrival);
    const mandate = mandates.find(
      (m) =>
        (m.locationId === p.locationId || m.locationId === p.areaId) &&
        (m.endsOn === null || m.endsOn >= arrival),
    );
    const ceiling = ceilings.find((c) => c.locationId === p.locationId);
    const hc = headcounts.get(p.locationId);
    return {
      locationId: p.locationId,
      countryId: p.countryId,
      name: p.name,
      kind: p.hq ? 'headquarters' : 'field',
      securityLevel: level === null ? null : Number.isFinite(Number(level)) ? Number(level) : 1,
      ssafeMandatory: mandate !== undefined,
      ssafeMandatoryFrom: mandate?.mandatoryFrom ?? null,
      staffCeiling: ceiling?.ceiling ?? null,
      staffCeilingAppliesTo: ceiling?.appliesTo === 'international' ? 'international' : 'all',
      plannedHeadcount: hc?.base ?? 0,
      headcountByDate: hc?.byDate,
      approver: approverFor(approvers, p),
    };
  });

  const sanctionsOut: OrganizationSanction[] = sanctions.map((s) => ({
    id: s.id,
    organizationId: s.organizationId,
    locationId: s.countryId,
    from: s.startsOn,
    until: s.endsOn,
  }));
  return { person, traveller, destinations, sanctions: sanctionsOut };
}

/** The latest decision effective on the day: an area's own decision wins over the country's. */
type LevelRow = Pick<
  typeof securityLevelDecisions.$inferSelect,
  'countryId' | 'areaId' | 'level' | 'effectiveFrom'
>;
function levelInForce(levels: LevelRow[], place: Place, on: string): string | null {
  let best: LevelRow | null = null;
  for (const l of levels) {
    if (l.countryId !== place.countryId || l.effectiveFrom > on) continue;
    if (l.areaId !== null && l.areaId !== place.areaId) continue;
    if (
      !best ||
      (l.areaId !== null && best.areaId === null) ||
      ((l.areaId === null) === (best.areaId === null) && l.effectiveFrom > best.effectiveFrom)
    )
      best = l;
  }
  return best?.level ?? null;
}

type ApproverRow = {
  personId: string;
  role: string;
  countryId: string | null;
  areaId: string | null;
  name: string;
};

const approverFields = {
  personId: appointments.personId,
  role: appointments.role,
  countryId: appointments.countryId,
  areaId: appointments.areaId,
  name: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
};
function approversPart(
  countryIds: readonly string[] | SQL,
  areaIds: readonly string[] | SQL,
  day: string | SQL,
): Part<ApproverRow[]> {
  const areasOrCountries = is(areaIds, SQL) || areaIds.length ? areaIds : countryIds;
  return rowsPart(
    approverFields,
    sql`from ${appointments} inner join ${people} on ${people.id} = ${appointments.personId}
      where ((${appointments.role} = 'DO' and ${among(appointments.countryId, countryIds)})
          or (${appointments.role} = 'ASC' and ${among(appointments.areaId, areasOrCountries)}))
        and ${appointments.startsOn} <= ${day}
        and (${appointments.endsOn} is null or ${appointments.endsOn} >= ${day})`,
  );
}

/** The ASC of the destination's area when there is one, otherwise the DO of its country. */
export function approverFor(
  rows: readonly ApproverRow[],
  place: Pick<Place, 'countryId' | 'areaId'>,
): Approver | null {
  const asc = rows.find((r) => r.role === 'ASC' && r.areaId === place.areaId);
  const dOfficial =
    rows.find(
      (r) => r.role === 'DO' && r.countryId === place.countryId && r.areaId === place.areaId,
    ) ?? rows.find((r) => r.role === 'DO' && r.countryId === place.countryId && r.areaId === null);
  const pick = asc ?? dOfficial;
  return pick ? { personId: pick.personId, role: pick.role, name: pick.name } : null;
}

/**
 * Headcount at a place between two dates: active personnel whose duty station (or area) is
 * there, plus approved travellers there, per day. `base` is the residents alone.
 */
export async function headcountAt(
  ex: Executor,
  place: Place,
  from: string,
  to: string,
  options: { excludePersonId?: string; internationalOnly?: boolean; stopAt?: number } = {},
): Promise<{ base: number; byDate: Record<string, number> }> {
  const residentsWhere = and(
    eq(people.areaId, place.areaId),
    place.kind === 'duty_station' ? eq(people.dutyStationId, place.locationId) : undefined,
    eq(people.kind, 'personnel'),
    eq(people.status, 'active'),
    options.excludePersonId ? ne(people.id, options.excludePersonId) : undefined,
    options.internationalOnly ? eq(people.category, 'international') : undefined,
  );
  const legWhere = and(
    place.kind === 'duty_station'
      ? eq(travelLegs.dutyStationId, place.locationId)
      : eq(travelLegs.areaId, place.areaId),
    eq(travelLegs.status, 'approved'),
    lte(travelLegs.arrivalOn, to),
    gte(travelLegs.departureOn, from),
    options.excludePersonId ? ne(travelLegs.personId, options.excludePersonId) : undefined,
  );
  const [[residents], legs] = await Promise.all([
    options.stopAt === undefined
      ? ex
          .select({ n: sql<number>`count(*)::int` })
          .from(people)
          .where(residentsWhere)
      : ex.select({ n: sql<number>`count(*)::int` }).from(
          ex
            .select({ one: sql`1`.as('one') })
            .from(people)
            .where(residentsWhere)
            .limit(options.stopAt)
            .as('residents'),
        ),
    ex
      .select({ arrivalOn: travelLegs.arrivalOn, departureOn: travelLegs.departureOn })
      .from(travelLegs)
      .where(legWhere),
  ]);
  return perDay(residents?.n ?? 0, legs, from, to);
}

/** The headcount per day between two dates: the residents plus the travellers there that day. */
function perDay(
  base: number,
  legs: readonly { arrivalOn: string; departureOn: string }[],
  from: string,
  to: string,
): { base: number; byDate: Record<string, number> } {
  const byDate: Record<string, number> = {};
  const days = Math.min(daysBetween(from, to), 366);
  for (let i = 0; i <= days; i++) byDate[addDays(from, i)] = base;
  for (const l of legs)
    for (let i = 0; i <= days; i++) {
      const d = addDays(from, i);
      if (l.arrivalOn <= d && l.departureOn >= d) byDate[d] = (byDate[d] ?? base) + 1;
    }
  return { base, byDate };
}

/**
 * A staff ceiling with its residents counted in the same query: active personnel based there (at
 * the duty station, or anywhere in the area), international only where the ceiling says so, the
 * traveller excluded. The count stops one above the ceiling, which is enough to know it is
 * reached, so a crowded place never costs a full count. Read with the destination's duty station
 * joined (none for an area).
 */
const ceilingFieldsFor = (travellerId: string | SQL) => ({
  locationId: staffCeilings.locationId,
  ceiling: staffCeilings.ceiling,
  appliesTo: staffCeilings.appliesTo,
  residents: sql<number>`(select count(*)::int from (
    select 1 from ${people}
    where ${people.areaId} = coalesce(${dutyStations.areaId}, ${staffCeilings.locationId})
      and (${dutyStations.id} is null or ${people.dutyStationId} = ${staffCeilings.locationId})
      and ${people.kind} = 'personnel' and ${people.status} = 'active'
      and ${people.id} <> ${travellerId}
      and (${staffCeilings.appliesTo} <> 'international' or ${people.category} = 'international')
    limit ${staffCeilings.ceiling} + 1) as r)`,
});
