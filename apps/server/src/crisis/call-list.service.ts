import { can } from '@fieldsafe/core';
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { RequestActor } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Db, Executor } from '../db/client.ts';
import { crisisPeople, organizations, people, wardenZones } from '../db/schema/index.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, notFound } from '../http/errors.ts';
import { findCrisis } from './crisis.queries.ts';
import type { CallListFilter, ReachInput } from './crisis.schema.ts';

type Status = 'no_answer' | 'safe' | 'need_help';
const asStatus = (s: string): Status => (s === 'safe' || s === 'need_help' ? s : 'no_answer');

/** The people of a crisis the actor may account for (a warden: their zone). */
function accountable(actor: RequestActor, crisisId: string): SQL {
  return and(
    eq(crisisPeople.crisisId, crisisId),
    scopeWhere(actor, 'crisis.account', {
      countryId: crisisPeople.countryId,
      areaId: crisisPeople.areaId,
      zoneId: crisisPeople.zoneId,
      organizationId: crisisPeople.organizationId,
      personId: crisisPeople.personId,
    }),
  )!;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function rowsQuery(ex: Executor, where: SQL) {
  return ex
    .select({
      personId: crisisPeople.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      organization: organizations.code,
      zone: wardenZones.name,
      phone: people.phone,
      radioCallSign: people.radioCallSign,
      status: crisisPeople.status,
      answeredVia: crisisPeople.answeredVia,
      answeredAt: crisisPeople.answeredAt,
      note: crisisPeople.note,
      callOutcome: crisisPeople.callOutcome,
      calledAt: crisisPeople.calledAt,
      calledBy: crisisPeople.calledBy,
      callListAt: crisisPeople.callListAt,
      countryId: crisisPeople.countryId,
      areaId: crisisPeople.areaId,
      zoneId: crisisPeople.zoneId,
      organizationId: crisisPeople.organizationId,
    })
    .from(crisisPeople)
    .innerJoin(people, eq(people.id, crisisPeople.personId))
    .innerJoin(organizations, eq(organizations.id, crisisPeople.organizationId))
    .leftJoin(wardenZones, eq(wardenZones.id, crisisPeople.zoneId))
    .where(where);
}

type Row = Awaited<ReturnType<typeof rowsQuery>>[number];

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

  const present = (actor: RequestActor, active: boolean) => (r: Row) => ({
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
      const scope = accountable(actor, crisisId);
      const q = f.q?.trim();
      const like = q ? `%${escapeLike(q)}%` : null;
      const where = and(
        scope,
        f.status ? eq(crisisPeople.status, f.status) : undefined,
        like
          ? or(
              ilike(sql`${people.familyName} || ', ' || ${people.givenName}`, like),
              ilike(sql`${people.givenName} || ' ' || ${people.familyName}`, like),
              ilike(people.phone, like),
              ilike(people.radioCallSign, like),
            )
          : undefined,
      )!;
      const [items, [total], [left]] = await Promise.all([
        rowsQuery(db, where)
          // Those still silent first: they are who the warden calls.
          .orderBy(
            sql`case ${crisisPeople.status} when 'no_answer' then 0 when 'need_help' then 1 else 2 end`,
            asc(people.familyName),
            asc(people.givenName),
            asc(crisisPeople.personId),
          )
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(crisisPeople)
          .innerJoin(people, eq(people.id, crisisPeople.personId))
          .where(where),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(crisisPeople)
          .where(and(scope, eq(crisisPeople.status, 'no_answer'))),
      ]);
      return {
        items: items.map(present(actor, c.status === 'active')),
        page: f.page,
        pageSize: f.pageSize,
        total: Number(total?.n ?? 0),
        toReach: Number(left?.n ?? 0),
      };
    },

    /**
     * A warden records what a call found. Safe or need help is the person's status (as when they
     * answer); no answer keeps their status and records the attempt. Audited.
     */
    async reach(actor: RequestActor, crisisId: string, personId: string, input: ReachInput) {
      const c = await visibleCrisis(actor, crisisId);
      const row = await audited(db, actor, async (tx) => {
        const [before] = await rowsQuery(
          tx,
          and(accountable(actor, crisisId), eq(crisisPeople.personId, personId))!,
        ).for('update', { of: crisisPeople });
        if (!before) {
          // Seen on the board but not theirs to account for: 403; not seen at all: 404.
          const [seen] = await tx
            .select({ id: crisisPeople.id })
            .from(crisisPeople)
            .where(
              and(
                eq(crisisPeople.crisisId, crisisId),
                eq(crisisPeople.personId, personId),
                scopeWhere(actor, 'crisis.read', {
                  countryId: crisisPeople.countryId,
                  areaId: crisisPeople.areaId,
                  zoneId: crisisPeople.zoneId,
                  organizationId: crisisPeople.organizationId,
                  personId: crisisPeople.personId,
                }),
              ),
            );
          if (seen) throw forbidden('You may not account for this person');
          throw notFound('Person in this crisis');
        }
        if (c.status !== 'active') throw conflict('The crisis is closed');
        const now = new Date();
        const reached = input.outcome !== 'no_answer';
        await tx
          .update(crisisPeople)
          .set({
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
          })
          .where(and(eq(crisisPeople.crisisId, crisisId), eq(crisisPeople.personId, personId)));
        const [after] = await rowsQuery(
          tx,
          and(eq(crisisPeople.crisisId, crisisId), eq(crisisPeople.personId, personId))!,
        );
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
