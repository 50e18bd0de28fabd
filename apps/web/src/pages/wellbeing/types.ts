/** Shapes of the stress-support API (apps/server/src/wellbeing/support.schema.ts). */
export type SessionKind = 'individual' | 'family' | 'group';

export interface SupportEvent {
  kind: 'crisis' | 'incident';
  id: string;
  title: string;
}

export interface Counts {
  sessionsHeld: number;
  participants: number;
  peopleFollowed: number;
  openCases: number;
  followUpsOverdue: number;
}

export interface SupportSummary {
  countryId: string;
  counts: Counts;
  byEvent: (Counts & { event: SupportEvent })[];
  canCounsel: boolean;
  canDesignate: boolean;
}

export interface SupportSession {
  id: string;
  caseId: string | null;
  heldOn: string;
  kind: SessionKind;
  participants: number;
  notes: string | null;
  event: SupportEvent | null;
}

export interface SupportCase {
  id: string;
  countryId: string;
  person: {
    id: string;
    givenName: string;
    familyName: string;
    kind: string;
    organizationCode: string;
  };
  event: SupportEvent | null;
  counsellor: string | null;
  openedOn: string;
  nextFollowUpOn: string | null;
  closedOn: string | null;
  notes: string | null;
  overdue: boolean;
  sessions: SupportSession[];
  abilities: { canEdit: boolean };
}

export interface SupportCases {
  items: SupportCase[];
  groupSessions: SupportSession[];
}

export interface Counsellor {
  id: string;
  personId: string;
  name: string;
  email: string | null;
  phone: string | null;
  countryId: string;
  organizationCode: string | null;
  startsOn: string;
  endsOn: string | null;
  note: string | null;
}

export interface Counsellors {
  items: Counsellor[];
  canDesignate: boolean;
}

export interface SupportEvents {
  items: (SupportEvent & { at: string })[];
}
