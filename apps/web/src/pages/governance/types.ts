/** Types of the governance API (recommendations, SMT meetings, security management plans). */

export const BODIES = ['IASMN', 'HLCM', 'CEB', 'JIU', 'COMPLIANCE_MISSION'] as const;
export type Body = (typeof BODIES)[number];
export const REC_STATUSES = [
  'open',
  'in_progress',
  'implemented',
  'not_accepted',
  'closed',
] as const;
export type RecStatus = (typeof REC_STATUSES)[number];

export interface OrgRef {
  id: string;
  code: string;
  name: string;
}

export interface RecommendationSummary {
  id: string;
  body: Body;
  reference: string;
  issuedOn: string;
  text: string;
  countryId: string | null;
  owner: string;
  deadline: string | null;
  status: RecStatus;
  overdue: boolean;
  addressees: OrgRef[];
  updatedAt: string;
  abilities: { canEdit: boolean };
}

export interface Recommendation extends RecommendationSummary {
  history: {
    fromStatus: string | null;
    toStatus: string;
    note: string | null;
    changedBy: string;
    changedAt: string;
  }[];
  evidence: {
    id: string;
    description: string;
    url: string | null;
    documentId: string | null;
    addedBy: string;
    createdAt: string;
  }[];
}

export interface Rate {
  key: string;
  total: number;
  implemented: number;
  notAccepted: number;
  pending: number;
  overdue: number;
  ratePercent: string | null;
}

export interface Rates {
  asOf: string;
  byBody: Rate[];
  byOrganization: Rate[];
}

export interface Meeting {
  id: string;
  countryId: string;
  heldOn: string;
  agenda: string;
  minutes: string | null;
  sentToDssOn: string | null;
  attendees: OrgRef[];
  abilities: { canEdit: boolean };
}

export interface CountryMeetings {
  countryId: string;
  days: number;
  lastHeldOn: string | null;
  flagged: boolean;
  items: Meeting[];
  abilities: { canEdit: boolean };
}

export interface Indicator {
  id?: string;
  description: string;
  target: string;
  result: string | null;
  met: boolean | null;
}

export interface PlanSummary {
  id: string;
  countryId: string;
  year: number;
  title: string;
  indicatorsTotal: number;
  indicatorsMet: number;
  indicatorsAssessed: number;
  abilities: { canEdit: boolean };
}

export interface Plan extends PlanSummary {
  indicators: Indicator[];
}
