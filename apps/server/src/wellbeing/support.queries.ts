import { scopesFor, type Actor, type Permission } from '@fieldsafe/core';
import { and, asc, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import {
  crises,
  incidents,
  organizations,
  people,
  supportCases,
  supportSessions,
} from '../db/schema/index.ts';

/** Whether any grant of the permission reaches into the country. */
export function reaches(actor: Actor, permission: Permission, countryId: string): boolean {
  return scopesFor(actor, permission).some(
    (s) =>
      s.kind === 'system' ||
      s.kind === 'organization' ||
      (s.kind !== 'self' && s.countryId === countryId),
  );
}

/** Cases the actor may read individually: as counsellor, or as the person concerned. */
function caseReadable(actor: Actor): SQL {
  const counsel = scopeWhere(actor, 'wellbeing.counsel', {
    countryId: supportCases.countryId,
    organizationId: supportCases.organizationId,
  });
  return actor.personId
    ? (or(counsel, eq(supportCases.personId, actor.personId)) ?? counsel)
    : counsel;
}

/** The rows counts are computed from (no names, no notes), within the actor's scope. */
export async function countRows(ex: Executor, actor: Actor, countryId: string) {
  const inScope = (p: Permission, c: typeof supportCases | typeof supportSessions) =>
    scopeWhere(actor, p, { countryId: c.countryId, organizationId: c.organizationId });
  const cases = await ex
    .select({
      personId: supportCases.personId,
      crisisId: supportCases.crisisId,
      incidentId: supportCases.incidentId,
      openedOn: supportCases.openedOn,
      nextFollowUpOn: supportCases.nextFollowUpOn,
      closedOn: supportCases.closedOn,
    })
    .from(supportCases)
    .where(
      and(
        eq(supportCases.countryId, countryId),
        or(inScope('wellbeing.counts', supportCases), inScope('wellbeing.counsel', supportCases)),
      ),
    );
  const sessions = await ex
    .select({
      crisisId: supportSessions.crisisId,
      incidentId: supportSessions.incidentId,
      heldOn: supportSessions.heldOn,
      participants: supportSessions.participants,
    })
    .from(supportSessions)
    .where(
      and(
        eq(supportSessions.countryId, countryId),
        or(
          inScope('wellbeing.counts', supportSessions),
          inScope('wellbeing.counsel', supportSessions),
        ),
      ),
    );
  return { cases, sessions };
}

/** Titles of the crises and incidents named. */
export async function eventTitles(ex: Executor, crisisIds: string[], incidentIds: string[]) {
  const cs = crisisIds.length
    ? await ex
        .select({ id: crises.id, title: crises.title })
        .from(crises)
        .where(inArray(crises.id, crisisIds))
    : [];
  const is = incidentIds.length
    ? await ex
        .select({ id: incidents.id, title: incidents.title })
        .from(incidents)
        .where(inArray(incidents.id, incidentIds))
    : [];
  return new Map([...cs, ...is].map((e) => [e.id, e.title]));
}

const counsellorPerson = alias(people, 'counsellor');

/** Individual cases, each row with the person; `where` already limits them to what may be read. */
function caseRows(ex: Executor, where: SQL | undefined) {
  return ex
    .select({
      c: supportCases,
      person: {
        id: people.id,
        givenName: people.givenName,
        familyName: people.familyName,
        kind: people.kind,
        organizationCode: organizations.code,
      },
      counsellorGiven: counsellorPerson.givenName,
      counsellorFamily: counsellorPerson.familyName,
    })
    .from(supportCases)
    .innerJoin(people, eq(people.id, supportCases.personId))
    .innerJoin(organizations, eq(organizations.id, supportCases.organizationId))
    .leftJoin(counsellorPerson, eq(counsellorPerson.id, supportCases.counsellorId))
    .where(where)
    .orderBy(asc(supportCases.closedOn), asc(supportCases.nextFollowUpOn), asc(people.familyName));
}

export type CaseRows = Awaited<ReturnType<typeof caseRows>>;

/** The case (with its person) if the actor may read it. */
export function readableCaseRows(ex: Executor, actor: Actor, id: string) {
  return caseRows(ex, and(eq(supportCases.id, id), caseReadable(actor)));
}

/** The cases of a country the actor may read. */
export function readableCasesOf(ex: Executor, actor: Actor, countryId: string) {
  return caseRows(ex, and(eq(supportCases.countryId, countryId), caseReadable(actor)));
}

/** The cases about a person (their own follow-up). */
export function casesAbout(ex: Executor, personId: string) {
  return caseRows(ex, eq(supportCases.personId, personId));
}

/** A case's own row, if the actor may read it. */
export async function findReadableCase(ex: Executor, actor: Actor, id: string) {
  const [row] = await ex
    .select()
    .from(supportCases)
    .where(and(eq(supportCases.id, id), caseReadable(actor)));
  return row;
}

export type SessionRow = typeof supportSessions.$inferSelect;

/** The sessions of the cases named. */
export function sessionsOfCases(ex: Executor, caseIds: string[]) {
  return sessionRows(ex, inArray(supportSessions.caseId, caseIds));
}

/** A country's group sessions (those without a case). */
export function groupSessionsOf(ex: Executor, countryId: string) {
  return sessionRows(
    ex,
    and(eq(supportSessions.countryId, countryId), isNull(supportSessions.caseId)),
  );
}

function sessionRows(ex: Executor, where: SQL | undefined) {
  return ex
    .select()
    .from(supportSessions)
    .where(where)
    .orderBy(desc(supportSessions.heldOn), desc(supportSessions.createdAt));
}

// ---- The events a case or session is attached to ----

export async function crisisInCountry(ex: Executor, id: string, countryId: string) {
  const [c] = await ex
    .select({ id: crises.id })
    .from(crises)
    .where(and(eq(crises.id, id), eq(crises.countryId, countryId)));
  return Boolean(c);
}

export async function incidentInCountry(ex: Executor, id: string, countryId: string) {
  const [i] = await ex
    .select({ id: incidents.id })
    .from(incidents)
    .where(and(eq(incidents.id, id), eq(incidents.countryId, countryId)));
  return Boolean(i);
}

/** The latest 100 crises and the latest 100 incidents of a country. */
export async function recentEventsOf(ex: Executor, countryId: string) {
  const cs = await ex
    .select({ id: crises.id, title: crises.title, at: crises.declaredAt })
    .from(crises)
    .where(eq(crises.countryId, countryId))
    .orderBy(desc(crises.declaredAt))
    .limit(100);
  const is = await ex
    .select({ id: incidents.id, title: incidents.title, at: incidents.occurredAt })
    .from(incidents)
    .where(eq(incidents.countryId, countryId))
    .orderBy(desc(incidents.occurredAt))
    .limit(100);
  return { crises: cs, incidents: is };
}

// ---- Writes ----

/** A person of the country: their id and organization. */
export async function personInCountry(ex: Executor, id: string, countryId: string) {
  const [person] = await ex
    .select({ id: people.id, organizationId: people.organizationId })
    .from(people)
    .where(and(eq(people.id, id), eq(people.countryId, countryId)));
  return person;
}

export async function insertCase(ex: Executor, values: typeof supportCases.$inferInsert) {
  const [row] = await ex.insert(supportCases).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateCase(
  ex: Executor,
  id: string,
  fields: Partial<Pick<typeof supportCases.$inferInsert, 'nextFollowUpOn' | 'closedOn' | 'notes'>>,
) {
  const [row] = await ex
    .update(supportCases)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(supportCases.id, id))
    .returning();
  return row;
}

export async function insertSession(ex: Executor, values: typeof supportSessions.$inferInsert) {
  const [row] = await ex.insert(supportSessions).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}
