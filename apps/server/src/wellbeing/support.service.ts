import {
  can,
  followUpOverdue,
  supportCaseIssues,
  supportCounts,
  supportSessionIssues,
  type SupportCaseFacts,
} from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, invalidFields, notFound } from '../http/errors.ts';
import type { CaseInput, CasePatchInput, SessionInput } from './support.schema.ts';
import {
  casesAbout,
  countRows,
  crisisInCountry,
  eventTitles,
  findReadableCase,
  groupSessionsOf,
  incidentInCountry,
  insertCase,
  insertSession,
  personInCountry,
  reaches,
  readableCaseRows,
  readableCasesOf,
  recentEventsOf,
  sessionsOfCases,
  updateCase,
  type CaseRows,
  type SessionRow,
} from './support.queries.ts';

type Keyed = { crisisId: string | null; incidentId: string | null };

const eventKey = (r: Keyed) => r.crisisId ?? r.incidentId;

function eventOf(r: Keyed, titles: Map<string, string>) {
  if (r.crisisId)
    return { kind: 'crisis' as const, id: r.crisisId, title: titles.get(r.crisisId) ?? '' };
  if (r.incidentId)
    return { kind: 'incident' as const, id: r.incidentId, title: titles.get(r.incidentId) ?? '' };
  return null;
}

async function titlesFor(ex: Executor, rows: readonly Keyed[]) {
  const crisisIds = [...new Set(rows.flatMap((r) => (r.crisisId ? [r.crisisId] : [])))];
  const incidentIds = [...new Set(rows.flatMap((r) => (r.incidentId ? [r.incidentId] : [])))];
  return eventTitles(ex, crisisIds, incidentIds);
}

/** What the audit trail keeps of a case: never the person, never the notes. */
const auditedCase = (c: CaseRows[number]['c']) => ({
  id: c.id,
  countryId: c.countryId,
  crisisId: c.crisisId,
  incidentId: c.incidentId,
  openedOn: c.openedOn,
  nextFollowUpOn: c.nextFollowUpOn,
  closedOn: c.closedOn,
});

/** The event must be in the country. */
async function checkEvent(ex: Executor, countryId: string, input: Keyed) {
  if (input.crisisId && !(await crisisInCountry(ex, input.crisisId, countryId)))
    throw invalid('crisisId', 'unknown crisis in this country');
  if (input.incidentId && !(await incidentInCountry(ex, input.incidentId, countryId)))
    throw invalid('incidentId', 'unknown incident in this country');
}

export function createSupportService(db: Db) {
  function presentSession(s: SessionRow, titles: Map<string, string>) {
    return {
      id: s.id,
      caseId: s.caseId,
      heldOn: s.heldOn,
      kind: s.kind as SessionInput['kind'],
      participants: s.participants,
      notes: s.notes,
      event: eventOf(s, titles),
    };
  }

  /** Individual cases, each with its sessions. */
  async function presentCases(actor: RequestActor, rows: CaseRows) {
    const ids = rows.map((r) => r.c.id);
    const sessions = ids.length ? await sessionsOfCases(db, ids) : [];
    const titles = await titlesFor(db, [...rows.map((r) => r.c), ...sessions]);
    const day = today();
    return rows.map(({ c, person, counsellorGiven, counsellorFamily }) => ({
      id: c.id,
      countryId: c.countryId,
      person,
      event: eventOf(c, titles),
      counsellor: counsellorGiven ? `${counsellorGiven} ${counsellorFamily ?? ''}`.trim() : null,
      openedOn: c.openedOn,
      nextFollowUpOn: c.nextFollowUpOn,
      closedOn: c.closedOn,
      notes: c.notes,
      overdue: followUpOverdue(c, day),
      sessions: sessions.filter((s) => s.caseId === c.id).map((s) => presentSession(s, titles)),
      abilities: {
        canEdit: reaches(actor, 'wellbeing.counsel', c.countryId) && c.personId !== actor.personId,
      },
    }));
  }

  async function oneCase(actor: RequestActor, id: string) {
    const [found] = await presentCases(actor, await readableCaseRows(db, actor, id));
    if (!found) throw notFound('Support case');
    return found;
  }

  /** A case the actor counsels (not one about themselves), loaded for a change. */
  async function counselledCase(ex: Executor, actor: RequestActor, id: string) {
    const row = await findReadableCase(ex, actor, id);
    if (!row) throw notFound('Support case');
    if (row.personId === actor.personId || !reaches(actor, 'wellbeing.counsel', row.countryId))
      throw forbidden('Only a counsellor changes a support case');
    return row;
  }

  return {
    /** Counts for managers and counsellors: never names [003 ¶169]. */
    async summary(actor: RequestActor, countryId: string) {
      const counsel = reaches(actor, 'wellbeing.counsel', countryId);
      if (!counsel && !reaches(actor, 'wellbeing.counts', countryId)) throw notFound('Country');
      const { cases, sessions } = await countRows(db, actor, countryId);
      const day = today();
      const titles = await titlesFor(db, [...cases, ...sessions]);
      const keys = [...new Set([...cases, ...sessions].map(eventKey))].filter(
        (k): k is string => k !== null,
      );
      const byEvent = keys.flatMap((k) => {
        const first = [...cases, ...sessions].find((r) => eventKey(r) === k);
        const event = first ? eventOf(first, titles) : null;
        if (!event) return [];
        return [
          {
            event,
            ...supportCounts(
              cases.filter((c) => eventKey(c) === k),
              sessions.filter((s) => eventKey(s) === k),
              day,
            ),
          },
        ];
      });
      return {
        countryId,
        counts: supportCounts(cases, sessions, day),
        byEvent,
        canCounsel: counsel,
        canDesignate: reaches(actor, 'wellbeing.designate', countryId),
      };
    },

    /** Individual records of a country: counsellors only; anyone else 404. */
    async list(actor: RequestActor, countryId: string) {
      if (!reaches(actor, 'wellbeing.counsel', countryId)) throw notFound('Country');
      const items = await presentCases(actor, await readableCasesOf(db, actor, countryId));
      const groups = await groupSessionsOf(db, countryId);
      const titles = await titlesFor(db, groups);
      return { items, groupSessions: groups.map((s) => presentSession(s, titles)) };
    },

    get: oneCase,

    /** The crises and incidents of a country a counsellor may attach a case or session to. */
    async events(actor: RequestActor, countryId: string) {
      if (!reaches(actor, 'wellbeing.counsel', countryId)) throw notFound('Country');
      const { crises: cs, incidents: is } = await recentEventsOf(db, countryId);
      return {
        items: [
          ...cs.map((e) => ({ kind: 'crisis' as const, ...e })),
          ...is.map((e) => ({ kind: 'incident' as const, ...e })),
        ],
      };
    },

    /** The person concerned: their own follow-up. */
    async mine(actor: RequestActor) {
      if (!actor.personId) return { items: [], groupSessions: [] };
      const items = await presentCases(actor, await casesAbout(db, actor.personId));
      return { items, groupSessions: [] };
    },

    async openCase(actor: RequestActor, countryId: string, input: CaseInput) {
      if (!reaches(actor, 'wellbeing.counsel', countryId)) throw notFound('Country');
      const id = await audited(db, actor, async (tx) => {
        const person = await personInCountry(tx, input.personId, countryId);
        if (!person) throw invalid('personId', 'unknown person in this country');
        if (person.id === actor.personId)
          throw invalid('personId', 'a counsellor does not follow themselves');
        const keys = { countryId, organizationId: person.organizationId };
        if (!can(actor, 'wellbeing.counsel', keys))
          throw forbidden('Your designation does not cover this person’s organization');
        const issues = supportCaseIssues(input);
        if (issues.length) throw invalidFields(issues);
        await checkEvent(tx, countryId, input);
        const row = await insertCase(tx, { ...input, ...keys, counsellorId: actor.personId });
        return {
          result: row.id,
          audit: {
            action: 'support_case.open',
            entity: 'support_case',
            entityId: row.id,
            countryId,
            after: auditedCase(row),
          },
        };
      });
      return oneCase(actor, id);
    },

    async updateCase(actor: RequestActor, id: string, patch: CasePatchInput) {
      await audited(db, actor, async (tx) => {
        const before = await counselledCase(tx, actor, id);
        const next: SupportCaseFacts = {
          openedOn: before.openedOn,
          nextFollowUpOn:
            patch.nextFollowUpOn === undefined ? before.nextFollowUpOn : patch.nextFollowUpOn,
          closedOn: patch.closedOn === undefined ? before.closedOn : patch.closedOn,
        };
        const issues = supportCaseIssues({ ...before, ...next });
        if (issues.length) throw invalidFields(issues);
        const row = await updateCase(tx, id, patch);
        if (!row) throw notFound('Support case');
        return {
          result: row,
          audit: {
            action: 'support_case.update',
            entity: 'support_case',
            entityId: id,
            countryId: row.countryId,
            before: auditedCase(before),
            after: auditedCase(row),
          },
        };
      });
      return oneCase(actor, id);
    },

    async recordSession(actor: RequestActor, countryId: string, input: SessionInput) {
      if (!reaches(actor, 'wellbeing.counsel', countryId)) throw notFound('Country');
      const issues = supportSessionIssues(input);
      if (issues.length) throw invalidFields(issues);
      const row = await audited(db, actor, async (tx) => {
        let keys: Keyed & { organizationId: string | null } = {
          crisisId: input.crisisId,
          incidentId: input.incidentId,
          organizationId: null,
        };
        if (input.caseId) {
          const c = await counselledCase(tx, actor, input.caseId).catch(() => {
            throw invalid('caseId', 'unknown support case');
          });
          if (c.countryId !== countryId) throw invalid('caseId', 'unknown support case');
          keys = {
            crisisId: c.crisisId,
            incidentId: c.incidentId,
            organizationId: c.organizationId,
          };
        } else {
          await checkEvent(tx, countryId, input);
        }
        const s = await insertSession(tx, {
          countryId,
          caseId: input.caseId,
          ...keys,
          counsellorId: actor.personId,
          heldOn: input.heldOn,
          kind: input.kind,
          participants: input.participants,
          notes: input.notes,
        });
        const { notes: _n, ...kept } = s;
        return {
          result: s,
          audit: {
            action: 'support_session.record',
            entity: 'support_session',
            entityId: s.id,
            countryId,
            after: kept,
          },
        };
      });
      return presentSession(row, await titlesFor(db, [row]));
    },
  };
}

export type SupportService = ReturnType<typeof createSupportService>;
