import type { Actor } from '@fieldsafe/core';
import {
  and,
  desc,
  eq,
  exists,
  gte,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RequestActor } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import { appointments, documents, incidents, people } from '../db/schema/index.ts';
import { incidentVisible } from '../incidents/incident.queries.ts';

export type AppointmentRow = typeof appointments.$inferSelect;

/** The DO who confirmed a CSA/SA ad interim [002 Annex B ¶24]. */
const confirmer = alias(people, 'ai_confirmer');

const selectWithName = (ex: Executor) =>
  ex
    .select({
      a: appointments,
      personName: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
      confirmedByName: sql<string | null>`${confirmer.givenName} || ' ' || ${confirmer.familyName}`,
    })
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.personId))
    .leftJoin(confirmer, eq(confirmer.id, appointments.aiConfirmedBy));

/** Appointments are visible to those who may read the structure where they apply. */
const visible = (actor: Actor) =>
  or(
    scopeWhere(actor, 'structure.read', {
      countryId: appointments.countryId,
      areaId: appointments.areaId,
      zoneId: appointments.zoneId,
    }),
    scopeWhere(actor, 'personnel.read', { organizationId: appointments.organizationId }),
    actor.personId ? eq(appointments.personId, actor.personId) : undefined,
  );

/** An appointment in force on `day` (YYYY-MM-DD): started, and not ended before it. */
export function appointmentInForce(day: string) {
  return and(
    lte(appointments.startsOn, day),
    or(isNull(appointments.endsOn), gte(appointments.endsOn, day)),
  );
}

export interface AppointmentFilter {
  countryId?: string | undefined;
  personId?: string | undefined;
  role?: string | undefined;
  status: string;
}

/** The appointments the actor may see (1,000 at most), by role and latest start; `day` is today. */
export function listAppointments(ex: Executor, actor: Actor, q: AppointmentFilter, day: string) {
  const filters: (SQL | undefined)[] = [
    visible(actor),
    q.countryId ? eq(appointments.countryId, q.countryId) : undefined,
    q.personId ? eq(appointments.personId, q.personId) : undefined,
    q.role ? eq(appointments.role, q.role) : undefined,
    q.status === 'active' ? appointmentInForce(day) : undefined,
    q.status === 'upcoming' ? sql`${appointments.startsOn} > ${day}` : undefined,
    q.status === 'ended' ? lt(appointments.endsOn, day) : undefined,
  ];
  return selectWithName(ex)
    .where(and(...filters))
    .orderBy(appointments.role, desc(appointments.startsOn))
    .limit(1000);
}

/** An appointment the actor may see, with the appointee's name. */
export async function findVisibleAppointment(ex: Executor, actor: Actor, id: string) {
  const [row] = await selectWithName(ex).where(and(eq(appointments.id, id), visible(actor)));
  return row;
}

/** An appointment with the appointee's name, whoever asks (after a write). */
export async function appointmentWithName(ex: Executor, id: string) {
  const [row] = await selectWithName(ex).where(eq(appointments.id, id));
  return row;
}

export async function insertAppointment(ex: Executor, values: typeof appointments.$inferInsert) {
  const [row] = await ex.insert(appointments).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateAppointment(
  ex: Executor,
  id: string,
  fields: Partial<Omit<typeof appointments.$inferInsert, 'id'>>,
) {
  const [row] = await ex
    .update(appointments)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(appointments.id, id))
    .returning();
  return row;
}

export async function insertDocument(ex: Executor, values: typeof documents.$inferInsert) {
  const [row] = await ex.insert(documents).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/**
 * A document the actor may read. Who may read it is part of the query, so a document out of
 * scope is never loaded: an incident's attachment is read by exactly those who may read the
 * incident; a document without a country by its uploader and system administrators; others
 * within the country.
 */
export async function findReadableDocument(ex: Executor, actor: RequestActor, id: string) {
  const [row] = await ex
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.id, id),
        or(
          and(
            isNotNull(documents.incidentId),
            exists(
              ex
                .select({ one: sql`1` })
                .from(incidents)
                .where(and(eq(incidents.id, documents.incidentId), incidentVisible(actor))),
            ),
          ),
          and(
            isNull(documents.incidentId),
            isNull(documents.countryId),
            actor.isSystemAdmin ? sql`true` : eq(documents.uploadedBy, actor.userId),
          ),
          and(
            isNull(documents.incidentId),
            isNotNull(documents.countryId),
            scopeWhere(actor, 'structure.read', { countryId: documents.countryId }),
          ),
        ),
      ),
    );
  return row;
}
