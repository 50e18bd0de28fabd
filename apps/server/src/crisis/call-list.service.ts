import { can } from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, notFound } from '../http/errors.ts';
import {
  callListPage,
  callListRow,
  lockAccountable,
  seesCrisisPerson,
  type CallListRow,
} from './call-list.queries.ts';
import { findCrisis, markPerson } from './crisis.queries.ts';
import type { CallListFilter, ReachInput } from './crisis.schema.ts';

type Status = 'no_answer' | 'safe' | 'need_help';
const asStatus = (s: string): Status => (s === 'safe' || s === 'need_help' ? s : 'no_answer');

/**
 * The warden call list: the people a warden (or anyone accounting for people) must reach, with
 * their phone and call sign, filtered and paged on the server, and what the last call found.
 */
export function createCallListService(db: Db) {
  async function visibleCrisis(actor: RequestActor, id: string) {
    const c = await findCrisis(db, actor, id);
    if (!c) throw notFound('Crisis');
    return c;
  }

  const present = (actor: RequestActor, active: boolean) => (r: CallListRow) => ({
    personId: r.personId,
    name: `${r.familyName}, ${r.givenName}`,
    organization: r.organization,
    zone: r.zone,
    phone: r.phone,
    radioCallSign: r.radioCallSign,
    status: asStatus(r.status),
    answeredVia: r.answeredVia,
    answeredAt: r.answeredAt,
    note: r.note,
    callOutcome: r.callOutcome === null ? null : asStatus(r.callOutcome),
    calledAt: r.calledAt,
    calledBy: r.calledBy,
    callListAt: r.callListAt,
    canReach: active && can(actor, 'crisis.account', r),
  });

  return {
    async list(actor: RequestActor, crisisId: string, f: CallListFilter) {
      const c = await visibleCrisis(actor, crisisId);
      const { items, total, toReach } = await callListPage(db, actor, crisisId, f);
      return {
        items: items.map(present(actor, c.status === 'active')),
        page: f.page,
        pageSize: f.pageSize,
        total,
        toReach,
      };
    },

    /**
     * A warden records what a call found. Safe or need help is the person's status (as when they
     * answer); no answer keeps their status and records the attempt. Audited.
     */
    async reach(actor: RequestActor, crisisId: string, personId: string, input: ReachInput) {
      const c = await visibleCrisis(actor, crisisId);
      const row = await audited(db, actor, async (tx) => {
        const before = await lockAccountable(tx, actor, crisisId, personId);
        if (!before) {
          // Seen on the board but not theirs to account for: 403; not seen at all: 404.
          if (await seesCrisisPerson(tx, actor, crisisId, personId))
            throw forbidden('You may not account for this person');
          throw notFound('Person in this crisis');
        }
        if (c.status !== 'active') throw conflict('The crisis is closed');
        const now = new Date();
        const reached = input.outcome !== 'no_answer';
        await markPerson(tx, crisisId, personId, {
          callOutcome: input.outcome,
          calledAt: now,
          calledBy: actor.label,
          ...(reached
            ? {
                status: input.outcome,
                note: input.note ?? before.note,
                answeredVia: input.via,
                answeredAt: now,
                markedBy: actor.label,
              }
            : input.note
              ? { note: input.note }
              : {}),
          updatedAt: now,
        });
        const after = await callListRow(tx, crisisId, personId);
        return {
          result: after!,
          audit: {
            action: 'crisis.reach',
            entity: 'crisis_person',
            entityId: personId,
            countryId: c.countryId,
            before: { status: before.status, callOutcome: before.callOutcome },
            after: { status: after!.status, callOutcome: input.outcome, via: input.via },
          },
        };
      });
      return present(actor, true)(row);
    },
  };
}

export type CallListService = ReturnType<typeof createCallListService>;
