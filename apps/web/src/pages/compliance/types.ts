import type { LocalizedLabel } from '@fieldsafe/core';
/** Shapes of the MOSS API (apps/server/src/compliance/moss.schema.ts). */

export const MEASURE_STATUSES = [
  'implemented',
  'partially_implemented',
  'not_implemented',
  'not_applicable',
] as const;

export type Label = LocalizedLabel;

export interface MossAdoption {
  code: string;
  area: string;
  areaLabel: Label;
  title: Label;
  basis: string;
  requiresSraJustification: boolean;
  applies: boolean | null;
  justification: string | null;
  decidedOn: string | null;
}

export interface MossStatus {
  dutyStationId: string;
  dutyStationName: string;
  organizationId: string;
  organizationCode: string;
  /** The geographic area of the duty station. */
  areaId: string;
  measureCode: string;
  /** The MOSS area of the measure (telecommunications, vehicles, …). */
  mossArea: string;
  status: string;
  recorded: boolean;
  evidence: string | null;
  dueDate: string | null;
  overdue: boolean;
  abilities: { canEdit: boolean };
}

export interface Summary {
  implemented: number;
  partiallyImplemented: number;
  notImplemented: number;
  notApplicable: number;
  applicable: number;
  percent: number | null;
}

export interface ComplianceData {
  country: Summary;
  byLocation: (Summary & { dutyStationId: string; name: string })[];
  byOrganization: (Summary & { organizationId: string; code: string })[];
}

export interface MossStatusPage {
  items: MossStatus[];
  page: number;
  pageSize: number;
  total: number;
}
