import type {
  Approver,
  Certificate,
  DestinationState,
  OrganizationSanction,
  SsafeExemption,
  Traveller,
} from '@fieldsafe/core';
import { addDays, daysBetween } from '@fieldsafe/core';
import { and, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
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

/** Resolves ids of duty stations and areas, in one query each. */
export async function loadPlaces(
  ex: Executor,
  ids: readonly string[],
): Promise<Map<string, Place>> {
  const unique = [...new Set(ids)];
  const places = new Map<string, Place>();
  if (unique.length === 0) return places;
  const [stations, areaRows] = await Promise.all([
    ex.select().from(dutyStations).where(inArray(dutyStations.id, unique)),
    ex.select().from(areas).where(inArray(areas.id, unique)),
  ]);
  for (const s of stations)
    places.set(s.id, {
      locationId: s.id,
      kind: 'duty_station',
      countryId: s.countryId,
      areaId: s.areaId,
      dutyStationId: s.id,
      name: s.name,
      hq: s.kind === 'headquarters',
    });
  for (const a of areaRows)
    places.set(a.id, {
      locationId: a.id,
      kind: 'area',
      countryId: a.countryId,
      areaId: a.id,
      dutyStationId: null,
      name: a.name,
      hq: false,
    });
  return places;
}

export interface StayWindow {
  locationId: string;
  from: string;
  to: string;
}

/**
 * Everything the clearance rules need, in a few parallel queries: the traveller with their
 * certificates and exemptions, and per destination the security level in force, the SSAFE
 * decision, the staff ceiling with the planned headcount per day, the approver and sanctions.
 */
export async function loadClearanceState(
  ex: Executor,
  personId: string,
  places: Map<string, Place>,
  stays: readonly StayWindow[],
) {
  const countryIds = [...new Set([...places.values()].map((p) => p.countryId))];
  const locationIds = [...places.keys()];
  const areaIds = [...new Set([...places.values()].map((p) => p.areaId))];
  const lastDay = stays.reduce((m, s) => (s.to > m ? s.to : m), '0000-01-01');
  const [person] = await ex.select().from(people).where(eq(people.id, personId));
  if (!person) throw new Error('traveller not found');
  const [certs, exemptions, levels, mandates, ceilings, sanctions, approvers] = await Promise.all([
    ex.select().from(trainingCertificates).where(eq(trainingCertificates.personId, personId)),
    ex.select().from(ssafeExemptions).where(eq(ssafeExemptions.personId, personId)),
    countryIds.length
      ? ex
          .select()
          .from(securityLevelDecisions)
          .where(
            and(
              inArray(securityLevelDecisions.countryId, countryIds),
              lte(securityLevelDecisions.effectiveFrom, lastDay),
            ),
          )
      : Promise.resolve([]),
    ex
      .select()
      .from(ssafeMandates)
      .where(inArray(ssafeMandates.locationId, [...locationIds, ...areaIds])),
    ex.select().from(staffCeilings).where(inArray(staffCeilings.locationId, locationIds)),
    ex
      .select()
      .from(clearanceSanctions)
      .where(
        and(
          eq(clearanceSanctions.organizationId, person.organizationId),
          inArray(
            clearanceSanctions.countryId,
            countryIds.length ? countryIds : [person.countryId],
          ),
        ),
      ),
    loadApprovers(ex, countryIds, areaIds),
  ]);

  const headcounts = new Map<string, { base: number; byDate: Record<string, number> }>();
  await Promise.all(
    ceilings.map(async (c) => {
      const place = places.get(c.locationId);
      if (!place) return;
      const windows = stays.filter((s) => s.locationId === c.locationId);
      const from = windows.reduce((m, s) => (s.from < m ? s.from : m), '9999-12-31');
      const to = windows.reduce((m, s) => (s.to > m ? s.to : m), '0000-01-01');
      const headcount = await headcountAt(ex, place, from, to, {
        excludePersonId: personId,
        internationalOnly: c.appliesTo === 'international',
        // Enough to know the ceiling is reached: the count stops there, so a crowded place
        // never costs a full count.
        stopAt: c.ceiling + 1,
      });
      headcounts.set(c.locationId, headcount);
    }),
  );

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
    certificates: certs.map((c): Certificate => ({
      id: c.id,
      personId: c.personId,
      course: c.course,
      issuedOn: c.issuedOn,
      expiresOn: c.expiresOn,
      refresherMonths: c.refresherMonths,
    })),
    ssafeExemptions: exemptionsOut,
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
function levelInForce(
  levels: (typeof securityLevelDecisions.$inferSelect)[],
  place: Place,
  on: string,
): string | null {
  let best: typeof securityLevelDecisions.$inferSelect | null = null;
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

async function loadApprovers(
  ex: Executor,
  countryIds: string[],
  areaIds: string[],
): Promise<ApproverRow[]> {
  if (countryIds.length === 0) return [];
  const day = new Date().toISOString().slice(0, 10);
  return ex
    .select({
      personId: appointments.personId,
      role: appointments.role,
      countryId: appointments.countryId,
      areaId: appointments.areaId,
      name: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
    })
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.personId))
    .where(
      and(
        or(
          and(eq(appointments.role, 'DO'), inArray(appointments.countryId, countryIds)),
          and(
            eq(appointments.role, 'ASC'),
            inArray(appointments.areaId, areaIds.length ? areaIds : countryIds),
          ),
        ),
        lte(appointments.startsOn, day),
        or(isNull(appointments.endsOn), gte(appointments.endsOn, day)),
      ),
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
  const base = residents?.n ?? 0;
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
