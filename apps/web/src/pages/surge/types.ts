export const SURGE_REASONS = [
  'security_emergency',
  'capacity_reinforcement',
  'temporary_coverage',
  'humanitarian_emergency',
  'hostage_abduction',
  'other_directed',
] as const;
export type SurgeReason = (typeof SURGE_REASONS)[number];

export type RosterStatus = 'available' | 'deployed' | 'unavailable';

export interface RosterOfficer {
  id: string;
  personId: string;
  name: string;
  organizationId: string;
  organizationCode: string;
  countryId: string;
  gradeRole: string;
  languages: string[];
  availableFrom: string;
  availableUntil: string | null;
  availability: 'available' | 'unavailable';
  status: RosterStatus;
  notes: string | null;
}

export interface Deployment {
  id: string;
  requestId: string;
  rosterId: string;
  officerName: string;
  organizationCode: string;
  startAt: string;
  startDate: string;
  endOn: string | null;
  days: number;
  costUsd: number;
  visaNeeded: boolean;
  visaRequestedOn: string | null;
  visaObtainedOn: string | null;
  visaDelayDays: number | null;
  launchHours: number;
  launchedWithin24h: boolean;
  notes: string | null;
}

export type RequestStatus = 'open' | 'partly_staffed' | 'fully_staffed' | 'closed' | 'cancelled';

export interface SurgeRequest {
  id: string;
  countryId: string;
  countryName: string;
  areaId: string | null;
  areaName: string | null;
  reason: SurgeReason;
  requestedBy: string;
  requestedAt: string;
  officersNeeded: number;
  neededFrom: string;
  expectedDays: number;
  status: RequestStatus;
  notes: string | null;
  deployments: Deployment[];
  abilities: { canEdit: boolean; canDeploy: boolean };
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  abilities: { canManage: boolean };
}

export interface StatsRow {
  deployments: number;
  totalDays: number;
  averageDays: number;
  totalCostUsd: number;
  launchedWithin24hPercent: number | null;
  averageVisaDelayDays: number | null;
  visasCounted: number;
}

export interface SurgeStatistics {
  year: number;
  countryId: string | null;
  byReason: (StatsRow & { reason: SurgeReason })[];
  total: StatsRow;
}
