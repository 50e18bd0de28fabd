import { randomUUID } from 'node:crypto';
import {
  applyHomeLeave,
  MESSAGES,
  can,
  evaluateClearance,
  type Reason,
  type TravelKind,
} from '@fieldsafe/core';
import { and, asc, desc, eq, exists, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { RequestActor } from '../access/actor.ts';
import { today } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited, auditedStatement } from '../db/tx.ts';
import {
  people,
  riskAssessments,
  staffCeilings,
  travelLegs,
  travelRequests,
} from '../db/schema/index.ts';
import { enqueueNotice } from '../messaging/queue.ts';
import { conflict, forbidden, invalidFields, notFound, type FieldIssue } from '../http/errors.ts';
import { clearanceContext } from './context.ts';
import { headcountAt, loadClearanceState, loadPlaces, type Place } from './travel.queries.ts';
import type { DecisionInput, TravelListFilter, TravelRequestInput } from './travel.schema.ts';

type RequestRow = typeof travelRequests.$inferSelect;
type LegRow = typeof travelLegs.$inferSelect;

/** Who may see a request: the traveller, and travel.read over the traveller's home or a destination. */
function visibleWhere(actor: RequestActor) {
  const own = actor.personId ? eq(travelRequests.personId, actor.personId) : sql`false`;
  const home = scopeWhere(actor, 'travel.read', {
    countryId: travelRequests.countryId,
    areaId: travelRequests.areaId,
    zoneId: travelRequests.zoneId,
    organizationId: travelRequests.organizationId,
    personId: travelRequests.personId,
  });
  const destination = exists(
    sql`(select 1 from ${travelLegs} where ${travelLegs.requestId} = ${travelRequests.id} and (${scopeWhere(
      actor,
      'travel.read',
      { countryId: travelLegs.countryId, areaId: travelLegs.areaId },
    )}))`,
  );
  return or(own, home, destination);
}

function canDecideLeg(actor: RequestActor, leg: Pick<LegRow, 'countryId' | 'areaId'>) {
  return can(actor, 'travel.approve', { countryId: leg.countryId, areaId: leg.areaId });
}

/**
 * Tells the traveller the clearance decision (approved with its number, or refused with the
 * approver's reason), in their own language; once per request and outcome.
 */
async function notifyDecision(
  tx: Executor,
  r: RequestRow,
  status: 'approved' | 'refused',
  comment: string | null,
) {
  await enqueueNotice(tx, [r.personId], {
    name: status === 'approved' ? 'travel.approved' : 'travel.refused',
    params: {
      purpose: r.purpose,
      from: r.startsOn,
      to: r.endsOn,
      number: r.clearanceNumber ?? '',
      comment: comment ?? '',
    },
    link: `/travel#request-${r.id}`,
    cause: `travel:${r.id}:${status}`,
    countryId: r.countryId,
  });
}

export function createTravelService(db: Db) {
  async function present(
    ex: Executor,
    actor: RequestActor,
    rows: RequestRow[],
    known?: { legs: LegRow[]; names: Map<string, string>; places: Map<string, Place> },
  ) {
    if (rows.length === 0) return [];
    if (known) return rows.map((r) => shape(actor, r, known.legs, known.names, known.places));
    const ids = rows.map((r) => r.id);
    const [legs, travellers] = await Promise.all([
      ex
        .select()
        .from(travelLegs)
        .where(inArray(travelLegs.requestId, ids))
        .orderBy(asc(travelLegs.seq)),
      ex
        .select({
          id: people.id,
          name: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
        })
        .from(people)
        .where(inArray(people.id, [...new Set(rows.map((r) => r.personId))])),
    ]);
    const places = await loadPlaces(
      ex,
      legs.map((l) => l.locationId),
    );
    const names = new Map(travellers.map((t) => [t.id, t.name]));
    return rows.map((r) => shape(actor, r, legs, names, places));
  }

  /**
   * A stored reason worded again from its code and details, so it reads in all six languages
   * whatever the languages were when the request was evaluated.
   */
  function worded(reason: Reason, places: Map<string, Place>): Reason {
    const say = MESSAGES[reason.code];
    if (!say) return reason;
    const place = reason.locationId ? (places.get(reason.locationId)?.name ?? null) : null;
    return {
      ...reason,
      message: say({ legIndex: reason.legIndex, place, details: reason.details ?? {} }),
    };
  }

  function shape(
    actor: RequestActor,
    r: RequestRow,
    legs: LegRow[],
    names: Map<string, string>,
    places: Map<string, Place>,
  ) {
    const own = legs.filter((l) => l.requestId === r.id);
    return {
      ...r,
      outcome: r.outcome as 'approve' | 'refer' | 'refuse',
      reasons: (r.reasons as Reason[]).map((reason) => worded(reason, places)),
      travellerName: names.get(r.personId) ?? '',
      legs: own.map((l) => presentLeg(l, places)),
      abilities: {
        canDecide:
          r.status === 'pending' &&
          own.some((l) => l.status === 'pending' && canDecideLeg(actor, l)),
        canCancel:
          r.personId === actor.personId &&
          (r.status === 'pending' || r.status === 'approved') &&
          r.endsOn >= today(),
      },
    };
  }

  async function findVisible(ex: Executor, actor: RequestActor, id: string) {
    const [row] = await ex
      .select()
      .from(travelRequests)
      .where(and(eq(travelRequests.id, id), visibleWhere(actor)));
    if (!row) throw notFound('Travel request');
    return row;
  }

  return {
    async create(
      actor: RequestActor,
      input: Omit<TravelRequestInput, 'travelKind'> & { travelKind?: TravelKind },
    ) {
      const travelKind = input.travelKind ?? 'official';
      if (!actor.personId) throw forbidden('Only a person with a staff record may request travel');
      const personId = actor.personId;
      const places = await loadPlaces(
        db,
        input.legs.map((l) => l.destinationId),
      );
      const issues: FieldIssue[] = [];
      input.legs.forEach((l, i) => {
        if (!places.has(l.destinationId))
          issues.push({ path: `legs.${i}.destinationId`, message: 'unknown duty station or area' });
        if (l.arrivalOn > l.departureOn)
          issues.push({
            path: `legs.${i}.departureOn`,
            message: 'must be on or after the arrival',
          });
      });
      if (issues.length) throw invalidFields(issues);
      const stays = input.legs.map((l) => ({
        locationId: l.destinationId,
        from: l.arrivalOn,
        to: l.departureOn,
      }));
      const evaluatedOn = today();
      // The state is read before the write transaction, with the pool's parallel connections.
      // (Not while the transaction is open: a transaction waiting on reads that need other
      // connections could starve the pool, and the embedded database has a single connection.)
      const state = await loadClearanceState(db, personId, places, stays);
      const decision = applyHomeLeave(
        evaluateClearance({
          traveller: state.traveller,
          itinerary: { legs: input.legs },
          destinations: state.destinations,
          sanctions: state.sanctions,
          evaluatedOn,
        }),
        travelKind,
      );
      const destination = new Map(state.destinations.map((d) => [d.locationId, d]));
      const legStatus = input.legs.map((l, i) => {
        if (decision.outcome === 'refuse') return 'refused';
        const refer = decision.reasons.some((r) => r.legIndex === i && r.severity === 'refer');
        // Where no security level is in force and nothing refers the leg, the clearance serves
        // whereabouts only and is granted at once.
        return !refer && destination.get(l.destinationId)?.securityLevel === null
          ? 'approved'
          : 'pending';
      });
      const status =
        decision.outcome === 'refuse'
          ? 'refused'
          : legStatus.every((s) => s === 'approved')
            ? 'approved'
            : 'pending';
      const startsOn = input.legs.reduce(
        (m, l) => (l.arrivalOn < m ? l.arrivalOn : m),
        '9999-12-31',
      );
      const endsOn = input.legs.reduce(
        (m, l) => (l.departureOn > m ? l.departureOn : m),
        '0000-01-01',
      );
      // Ids and times are made here, so the request, its legs and the audit row go in as one
      // statement (the hot path of clearance: one round trip for the write).
      const id = randomUUID();
      const now = new Date();
      const row: RequestRow = {
        id,
        personId,
        organizationId: state.person.organizationId,
        countryId: state.person.countryId,
        areaId: state.person.areaId,
        zoneId: state.person.zoneId,
        purpose: input.purpose,
        travelKind,
        status,
        outcome: decision.outcome,
        reasons: decision.reasons,
        evaluatedOn,
        startsOn,
        endsOn,
        clearanceNumber: status === 'approved' ? clearanceNumber(id, evaluatedOn) : null,
        cancelledAt: null,
        createdAt: now,
        updatedAt: now,
      };
      const legs: LegRow[] = input.legs.map((l, i) => {
        const p = places.get(l.destinationId) as Place;
        return {
          id: randomUUID(),
          requestId: id,
          seq: i,
          personId,
          countryId: p.countryId,
          areaId: p.areaId,
          dutyStationId: p.dutyStationId,
          locationId: p.locationId,
          arrivalOn: l.arrivalOn,
          departureOn: l.departureOn,
          status: legStatus[i] ?? 'pending',
          approverRole: destination.get(l.destinationId)?.approver?.role ?? 'DO',
          decidedBy: null,
          decidedAt: null,
          comment: null,
          createdAt: now,
          updatedAt: now,
        };
      });
      await auditedStatement(
        db,
        actor,
        [db.insert(travelRequests).values(row), db.insert(travelLegs).values(legs)],
        {
          action: 'travel.request',
          entity: 'travel_request',
          entityId: id,
          countryId: row.countryId,
          organizationId: row.organizationId,
          after: { ...row, legs: input.legs },
        },
      );
      const [presented] = await present(db, actor, [row], {
        legs,
        names: new Map([[personId, `${state.person.givenName} ${state.person.familyName}`]]),
        places,
      });
      return presented!;
    },

    async list(actor: RequestActor, filter: TravelListFilter) {
      const conditions = [visibleWhere(actor)];
      if (filter.view === 'mine')
        conditions.push(eq(travelRequests.personId, actor.personId ?? sql`null`));
      if (filter.view === 'queue') {
        conditions.push(eq(travelRequests.status, 'pending'));
        conditions.push(
          exists(
            sql`(select 1 from ${travelLegs} where ${travelLegs.requestId} = ${travelRequests.id} and ${travelLegs.status} = 'pending' and (${scopeWhere(
              actor,
              'travel.approve',
              { countryId: travelLegs.countryId, areaId: travelLegs.areaId },
            )}))`,
          ),
        );
      }
      if (filter.status) conditions.push(eq(travelRequests.status, filter.status));
      const rows = await db
        .select()
        .from(travelRequests)
        .where(and(...conditions))
        .orderBy(desc(travelRequests.startsOn), desc(travelRequests.createdAt))
        .limit(200);
      return { items: await present(db, actor, rows) };
    },

    /** One request, with what its approver needs to decide (the clearance context). */
    async get(actor: RequestActor, id: string) {
      const row = await findVisible(db, actor, id);
      const legs = await db
        .select()
        .from(travelLegs)
        .where(eq(travelLegs.requestId, id))
        .orderBy(asc(travelLegs.seq));
      const [places, travellers] = await Promise.all([
        loadPlaces(
          db,
          legs.map((l) => l.locationId),
        ),
        db
          .select({
            id: people.id,
            name: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
          })
          .from(people)
          .where(eq(people.id, row.personId)),
      ]);
      const names = new Map(travellers.map((t) => [t.id, t.name]));
      const [[presented], context] = await Promise.all([
        present(db, actor, [row], { legs, names, places }),
        clearanceContext(db, row, legs, places),
      ]);
      return { ...presented!, context };
    },

    /** The approver of a destination decides its legs; the request is approved when every leg is. */
    async decide(actor: RequestActor, id: string, input: DecisionInput) {
      const decided = await audited(db, actor, async (tx) => {
        const before = await findVisible(tx, actor, id);
        const legs = await tx.select().from(travelLegs).where(eq(travelLegs.requestId, id));
        const mine = legs.filter((l) => l.status === 'pending' && canDecideLeg(actor, l));
        if (mine.length === 0) {
          if (before.status !== 'pending') throw conflict('This request is no longer pending');
          throw forbidden('Only the approver of a destination of this request may decide it');
        }
        if (input.decision === 'refuse' && !input.comment)
          throw invalidFields([{ path: 'comment', message: 'is required when refusing' }]);
        const ids = mine.map((l) => l.id);
        await tx
          .update(travelLegs)
          .set({
            status: input.decision === 'approve' ? 'approved' : 'refused',
            decidedBy: actor.personId,
            decidedAt: new Date(),
            comment: input.comment || null,
            updatedAt: new Date(),
          })
          .where(inArray(travelLegs.id, ids));
        const after = legs.map((l) => (ids.includes(l.id) ? input.decision : l.status));
        const status = after.some((s) => s === 'refuse' || s === 'refused')
          ? 'refused'
          : after.every((s) => s === 'approve' || s === 'approved')
            ? 'approved'
            : 'pending';
        const [row] = await tx
          .update(travelRequests)
          .set({
            status,
            clearanceNumber: status === 'approved' ? clearanceNumber(id, today()) : null,
            updatedAt: new Date(),
          })
          .where(eq(travelRequests.id, id))
          .returning();
        if (status !== before.status && (status === 'approved' || status === 'refused'))
          await notifyDecision(tx, row!, status, input.comment || null);
        return {
          result: row!,
          audit: {
            action: `travel.${input.decision}`,
            entity: 'travel_request',
            entityId: id,
            countryId: before.countryId,
            organizationId: before.organizationId,
            before: { status: before.status },
            after: { status, legs: ids, comment: input.comment },
          },
        };
      });
      const [presented] = await present(db, actor, [decided]);
      return presented!;
    },

    async cancel(actor: RequestActor, id: string) {
      const cancelled = await audited(db, actor, async (tx) => {
        const before = await findVisible(tx, actor, id);
        if (before.personId !== actor.personId)
          throw forbidden('Only the traveller may cancel a request');
        if (before.status === 'cancelled' || before.status === 'refused')
          throw conflict(`This request is already ${before.status}`);
        await tx
          .update(travelLegs)
          .set({ status: 'cancelled', updatedAt: new Date() })
          .where(eq(travelLegs.requestId, id));
        const [row] = await tx
          .update(travelRequests)
          .set({ status: 'cancelled', cancelledAt: new Date(), updatedAt: new Date() })
          .where(eq(travelRequests.id, id))
          .returning();
        return {
          result: row!,
          audit: {
            action: 'travel.cancel',
            entity: 'travel_request',
            entityId: id,
            countryId: before.countryId,
            organizationId: before.organizationId,
            before: { status: before.status },
            after: { status: 'cancelled' },
          },
        };
      });
      const [presented] = await present(db, actor, [cancelled]);
      return presented!;
    },

    /** Where a person is today and where they will be: approved or pending legs not yet over. */
    async whereabouts(actor: RequestActor, personId: string) {
      const [person] = await db
        .select()
        .from(people)
        .where(
          and(
            eq(people.id, personId),
            personId === actor.personId
              ? undefined
              : scopeWhere(actor, 'travel.read', {
                  countryId: people.countryId,
                  areaId: people.areaId,
                  zoneId: people.zoneId,
                  organizationId: people.organizationId,
                  personId: people.id,
                }),
          ),
        );
      if (!person) throw notFound('Person');
      const day = today();
      const legs = await db
        .select()
        .from(travelLegs)
        .where(
          and(
            eq(travelLegs.personId, personId),
            gte(travelLegs.departureOn, day),
            inArray(travelLegs.status, ['approved', 'pending']),
          ),
        )
        .orderBy(asc(travelLegs.arrivalOn));
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
        db.select().from(staffCeilings).where(eq(staffCeilings.locationId, locationId)),
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
      const rows = await db
        .select()
        .from(staffCeilings)
        .where(eq(staffCeilings.countryId, countryId));
      const places = await loadPlaces(
        db,
        rows.map((r) => r.locationId),
      );
      const keys = [...places.values()].map(
        (p) => `${p.kind === 'area' ? 'area' : 'duty_station'}:${p.locationId}`,
      );
      const assessments = keys.length
        ? await db
            .select({ id: riskAssessments.id, key: riskAssessments.locationKey })
            .from(riskAssessments)
            .where(
              and(inArray(riskAssessments.locationKey, keys), isNull(riskAssessments.supersededAt)),
            )
        : [];
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
        const [before] = await tx
          .select()
          .from(staffCeilings)
          .where(eq(staffCeilings.locationId, locationId));
        const [row] = await tx
          .insert(staffCeilings)
          .values({ locationId, countryId: place.countryId, ...input })
          .onConflictDoUpdate({
            target: staffCeilings.locationId,
            set: { ...input, updatedAt: new Date() },
          })
          .returning();
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
        const [before] = await tx
          .delete(staffCeilings)
          .where(eq(staffCeilings.locationId, locationId))
          .returning();
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

  /** The place whose ceiling the actor sets: 404 out of scope, 403 unless the DO. */
  async function ceilingPlace(actor: RequestActor, locationId: string) {
    const place = (await loadPlaces(db, [locationId])).get(locationId);
    if (!place || !can(actor, 'travel.read', { countryId: place.countryId, areaId: place.areaId }))
      throw notFound('Location');
    if (!can(actor, 'training.mandate', { countryId: place.countryId, areaId: place.areaId }))
      throw forbidden('Only the Designated Official sets staff ceilings');
    return place;
  }
}

function presentLeg(l: LegRow, places: Map<string, Place>) {
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

/** The written clearance's number: date and the request id's first block. */
function clearanceNumber(id: string, on: string): string {
  return `SC-${on.replaceAll('-', '')}-${id.slice(0, 8).toUpperCase()}`;
}

export type TravelService = ReturnType<typeof createTravelService>;
