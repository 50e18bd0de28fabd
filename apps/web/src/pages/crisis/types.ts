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
  /** When the person, still silent, went on their warden's call list. */
  callListAt: string | null;
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
  /** One page of the people counted (none with `pageSize=0`); the counts are over everyone. */
  people: CrisisPerson[];
  page: number;
  pageSize: number;
  peopleTotal: number;
}

export interface LogEntry {
  id: string;
  kind: string;
  text: string;
  decidedBy: string | null;
  authority: string | null;
  recommendedBy: string | null;
  exigent: boolean;
  reportedToUsgAt: string | null;
  usgReportReference: string | null;
  usgReportPending: boolean;
  recordedBy: string;
  at: string;
}

export interface Movement {
  measure: string;
  status: 'decided' | 'moved' | 'arrived';
  exceptionalReason: string | null;
  staffAssociation: string | null;
  staffAssociationConsultedOn: string | null;
  destination: string | null;
  decisionId: string | null;
  decidedBy: string;
  movedAt: string | null;
  arrivedAt: string | null;
}

export interface EvacuationEntry {
  personId: string;
  name: string;
  kind: string;
  category: string | null;
  organization: string;
  eligibility: 'eligible' | 'case_by_case';
  locallyRecruited: boolean;
  status: string;
  movement: Movement | null;
}

export interface EvacuationList {
  items: EvacuationEntry[];
  abilities: { canDecide: boolean; canTrack: boolean };
}
