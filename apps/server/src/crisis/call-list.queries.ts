import type { Actor } from '@fieldsafe/core';
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import { crisisPeople, organizations, people, wardenZones } from '../db/schema/index.ts';
import { crisisPersonScope } from './crisis.queries.ts';

/** The people of a crisis the actor may account for (a warden: their zone). */
function accountable(actor: Actor, crisisId: string): SQL {
  return and(eq(crisisPeople.crisisId, crisisId), crisisPersonScope(actor, 'crisis.account'))!;
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

export type CallListRow = Awaited<ReturnType<typeof rowsQuery>>[number];

export interface CallListQuery {
  status?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/**
 * A page of the people of a crisis the actor accounts for (those still silent first), how many
 * match the filter and how many of them all are still to reach.
 */
export async function callListPage(ex: Executor, actor: Actor, crisisId: string, f: CallListQuery) {
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
    rowsQuery(ex, where)
      // Those still silent first: they are who the warden calls.
      .orderBy(
        sql`case ${crisisPeople.status} when 'no_answer' then 0 when 'need_help' then 1 else 2 end`,
        asc(people.familyName),
        asc(people.givenName),
        asc(crisisPeople.personId),
      )
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    ex
      .select({ n: sql<number>`count(*)::int` })
      .from(crisisPeople)
      .innerJoin(people, eq(people.id, crisisPeople.personId))
      .where(where),
    ex
      .select({ n: sql<number>`count(*)::int` })
      .from(crisisPeople)
      .where(and(scope, eq(crisisPeople.status, 'no_answer'))),
  ]);
  return { items, total: Number(total?.n ?? 0), toReach: Number(left?.n ?? 0) };
}

/** A person of a crisis the actor accounts for, locked until the transaction ends. */
export async function lockAccountable(tx: Tx, actor: Actor, crisisId: string, personId: string) {
  const [row] = await rowsQuery(
    tx,
    and(accountable(actor, crisisId), eq(crisisPeople.personId, personId))!,
  ).for('update', { of: crisisPeople });
  return row;
}

/** Whether the actor sees a person of a crisis (on the board). */
export async function seesCrisisPerson(
  ex: Executor,
  actor: Actor,
  crisisId: string,
  personId: string,
) {
  const [seen] = await ex
    .select({ id: crisisPeople.id })
    .from(crisisPeople)
    .where(
      and(
        eq(crisisPeople.crisisId, crisisId),
        eq(crisisPeople.personId, personId),
        crisisPersonScope(actor, 'crisis.read'),
      ),
    );
  return Boolean(seen);
}

/** A person of a crisis as the call list shows them, whoever asks. */
export async function callListRow(ex: Executor, crisisId: string, personId: string) {
  const [row] = await rowsQuery(
    ex,
    and(eq(crisisPeople.crisisId, crisisId), eq(crisisPeople.personId, personId))!,
  );
  return row;
}
