import type { Actor } from '@fieldsafe/core';
import { and, asc, eq, gte, isNull, or } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import { organizations, people, stressCounsellors } from '../db/schema/index.ts';

type CounsellorInsert = typeof stressCounsellors.$inferInsert;

/** A country's counsellors whose designation has not ended by the day, by family name. */
export function currentCounsellors(ex: Executor, countryId: string, day: string) {
  return ex
    .select({
      id: stressCounsellors.id,
      personId: stressCounsellors.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      email: people.email,
      phone: people.phone,
      countryId: stressCounsellors.countryId,
      organizationCode: organizations.code,
      startsOn: stressCounsellors.startsOn,
      endsOn: stressCounsellors.endsOn,
      note: stressCounsellors.note,
    })
    .from(stressCounsellors)
    .innerJoin(people, eq(people.id, stressCounsellors.personId))
    .leftJoin(organizations, eq(organizations.id, stressCounsellors.organizationId))
    .where(
      and(
        eq(stressCounsellors.countryId, countryId),
        or(isNull(stressCounsellors.endsOn), gte(stressCounsellors.endsOn, day)),
      ),
    )
    .orderBy(asc(people.familyName));
}

/** A designation the actor may change (within their `wellbeing.designate` scope). */
export async function findDesignation(ex: Executor, actor: Actor, id: string) {
  const [row] = await ex
    .select()
    .from(stressCounsellors)
    .where(
      and(
        eq(stressCounsellors.id, id),
        scopeWhere(actor, 'wellbeing.designate', {
          countryId: stressCounsellors.countryId,
          organizationId: stressCounsellors.organizationId,
        }),
      ),
    );
  return row;
}

export async function insertCounsellor(ex: Executor, values: CounsellorInsert) {
  const [row] = await ex.insert(stressCounsellors).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateCounsellor(
  ex: Executor,
  id: string,
  fields: Partial<Omit<CounsellorInsert, 'id'>>,
) {
  const [row] = await ex
    .update(stressCounsellors)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(stressCounsellors.id, id))
    .returning();
  return row;
}
