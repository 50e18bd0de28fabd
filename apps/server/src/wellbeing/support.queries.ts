import { scopesFor, type Actor, type Permission } from '@fieldsafe/core';
import { and, asc, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
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
export function caseReadable(actor: Actor): SQL {
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
export async function caseRows(ex: Executor, where: SQL) {
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

export async function sessionRows(ex: Executor, where: SQL) {
  return ex
    .select()
    .from(supportSessions)
    .where(where)
    .orderBy(desc(supportSessions.heldOn), desc(supportSessions.createdAt));
}
