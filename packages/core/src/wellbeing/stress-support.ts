/**
 * Critical-incident stress support (SPEC §7): counselling sessions per crisis or incident and
 * the long-term follow-up of the personnel and families affected [003 ¶169, 000 §26b].
 * Individual records are confidential: counsellors and the person concerned see them; managers
 * (DO, CSA, HQ) see counts only.
 */
import { can, type Actor, type RecordKeys } from '../access/policy.ts';

export const SUPPORT_SESSION_KINDS = ['individual', 'family', 'group'] as const;
export type SupportSessionKind = (typeof SUPPORT_SESSION_KINDS)[number];

export interface SupportIssue {
  path: string;
  message: string;
}

/** What the actor may see of the stress-support records at a place. */
export type SupportAccess = 'record' | 'counts' | 'none';

/**
 * The confidentiality rule: the person concerned and a counsellor designated for the place see
 * the record; the DO, the CSA and HQ focal points see counts; everyone else nothing. A system
 * administrator holds the counts but never `wellbeing.counsel`.
 */
export function supportAccess(
  actor: Actor,
  keys: RecordKeys & { countryId: string; personId?: string | null },
): SupportAccess {
  if (actor.personId !== null && keys.personId === actor.personId) return 'record';
  if (can(actor, 'wellbeing.counsel', keys)) return 'record';
  if (can(actor, 'wellbeing.counts', keys)) return 'counts';
  return 'none';
}

export interface SupportCaseFacts {
  openedOn: string;
  nextFollowUpOn: string | null;
  closedOn: string | null;
}

/** A case is open until it is closed (a closing date in the future still counts as open). */
export function caseOpen(c: Pick<SupportCaseFacts, 'closedOn'>, today: string): boolean {
  return c.closedOn === null || c.closedOn > today;
}

/**
 * A follow-up is overdue when an open case's next follow-up date has passed, or when an open
 * case has no next follow-up planned: the IASMN found that long-term follow-up was what had
 * been lacking after Baghdad and Algiers [000 §26b ii].
 */
export function followUpOverdue(c: SupportCaseFacts, today: string): boolean {
  if (!caseOpen(c, today)) return false;
  return c.nextFollowUpOn === null || c.nextFollowUpOn < today;
}

export interface SupportCaseInput {
  crisisId: string | null;
  incidentId: string | null;
  openedOn: string;
  nextFollowUpOn: string | null;
  closedOn: string | null;
}

/** The rules a follow-up case must keep; each issue names its field. */
export function supportCaseIssues(c: SupportCaseInput): SupportIssue[] {
  const issues: SupportIssue[] = [];
  if (!c.crisisId && !c.incidentId)
    issues.push({ path: 'crisisId', message: 'name the crisis or the incident (one is required)' });
  if (c.nextFollowUpOn !== null && c.nextFollowUpOn < c.openedOn)
    issues.push({ path: 'nextFollowUpOn', message: 'must not be before openedOn' });
  if (c.closedOn !== null && c.closedOn < c.openedOn)
    issues.push({ path: 'closedOn', message: 'must not be before openedOn' });
  return issues;
}

export interface SupportSessionInput {
  caseId: string | null;
  crisisId: string | null;
  incidentId: string | null;
  kind: SupportSessionKind;
  participants: number;
}

/**
 * The rules of a counselling session: held for a crisis or an incident (directly or through the
 * case it belongs to) [003 ¶169]; an individual session has one participant and belongs to a
 * case; a group session has at least two.
 */
export function supportSessionIssues(s: SupportSessionInput): SupportIssue[] {
  const issues: SupportIssue[] = [];
  if (!s.caseId && !s.crisisId && !s.incidentId)
    issues.push({ path: 'crisisId', message: 'name the crisis, the incident or the case' });
  if (s.kind === 'individual' && s.participants !== 1)
    issues.push({ path: 'participants', message: 'an individual session has one participant' });
  if (s.kind === 'individual' && !s.caseId)
    issues.push({ path: 'caseId', message: 'an individual session belongs to a follow-up case' });
  if (s.kind === 'group' && s.participants < 2)
    issues.push({ path: 'participants', message: 'a group session has at least two participants' });
  if (s.kind === 'family' && s.participants < 1)
    issues.push({ path: 'participants', message: 'must be 1 or more' });
  return issues;
}

/** What managers see: counts, never names. */
export interface SupportCounts {
  sessionsHeld: number;
  participants: number;
  peopleFollowed: number;
  openCases: number;
  followUpsOverdue: number;
}

/** Counts of sessions held (up to today), people followed, open cases and overdue follow-ups. */
export function supportCounts(
  cases: readonly (SupportCaseFacts & { personId: string })[],
  sessions: readonly { heldOn: string; participants: number }[],
  today: string,
): SupportCounts {
  const held = sessions.filter((s) => s.heldOn <= today);
  return {
    sessionsHeld: held.length,
    participants: held.reduce((n, s) => n + s.participants, 0),
    peopleFollowed: new Set(cases.map((c) => c.personId)).size,
    openCases: cases.filter((c) => caseOpen(c, today)).length,
    followUpsOverdue: cases.filter((c) => followUpOverdue(c, today)).length,
  };
}
