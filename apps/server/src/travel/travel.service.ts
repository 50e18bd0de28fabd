import { randomUUID } from 'node:crypto';
import {
  applyHomeLeave,
  MESSAGES,
  can,
  evaluateClearance,
  filingBasis,
  type FilingBasis,
  type Reason,
  type TravelKind,
} from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import { today } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited, auditedStatement } from '../db/tx.ts';
import { enqueueNotice, enqueueNoticeSql } from '../messaging/queue.ts';
import {
  conflict,
  forbidden,
  invalid,
  invalidFields,
  notFound,
  type FieldIssue,
} from '../http/errors.ts';
import { clearanceContextOf, clearanceContextParts } from './context.ts';
import { createPresenceService, presentLeg } from './presence.service.ts';
import {
  cancelLegs,
  decideLegs,
  findFilableTraveller,
  findVisibleRequest,
  findVisibleRequestPage,
  insertRequestStatements,
  legsOfRequests,
  legsToDecide,
  listFilableTravellers,
  listVisibleRequests,
  travellerName,
  travellerNames,
  updateRequest,
  type LegRow,
  type RequestRow,
} from './requests.queries.ts';
import { loadClearanceState, loadPlaces, type Place } from './travel.queries.ts';
import type { DecisionInput, TravelListFilter, TravelRequestInput } from './travel.schema.ts';

/** Whoever should hear of a request's decision: the traveller, and whoever filed for them. */
function concerned(r: Pick<RequestRow, 'personId' | 'filedBy'>): string[] {
  return r.filedBy && r.filedBy !== r.personId ? [r.personId, r.filedBy] : [r.personId];
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
  await enqueueNotice(tx, concerned(r), {
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
  const presence = createPresenceService(db);

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
      legsOfRequests(ex, ids),
      travellerNames(ex, [...new Set(rows.flatMap(concerned))]),
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
      filedByName: r.filedBy ? (names.get(r.filedBy) ?? '') : null,
      filedAs: r.filedAs as FilingBasis,
      legs: own.map((l) => presentLeg(l, places)),
      abilities: {
        canDecide:
          r.status === 'pending' &&
          own.some((l) => l.status === 'pending' && canDecideLeg(actor, l)),
        canCancel:
          concerned(r).includes(actor.personId ?? '') &&
          (r.status === 'pending' || r.status === 'approved') &&
          r.endsOn >= today(),
      },
    };
  }

  async function findVisible(ex: Executor, actor: RequestActor, id: string) {
    const row = await findVisibleRequest(ex, actor, id);
    if (!row) throw notFound('Travel request');
    return row;
  }

  /**
   * The traveller of a new request and on what footing the actor files it: themselves, or a
   * person the query finds they may file for (a dependant, their organization's people).
   */
  async function travellerFor(
    actor: RequestActor,
    self: string,
    travellerId: string | undefined,
  ): Promise<{ personId: string; filedAs: FilingBasis; byName: string }> {
    if (!travellerId || travellerId === self)
      return { personId: self, filedAs: 'self', byName: '' };
    const [row, [me]] = await Promise.all([
      findFilableTraveller(db, actor, travellerId),
      travellerName(db, self),
    ]);
    const basis = row ? filingBasis(actor, row) : null;
    if (!row || basis === null || basis === 'self')
      throw invalid(
        'travellerId',
        'is not someone you may request clearance for (a dependant of yours, or your organization’s personnel where you file for it)',
      );
    return { personId: row.personId, filedAs: basis, byName: me?.name ?? '' };
  }

  return {
    ...presence,

    /** The people the actor may file a clearance request for besides themselves [004 ¶27]. */
    async travellers(actor: RequestActor, q: string | undefined) {
      const rows = await listFilableTravellers(db, actor, q);
      return {
        items: rows.flatMap((r) => {
          const basis = filingBasis(actor, r);
          return basis === 'sponsor' || basis === 'organization'
            ? [{ id: r.personId, name: r.name, kind: r.kind, basis }]
            : [];
        }),
      };
    },

    async create(
      actor: RequestActor,
      input: Omit<TravelRequestInput, 'travelKind'> & { travelKind?: TravelKind },
    ) {
      const travelKind = input.travelKind ?? 'official';
      if (!actor.personId) throw forbidden('Only a person with a staff record may request travel');
      const filer = await travellerFor(actor, actor.personId, input.travellerId);
      const personId = filer.personId;
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
        filedBy: filer.filedAs === 'self' ? null : actor.personId,
        filedAs: filer.filedAs,
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
      // Filed by someone else: the traveller hears of it in the same statement [004 ¶27].
      const notice =
        row.filedBy === null
          ? []
          : enqueueNoticeSql([personId], {
              name: 'travel.filed',
              params: { purpose: row.purpose, from: startsOn, to: endsOn, by: filer.byName },
              link: `/travel#request-${id}`,
              cause: `travel:${id}:filed`,
              countryId: row.countryId,
            });
      await auditedStatement(db, actor, [...insertRequestStatements(db, row, legs), ...notice], {
        action: 'travel.request',
        entity: 'travel_request',
        entityId: id,
        countryId: row.countryId,
        organizationId: row.organizationId,
        after: { ...row, legs: input.legs },
      });
      const names = new Map([[personId, `${state.person.givenName} ${state.person.familyName}`]]);
      if (row.filedBy) names.set(row.filedBy, filer.byName);
      const [presented] = await present(db, actor, [row], { legs, names, places });
      return presented!;
    },

    async list(actor: RequestActor, filter: TravelListFilter) {
      const rows = await listVisibleRequests(db, actor, filter);
      return { items: await present(db, actor, rows) };
    },

    /** One request, with what its approver needs to decide (the clearance context). */
    async get(actor: RequestActor, id: string) {
      // One statement: the request with its legs, places and names, and its context.
      const page = await findVisibleRequestPage(db, actor, id, {
        name: 'clearance-context',
        parts: clearanceContextParts,
      });
      if (!page) throw notFound('Travel request');
      const { request: row, legs, names, places } = page;
      const context = clearanceContextOf(page.more, row, legs, places);
      return { ...shape(actor, row, legs, names, places), context };
    },

    /** The approver of a destination decides its legs; the request is approved when every leg is. */
    async decide(actor: RequestActor, id: string, input: DecisionInput) {
      const decided = await audited(db, actor, async (tx) => {
        const before = await findVisible(tx, actor, id);
        const legs = await legsToDecide(tx, id);
        const mine = legs.filter((l) => l.status === 'pending' && canDecideLeg(actor, l));
        if (mine.length === 0) {
          if (before.status !== 'pending') throw conflict('This request is no longer pending');
          throw forbidden('Only the approver of a destination of this request may decide it');
        }
        if (input.decision === 'refuse' && !input.comment)
          throw invalidFields([{ path: 'comment', message: 'is required when refusing' }]);
        const ids = mine.map((l) => l.id);
        await decideLegs(tx, ids, {
          status: input.decision === 'approve' ? 'approved' : 'refused',
          decidedBy: actor.personId,
          decidedAt: new Date(),
          comment: input.comment || null,
          updatedAt: new Date(),
        });
        const after = legs.map((l) => (ids.includes(l.id) ? input.decision : l.status));
        const status = after.some((s) => s === 'refuse' || s === 'refused')
          ? 'refused'
          : after.every((s) => s === 'approve' || s === 'approved')
            ? 'approved'
            : 'pending';
        const row = await updateRequest(tx, id, {
          status,
          clearanceNumber: status === 'approved' ? clearanceNumber(id, today()) : null,
          updatedAt: new Date(),
        });
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
        if (!concerned(before).includes(actor.personId ?? ''))
          throw forbidden('Only the traveller, or whoever filed the request, may cancel it');
        if (before.status === 'cancelled' || before.status === 'refused')
          throw conflict(`This request is already ${before.status}`);
        await cancelLegs(tx, id);
        const row = await updateRequest(tx, id, {
          status: 'cancelled',
          cancelledAt: new Date(),
          updatedAt: new Date(),
        });
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
  };
}

/** The written clearance's number: date and the request id's first block. */
function clearanceNumber(id: string, on: string): string {
  return `SC-${on.replaceAll('-', '')}-${id.slice(0, 8).toUpperCase()}`;
}

export type TravelService = ReturnType<typeof createTravelService>;
