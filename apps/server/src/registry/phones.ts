/**
 * Normalises the phone numbers already stored to E.164 (the SQL migration 0041 can only remove
 * separators: reading a national number needs libphonenumber's numbering plans). Run at start-up;
 * idempotent. A number that cannot be read is left as it is and listed in `phone_issues`.
 */
import { normalisePhone, type Actor } from '@fieldsafe/core';
import { SYSTEM_ACTOR } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import {
  listPhoneIssues,
  replacePhoneIssues,
  storedPhones,
  updatePhones,
} from './phones.queries.ts';

export interface PhoneIssue {
  personId: string;
  name: string;
  phone: string;
  reason: string;
}

export async function normaliseStoredPhones(
  db: Db,
): Promise<{ changed: number; issues: PhoneIssue[] }> {
  const rows = await storedPhones(db);
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
    if (changes.length) await updatePhones(tx, changes);
    await replacePhoneIssues(tx, issues);
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

/** The unreadable numbers of the people the actor may edit, paged. */
export function phoneIssuesOf(db: Db, actor: Actor, page: number, pageSize: number) {
  return listPhoneIssues(db, actor, page, pageSize);
}
