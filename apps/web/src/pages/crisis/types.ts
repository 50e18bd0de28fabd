export interface Crisis {
  id: string;
  countryId: string;
  areaId: string | null;
  areaName: string | null;
  title: string;
  description: string | null;
  status: 'active' | 'closed';
  declaredBy: string;
  declaredAt: string;
  closedAt: string | null;
  abilities: { canManage: boolean; canAccount: boolean };
}

export interface Counts {
  total: number;
  safe: number;
  needHelp: number;
  noAnswer: number;
}

export interface CrisisPerson {
  personId: string;
  name: string;
  kind: string;
  category: string | null;
  organization: string;
  zoneId: string | null;
  zone: string | null;
  phone: string | null;
  radioCallSign: string | null;
  reason: string;
  status: 'safe' | 'need_help' | 'no_answer';
  note: string | null;
  latitude: number | null;
  longitude: number | null;
  answeredVia: string | null;
  answeredAt: string | null;
  canMark: boolean;
}

export interface Board {
  crisisId: string;
  status: string;
  counts: Counts;
  allAccountedFor: boolean;
  byZone: (Counts & { zoneId: string | null; zone: string | null })[];
  byOrganization: (Counts & { organizationId: string; organization: string })[];
  people: CrisisPerson[];
}

export interface LogEntry {
  id: string;
  kind: string;
  text: string;
  decidedBy: string | null;
  recordedBy: string;
  at: string;
}

export interface EvacuationEntry {
  personId: string;
  name: string;
  kind: string;
  category: string | null;
  organization: string;
  eligibility: 'eligible' | 'case_by_case';
  status: string;
}
