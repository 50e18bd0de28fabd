import type { Actor } from '@fieldsafe/core';
import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import {
  countries,
  dutyStations,
  organizations,
  smtMeetingAttendees,
  smtMeetings,
} from '../db/schema/index.ts';

export async function meetingsOf(ex: Executor, countryId: string) {
  const rows = await ex
    .select()
    .from(smtMeetings)
    .where(eq(smtMeetings.countryId, countryId))
    .orderBy(desc(smtMeetings.heldOn), desc(smtMeetings.createdAt));
  return withAttendees(ex, rows);
}

export async function findMeeting(ex: Executor, actor: Actor, id: string) {
  const rows = await ex
    .select()
    .from(smtMeetings)
    .where(
      and(
        eq(smtMeetings.id, id),
        scopeWhere(actor, 'governance.read', { countryId: smtMeetings.countryId }),
      ),
    );
  const [row] = await withAttendees(ex, rows);
  return row;
}

async function withAttendees(ex: Executor, rows: (typeof smtMeetings.$inferSelect)[]) {
  const ids = rows.map((r) => r.id);
  const links =
    ids.length === 0
      ? []
      : await ex
          .select({
            meetingId: smtMeetingAttendees.meetingId,
            id: organizations.id,
            code: organizations.code,
            name: organizations.name,
          })
          .from(smtMeetingAttendees)
          .innerJoin(organizations, eq(organizations.id, smtMeetingAttendees.organizationId))
          .where(inArray(smtMeetingAttendees.meetingId, ids))
          .orderBy(asc(organizations.code));
  return rows.map((r) => ({
    ...r,
    attendees: links
      .filter((l) => l.meetingId === r.id)
      .map(({ id, code, name }) => ({ id, code, name })),
  }));
}

/**
 * The date of the last SMT meeting of every country with a duty station that the actor may
 * read governance records of (meetings dated in the future do not count).
 */
export async function lastMeetings(ex: Executor, actor: Actor, today: string) {
  const last = ex
    .select({ countryId: smtMeetings.countryId, lastHeldOn: max(smtMeetings.heldOn).as('last') })
    .from(smtMeetings)
    .where(sql`${smtMeetings.heldOn} <= ${today}`)
    .groupBy(smtMeetings.countryId)
    .as('last_meetings');
  return ex
    .selectDistinct({
      countryId: countries.id,
      countryName: countries.nameEn,
      lastHeldOn: last.lastHeldOn,
    })
    .from(countries)
    .innerJoin(dutyStations, eq(dutyStations.countryId, countries.id))
    .leftJoin(last, eq(last.countryId, countries.id))
    .where(scopeWhere(actor, 'governance.read', { countryId: countries.id }))
    .orderBy(asc(countries.nameEn));
}

type MeetingFields = Omit<typeof smtMeetings.$inferInsert, 'id' | 'countryId'>;

export async function insertMeeting(ex: Executor, values: typeof smtMeetings.$inferInsert) {
  const [row] = await ex.insert(smtMeetings).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateMeeting(ex: Executor, id: string, fields: Partial<MeetingFields>) {
  const [row] = await ex
    .update(smtMeetings)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(smtMeetings.id, id))
    .returning();
  return row;
}

export async function insertAttendees(ex: Executor, meetingId: string, ids: readonly string[]) {
  if (ids.length > 0)
    await ex
      .insert(smtMeetingAttendees)
      .values(ids.map((organizationId) => ({ meetingId, organizationId })));
}

export async function replaceAttendees(ex: Executor, meetingId: string, ids: readonly string[]) {
  await ex.delete(smtMeetingAttendees).where(eq(smtMeetingAttendees.meetingId, meetingId));
  await insertAttendees(ex, meetingId, ids);
}
