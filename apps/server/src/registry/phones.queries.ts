import type { Actor } from '@fieldsafe/core';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor, type Tx } from '../db/client.ts';
import { people, phoneIssues } from '../db/schema/index.ts';
import { peopleScope } from './people.queries.ts';

export interface StoredPhone {
  id: string;
  phone: string;
  name: string;
  alpha2: string;
  countryId: string;
}

/** Every stored phone number with its owner's name and country code. */
export async function storedPhones(ex: Executor): Promise<StoredPhone[]> {
  return rowsOf<StoredPhone>(
    ex,
    sql`
      select p.id, p.phone, p.given_name || ' ' || p.family_name as name, c.alpha2,
             p.country_id as "countryId"
        from people p join countries c on c.id = p.country_id
       where p.phone is not null`,
  );
}

/** Sets many people's phone numbers in one statement. */
export async function updatePhones(tx: Tx, changes: { id: string; phone: string }[]) {
  await tx.execute(sql`
        update people p set phone = x.phone, updated_at = now()
          from jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) as x(id uuid, phone text)
         where p.id = x.id`);
}

/** Replaces the list of numbers that could not be read. */
export async function replacePhoneIssues(
  tx: Tx,
  issues: { personId: string; phone: string; reason: string }[],
) {
  await tx.delete(phoneIssues);
  if (issues.length)
    await tx
      .insert(phoneIssues)
      .values(issues.map((i) => ({ personId: i.personId, phone: i.phone, reason: i.reason })));
}

/** A page of the unreadable numbers of the people the actor may edit, by name. */
export async function listPhoneIssues(ex: Executor, actor: Actor, page: number, pageSize: number) {
  const where = and(eq(people.phone, phoneIssues.phone), peopleScope(actor, 'personnel.write'));
  const [items, [total]] = await Promise.all([
    ex
      .select({
        personId: phoneIssues.personId,
        givenName: people.givenName,
        familyName: people.familyName,
        phone: phoneIssues.phone,
        reason: phoneIssues.reason,
        foundAt: phoneIssues.foundAt,
      })
      .from(phoneIssues)
      .innerJoin(people, eq(people.id, phoneIssues.personId))
      .where(where)
      .orderBy(asc(people.familyName), asc(people.givenName), asc(people.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ex
      .select({ n: count() })
      .from(phoneIssues)
      .innerJoin(people, eq(people.id, phoneIssues.personId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0, page, pageSize };
}
