import { can } from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, notFound } from '../http/errors.ts';
import {
  ceilingsAt,
  ceilingsOfCountry,
  currentAssessments,
  deleteCeiling,
  findTravellingPerson,
  legsAhead,
  upsertCeiling,
} from './presence.queries.ts';
import type { LegRow } from './requests.queries.ts';
import { headcountAt, loadPlaces, type Place } from './travel.queries.ts';

export function presentLeg(l: LegRow, places: Map<string, Place>) {
  return {
    id: l.id,
    seq: l.seq,
    locationId: l.locationId,
    locationName: places.get(l.locationId)?.name ?? '',
    countryId: l.countryId,
    areaId: l.areaId,
    dutyStationId: l.dutyStationId,
    arrivalOn: l.arrivalOn,
    departureOn: l.departureOn,
    status: l.status,
    approverRole: l.approverRole,
    decidedAt: l.decidedAt,
    comment: l.comment,
  };
}

/**
 * Where people are and how many may be there: a person's whereabouts, the headcount of a
 * location on a day, and the staff ceilings the Designated Official sets.
 */
export function createPresenceService(db: Db) {
  /** The place whose ceiling the actor sets: 404 out of scope, 403 unless the DO. */
  async function ceilingPlace(actor: RequestActor, locationId: string) {
    const place = (await loadPlaces(db, [locationId])).get(locationId);
    if (!place || !can(actor, 'travel.read', { countryId: place.countryId, areaId: place.areaId }))
      throw notFound('Location');
    if (!can(actor, 'training.mandate', { countryId: place.countryId, areaId: place.areaId }))
      throw forbidden('Only the Designated Official sets staff ceilings');
    return place;
  }

  return {
    /** Where a person is today and where they will be: approved or pending legs not yet over. */
    async whereabouts(actor: RequestActor, personId: string) {
      const person = await findTravellingPerson(db, actor, personId);
      if (!person) throw notFound('Person');
      const day = today();
      const legs = await legsAhead(db, personId, day);
      const places = await loadPlaces(
        db,
        legs.map((l) => l.locationId),
      );
      const all = legs.map((l) => presentLeg(l, places));
      const current = all.find((l) => l.status === 'approved' && l.arrivalOn <= day) ?? null;
      return {
        personId,
        home: {
          countryId: person.countryId,
          areaId: person.areaId,
          dutyStationId: person.dutyStationId,
        },
        current,
        planned: all.filter((l) => l !== current),
      };
    },

    async headcount(actor: RequestActor, locationId: string, date: string) {
      const place = (await loadPlaces(db, [locationId])).get(locationId);
      if (
        !place ||
        !can(actor, 'travel.read', { countryId: place.countryId, areaId: place.areaId })
      )
        throw notFound('Location');
      const [hc, [ceiling]] = await Promise.all([
        headcountAt(db, place, date, date),
        ceilingsAt(db, locationId),
      ]);
      const total = hc.byDate[date] ?? hc.base;
      return {
        locationId,
        date,
        residents: hc.base,
        travellers: total - hc.base,
        total,
        ceiling: ceiling?.ceiling ?? null,
      };
    },

    /**
     * The staff ceilings of a country's duty stations and areas that the actor may see, with the
     * current risk assessment of each location (the ceiling is the same record there).
     */
    async ceilings(actor: RequestActor, countryId: string) {
      const rows = await ceilingsOfCountry(db, countryId);
      const places = await loadPlaces(
        db,
        rows.map((r) => r.locationId),
      );
      const keys = [...places.values()].map(
        (p) => `${p.kind === 'area' ? 'area' : 'duty_station'}:${p.locationId}`,
      );
      const assessments = keys.length ? await currentAssessments(db, keys) : [];
      const assessmentOf = new Map(assessments.map((a) => [a.key, a.id]));
      const items = rows.flatMap((r) => {
        const p = places.get(r.locationId);
        if (!p || !can(actor, 'travel.read', { countryId: p.countryId, areaId: p.areaId }))
          return [];
        return [
          {
            locationId: r.locationId,
            locationName: p.name,
            kind: p.kind,
            ceiling: r.ceiling,
            appliesTo: r.appliesTo,
            updatedAt: r.updatedAt,
            assessmentId: assessmentOf.get(`${p.kind}:${p.locationId}`) ?? null,
          },
        ];
      });
      items.sort((a, b) => a.locationName.localeCompare(b.locationName));
      return { items, canSet: can(actor, 'training.mandate', { countryId }) };
    },

    /** The staff ceiling of a location, set by the DO (with the SMT). */
    async setCeiling(
      actor: RequestActor,
      locationId: string,
      input: { ceiling: number; appliesTo: 'all' | 'international' },
    ) {
      const place = await ceilingPlace(actor, locationId);
      return audited(db, actor, async (tx) => {
        const [before] = await ceilingsAt(tx, locationId);
        const row = await upsertCeiling(tx, locationId, place.countryId, input);
        return {
          result: { locationId, ceiling: row!.ceiling, appliesTo: row!.appliesTo },
          audit: {
            action: 'travel.ceiling',
            entity: 'staff_ceiling',
            entityId: locationId,
            countryId: place.countryId,
            before: before ? { ceiling: before.ceiling, appliesTo: before.appliesTo } : null,
            after: row,
          },
        };
      });
    },

    /** Lifts the staff ceiling of a location. */
    async liftCeiling(actor: RequestActor, locationId: string) {
      const place = await ceilingPlace(actor, locationId);
      await audited(db, actor, async (tx) => {
        const before = await deleteCeiling(tx, locationId);
        if (!before) throw notFound('Staff ceiling');
        return {
          result: null,
          audit: {
            action: 'travel.ceiling_lift',
            entity: 'staff_ceiling',
            entityId: locationId,
            countryId: place.countryId,
            before: { ceiling: before.ceiling, appliesTo: before.appliesTo },
          },
        };
      });
    },
  };
}
