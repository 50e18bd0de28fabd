/**
 * Normalises the phone numbers already stored to E.164 (the SQL migration 0041 can only remove
 * separators: reading a national number needs libphonenumber's numbering plans). Run at start-up;
 * idempotent. A number that cannot be read is left as it is and listed in `phone_issues`.
 */
import { normalisePhone } from '@fieldsafe/core';
import { sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { phoneIssues } from '../db/schema/index.ts';

export interface PhoneIssue {
  personId: string;
  name: string;
  phone: string;
  reason: string;
}

export async function normaliseStoredPhones(
  db: Db,
): Promise<{ changed: number; issues: PhoneIssue[] }> {
  const rows = (
    (await db.execute(sql`
      select p.id, p.phone, p.given_name || ' ' || p.family_name as name, c.alpha2,
             p.country_id as "countryId"
        from people p join countries c on c.id = p.country_id
       where p.phone is not null`)) as unknown as {
      rows: { id: string; phone: string; name: string; alpha2: string; countryId: string }[];
    }
  ).rows;
  const changes: { id: string; phone: string; before: string; countryId: string }[] = [];
  const issues: PhoneIssue[] = [];
  for (const r of rows) {
    const result = normalisePhone(r.phone, r.alpha2);
    if (!result.ok)
      issues.push({ personId: r.id, name: r.name, phone: r.phone, reason: result.reason });
    else if (result.e164 !== r.phone)
      changes.push({ id: r.id, phone: result.e164, before: r.phone, countryId: r.countryId });
  }
  await audited(db, SYSTEM_ACTOR, async (tx) => {
    if (changes.length)
      await tx.execute(sql`
        update people p set phone = x.phone, updated_at = now()
          from jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) as x(id uuid, phone text)
         where p.id = x.id`);
    await tx.delete(phoneIssues);
    if (issues.length)
      await tx
        .insert(phoneIssues)
        .values(issues.map((i) => ({ personId: i.personId, phone: i.phone, reason: i.reason })));
    return {
      result: null,
      audit: changes.map((c) => ({
        action: 'person.phone_normalise',
        entity: 'person',
        entityId: c.id,
        countryId: c.countryId,
        before: { phone: c.before },
        after: { phone: c.phone },
      })),
    };
  });
  return { changed: changes.length, issues };
}
