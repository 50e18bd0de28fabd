export type PlanKind = 'country' | 'area' | 'contingency' | 'relocation_evacuation';
export type DrillKind = 'evacuation' | 'quick' | 'relocation' | 'other';

export interface Progress {
  requested: number;
  acknowledged: number;
  rate: number | null;
}

export interface MyAck {
  versionId: string;
  number: number;
  acknowledgedAt: string | null;
}

export interface PlanSummary {
  id: string;
  countryId: string;
  countryName: string;
  areaId: string | null;
  areaName: string | null;
  kind: PlanKind;
  title: string;
  owner: string;
  current: {
    id: string;
    number: number;
    approvedOn: string;
    nextReviewOn: string;
    reviewOverdue: boolean;
    progress: Progress;
  } | null;
  mine: MyAck | null;
  abilities: { canEdit: boolean };
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface PlanList extends Paged<PlanSummary> {
  abilities: { canCreate: boolean };
}

export interface PlanVersion {
  id: string;
  planId: string;
  number: number;
  summary: string;
  body: string | null;
  documentId: string | null;
  approvedBy: string;
  approvedOn: string;
  nextReviewOn: string;
  reviewOverdue: boolean;
  current: boolean;
  supersededAt: string | null;
  createdAt: string;
  progress: Progress;
}

export interface PlanDetail {
  id: string;
  countryId: string;
  countryName: string;
  areaId: string | null;
  areaName: string | null;
  kind: PlanKind;
  title: string;
  owner: string;
  versions: PlanVersion[];
  mine: MyAck | null;
  abilities: { canEdit: boolean; canSeeProgress: boolean };
}

export interface AckReport extends Paged<{
  personId: string;
  name: string;
  organizationCode: string | null;
  requestedAt: string;
  acknowledgedAt: string | null;
}> {
  versionId: string;
  progress: Progress;
}

export interface Drill {
  id: string;
  countryId: string;
  areaId: string | null;
  areaName: string | null;
  dutyStationId: string | null;
  dutyStationName: string | null;
  kind: DrillKind;
  scenario: string | null;
  scheduledOn: string;
  status: 'scheduled' | 'done';
  heldOn: string | null;
  startedAt: string | null;
  endedAt: string | null;
  durationMinutes: number | null;
  participantCount: number;
  participants: { id: string; name: string }[];
  findings: string | null;
  followUpActions: string | null;
  abilities: { canEdit: boolean };
}

export interface DrillList extends Paged<Drill> {
  abilities: { canCreate: boolean };
}

export interface DrillDue {
  dutyStationId: string;
  dutyStationName: string;
  areaId: string;
  areaName: string;
  securityLevel: string | null;
  riskBand: 'low' | 'high';
  kind: DrillKind;
  months: number;
  lastHeldOn: string | null;
  dueOn: string | null;
  overdue: boolean;
  daysOverdue: number | null;
  nextScheduledOn: string | null;
}

export interface DrillsDueReport {
  countryId: string;
  today: string;
  highRiskFromLevel: number;
  overdueCount: number;
  items: DrillDue[];
}

export interface RadioCheckSummary {
  id: string;
  countryId: string;
  areaId: string | null;
  zoneId: string | null;
  placeName: string;
  net: string;
  heldAt: string;
  notes: string | null;
  called: number;
  missed: number;
  abilities: { canEdit: boolean };
}

export interface RadioCheck extends RadioCheckSummary {
  entries: {
    id: string;
    personId: string | null;
    name: string | null;
    callSign: string;
    answered: boolean;
    answeredAt: string | null;
    note: string | null;
  }[];
}

export interface RadioList extends Paged<RadioCheckSummary> {
  abilities: { canRecord: boolean };
}

export interface Roster {
  items: { personId: string; name: string; callSign: string | null }[];
}

export interface MissedReport extends Paged<{
  personId: string | null;
  name: string | null;
  callSign: string;
  called: number;
  missed: number;
  lastMissedAt: string | null;
  flagged: boolean;
}> {
  from: string;
  to: string;
  flagFrom: number;
}
