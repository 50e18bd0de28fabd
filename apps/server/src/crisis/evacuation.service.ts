import {
  NORMAL_AUTHORITY,
  can,
  canAdvanceMovement,
  evacuationEligibility,
  isLocallyRecruited,
  personMovementIssues,
  usgReportPending,
  type CrisisMeasure,
  type MovementStatus,
} from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, invalidFields, notFound } from '../http/errors.ts';
import { crisisPeopleInScope, findCrisis } from './crisis.queries.ts';
import type { MovementInput } from './crisis.schema.ts';
import {
  logEntryKind,
  logEntryOf,
  findMovement,
  movementsOf,
  updateLogEntry,
  updateMovement,
  upsertMovement,
  type LogRow,
  type MovementRow,
} from './evacuation.queries.ts';

/** The decision columns of a log entry: a measure's normal authority unless another is named. */
export function decisionColumns(input: {
  kind: string;
  authority?: string | null | undefined;
  recommendedBy?: string | null | undefined;
  exigent?: boolean | undefined;
}) {
  if (input.kind === 'note') return { authority: null, recommendedBy: null, exigent: false };
  const normal = NORMAL_AUTHORITY[input.kind as CrisisMeasure] ?? null;
  return {
    authority: input.authority ?? normal,
    recommendedBy: input.recommendedBy ?? null,
    exigent: input.exigent ?? false,
  };
}

export function withUsgReport(entry: LogRow) {
  return { ...entry, usgReportPending: usgReportPending(entry) };
}

function presentMovement(m: MovementRow) {
  return {
    measure: m.measure,
    status: m.status as MovementStatus,
    exceptionalReason: m.exceptionalReason,
    staffAssociation: m.staffAssociation,
    staffAssociationConsultedOn: m.staffAssociationConsultedOn,
    destination: m.destination,
    decisionId: m.decisionId,
    decidedBy: m.decidedBy,
    movedAt: m.movedAt,
    arrivedAt: m.arrivedAt,
  };
}

const movementOf = (m: MovementRow | undefined) => (m ? presentMovement(m) : null);

/**
 * The evacuation list with per-person decisions [003 ¶181–182] and the DO's report to the USG of
 * a decision taken in exigent circumstances [002 Annex B ¶13].
 */
export function createEvacuationService(db: Db) {
  async function visible(actor: RequestActor, id: string) {
    const c = await findCrisis(db, actor, id);
    if (!c) throw notFound('Crisis');
    return c;
  }
  const decides = (actor: RequestActor, c: { countryId: string; areaId: string | null }) =>
    can(actor, 'crisis.declare', { countryId: c.countryId, areaId: c.areaId });

  return {
    async list(actor: RequestActor, crisisId: string) {
      const c = await visible(actor, crisisId);
      const [rows, movements] = await Promise.all([
        crisisPeopleInScope(db, actor, crisisId),
        movementsOf(db, crisisId),
      ]);
      const byPerson = new Map(movements.map((m) => [m.personId, m]));
      return {
        items: rows.map((r) => ({
          personId: r.personId,
          name: `${r.familyName}, ${r.givenName}`,
          kind: r.kind,
          category: r.category,
          organization: r.organization,
          eligibility: evacuationEligibility(r),
          locallyRecruited: isLocallyRecruited(r),
          status: r.status,
          movement: movementOf(byPerson.get(r.personId)),
        })),
        abilities: {
          canDecide: decides(actor, c),
          canTrack: decides(actor, c) || can(actor, 'crisis.account', c),
        },
      };
    },

    /** Records that a DO's decision in exigent circumstances was reported to the USG. */
    async reportToUsg(
      actor: RequestActor,
      crisisId: string,
      entryId: string,
      input: { reportedAt?: Date | undefined; reference: string },
    ) {
      const c = await visible(actor, crisisId);
      if (!decides(actor, c))
        throw forbidden('The Designated Official or the Chief Security Adviser reports to the USG');
      return audited(db, actor, async (tx) => {
        const before = await logEntryOf(tx, crisisId, entryId);
        if (!before) throw notFound('Crisis log entry');
        if (!usgReportPending(before))
          throw conflict('Only a DO decision in exigent circumstances awaits a report to the USG');
        const after = await updateLogEntry(tx, entryId, {
          reportedToUsgAt: input.reportedAt ?? new Date(),
          usgReportReference: input.reference,
          updatedAt: new Date(),
        });
        if (!after) throw notFound('Crisis log entry');
        return {
          result: withUsgReport(after),
          audit: {
            action: 'crisis.usg_report',
            entity: 'crisis_log',
            entityId: entryId,
            countryId: c.countryId,
            before,
            after,
          },
        };
      });
    },

    /** Decides one person's evacuation or relocation (or alternate work). */
    async decide(actor: RequestActor, crisisId: string, input: MovementInput) {
      const c = await visible(actor, crisisId);
      if (c.status !== 'active') throw conflict('The crisis is closed');
      if (!decides(actor, c))
        throw forbidden('Evacuation and relocation are decided by the Designated Official');
      const [person] = await crisisPeopleInScope(db, actor, crisisId, input.personId);
      if (!person) throw notFound('Person in this crisis');
      const movement = {
        measure: input.measure,
        exceptionalReason: input.exceptionalReason ?? null,
        staffAssociation: input.staffAssociation ?? null,
        staffAssociationConsultedOn: input.staffAssociationConsultedOn ?? null,
      };
      const issues = personMovementIssues(person, movement);
      if (issues.length > 0)
        throw invalidFields(issues.map((i) => ({ path: i.field, message: i.message })));
      return audited(db, actor, async (tx) => {
        if (input.decisionId) {
          const decision = await logEntryKind(tx, crisisId, input.decisionId);
          if (!decision || decision.kind !== input.measure)
            throw invalidFields([
              { path: 'decisionId', message: `not a ${input.measure} decision of this crisis` },
            ]);
        }
        const before = await findMovement(tx, crisisId, input.personId);
        if (before && before.status !== 'decided')
          throw conflict('This person has already moved; the decision can no longer change');
        const values = {
          ...movement,
          crisisId,
          personId: input.personId,
          status: 'decided',
          eligibility: evacuationEligibility(person),
          destination: input.destination ?? null,
          decisionId: input.decisionId ?? null,
          decidedBy: actor.label,
          updatedAt: new Date(),
        };
        const row = await upsertMovement(tx, values);
        if (!row) throw new Error('movement not recorded');
        return {
          result: presentMovement(row),
          audit: {
            action: 'crisis.movement.decide',
            entity: 'crisis_movement',
            entityId: row.id,
            countryId: c.countryId,
            before: before ?? null,
            after: row,
          },
        };
      });
    },

    /** Marks a person as moved, then arrived. */
    async advance(
      actor: RequestActor,
      crisisId: string,
      personId: string,
      status: 'moved' | 'arrived',
    ) {
      const c = await visible(actor, crisisId);
      const [person] = await crisisPeopleInScope(db, actor, crisisId, personId);
      if (!person) throw notFound('Person in this crisis');
      const keys = {
        countryId: person.countryId,
        areaId: person.areaId,
        zoneId: person.zoneId,
        organizationId: person.organizationId,
      };
      if (!decides(actor, c) && !can(actor, 'crisis.account', keys))
        throw forbidden('You do not account for this person');
      return audited(db, actor, async (tx) => {
        const before = await findMovement(tx, crisisId, personId);
        if (!before) throw conflict('No evacuation or relocation has been decided for this person');
        if (!canAdvanceMovement(before.status as MovementStatus, status))
          throw conflict(`A ${before.status} person cannot be marked ${status}`);
        const now = new Date();
        const row = await updateMovement(tx, before.id, {
          status,
          ...(status === 'moved' ? { movedAt: now } : { arrivedAt: now }),
          updatedAt: now,
        });
        if (!row) throw new Error('movement not updated');
        return {
          result: presentMovement(row),
          audit: {
            action: `crisis.movement.${status}`,
            entity: 'crisis_movement',
            entityId: row.id,
            countryId: c.countryId,
            before,
            after: row,
          },
        };
      });
    },
  };
}

export type EvacuationService = ReturnType<typeof createEvacuationService>;
