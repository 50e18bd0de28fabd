/** Shapes of the incident API responses (see apps/server/src/incidents/*.schema.ts). */

export interface Incident {
  id: string;
  category: string;
  nature: string;
  occurredAt: string;
  timeZone: string;
  countryId: string;
  areaId: string | null;
  dutyStationId: string | null;
  latitude: number | null;
  longitude: number | null;
  place: string | null;
  organizationId: string | null;
  personnelAffected: number;
  dependantsAffected: number;
  partnersAffected: number;
  fatalities: number;
  injuries: number;
  title: string;
  narrative: string;
  classification: string;
  status: string;
  version: number;
  reportedAt: string | null;
  updatedAt: string;
  abilities: { canCorrect: boolean; canVerify: boolean };
}

export interface IncidentRevision {
  version: number;
  reason: string;
  changedBy: string | null;
  createdAt: string;
  snapshot: unknown;
}

export interface IncidentDetail extends Incident {
  people: {
    id: string;
    personId: string | null;
    kind: string;
    name: string | null;
    outcome: string;
  }[];
  revisions: IncidentRevision[];
  attachments: {
    id: string;
    filename: string;
    mediaType: string;
    size: number;
    createdAt: string;
  }[];
}

export interface IncidentPage {
  items: Incident[];
  page: number;
  pageSize: number;
  total: number;
}

export interface Statistics {
  measure: string;
  categories: { code: string; en: string; fr: string }[];
  years: number[];
  cells: Record<string, Record<string, number>>;
  rowTotals: Record<string, number>;
  columnTotals: Record<string, number>;
  total: number;
}

export interface Lesson {
  id: string;
  reviewId: string;
  recommendation: string;
  owner: string;
  dueOn: string;
  status: string;
  evidence: string | null;
  implementedOn: string | null;
  overdue: boolean;
}

export interface Review {
  id: string;
  incidentId: string;
  kind: string;
  lead: string;
  openedOn: string;
  summary: string | null;
  findings: string | null;
  status: string;
  completedOn: string | null;
  lessons: Lesson[];
}

export interface AnnualReviewItem {
  id: string;
  title: string;
  category: string;
  occurredAt: string;
  countryId: string;
  fatalities: number;
  injuries: number;
  investigation: 'missing' | 'open' | 'completed' | 'not_required';
  afterAction: 'none' | 'open' | 'completed';
  openLessons: number;
}

export interface AnnualReview {
  year: number;
  items: AnnualReviewItem[];
}

export interface Vehicle {
  id: string;
  countryId: string;
  organizationId: string;
  registration: string;
  description: string | null;
  hasFirstAidKit: boolean;
  hasSpareTyre: boolean;
  hasRecoveryGear: boolean;
  seatBeltsWork: boolean;
  inspectedOn: string | null;
  compliant: boolean;
}

export interface Driver {
  id: string;
  personId: string;
  personName: string;
  countryId: string;
  organizationId: string;
  permitStatus: string;
  revokedOn: string | null;
  revokedReason: string | null;
  violations: { id: string; kind: string; occurredOn: string; details: string | null }[];
}

export interface IncidentFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    category: string;
    occurred_at: string;
    title: string;
    personnel_affected: number;
    fatalities: number;
    injuries: number;
  };
}

export interface IncidentFeatureCollection {
  type: 'FeatureCollection';
  features: IncidentFeature[];
}
