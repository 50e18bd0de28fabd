import type { Actor } from '@fieldsafe/core';
import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import { appointmentInForce } from '../registry/appointments.queries.ts';
import type { Executor } from '../db/client.ts';
import {
  appointments,
  countries,
  dutyStations,
  organizations,
  people,
  smtMeetingAttendees,
  smtMeetings,
} from '../db/schema/index.ts';

export async function meetingsOf(ex: Executor, countryId: string, body: string) {
  const rows = await ex
    .select()
    .from(smtMeetings)
    .where(and(eq(smtMeetings.countryId, countryId), eq(smtMeetings.body, body)))
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
    .where(and(sql`${smtMeetings.heldOn} <= ${today}`, eq(smtMeetings.body, 'smt')))
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

/** Appointments in force in a country with these roles: who may sit in its security cell. */
export function appointmentsInForce(
  ex: Executor,
  countryId: string,
  roles: readonly string[],
  today: string,
) {
  return ex
    .select({
      appointmentId: appointments.id,
      role: appointments.role,
      personName: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
      organizationCode: organizations.code,
      csaAdInterim: appointments.csaAdInterim,
      adInterimConfirmed: sql<boolean>`${appointments.aiConfirmedOn} is not null`,
    })
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.personId))
    .leftJoin(organizations, eq(organizations.id, appointments.organizationId))
    .where(
      and(
        eq(appointments.countryId, countryId),
        inArray(appointments.role, [...roles]),
        appointmentInForce(today),
      ),
    );
}
