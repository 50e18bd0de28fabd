import { riskLevel, type FlagCause, type RatingValue } from '@fieldsafe/core';

/** Shapes of the risk API (apps/server/src/risk/*.schema.ts). */

export const THREAT_CATEGORIES = [
  'armed_conflict',
  'terrorism',
  'crime',
  'civil_unrest',
  'hazards',
] as const;
export const EXPOSED = ['personnel', 'premises', 'assets', 'programmes'] as const;
export const CRITICALITY = ['low', 'medium', 'high', 'critical'] as const;
export const LEVELS = ['negligible', 'low', 'medium', 'high', 'critical'] as const;
export const STRATEGIES = ['accept', 'control', 'avoid', 'transfer'] as const;

export interface Rated {
  likelihood: number;
  impact: number;
  score: number;
  level: string;
}

export interface AssessmentSummary {
  id: string;
  locationType: string;
  countryId: string;
  areaId: string | null;
  dutyStationId: string | null;
  locationName: string;
  version: number;
  title: string;
  acceptableLevel: string;
  assessedOn: string;
  reviewDue: string;
  reviewOverdue: boolean;
  staffCeiling: number | null;
  flaggedForReview: boolean;
  flagReason: string | null;
  /** Why a trigger flagged it, worded by `flagText`; null when a person typed the reason. */
  flagCause: FlagCause | null;
  current: boolean;
  riskCount: number;
  aboveAcceptable: number;
  abilities: { canEdit: boolean };
}

export interface RiskRecord {
  id: string;
  threatId: string;
  threatTitle: string;
  threatCategory: string;
  exposed: string;
  description: string;
  inherent: Rated;
  suggestedStrategies: string[];
  strategies: string[];
  measures: string[];
  residual: Rated | null;
  mustStayInView: boolean;
  acceptance: {
    status: string;
    residualLevel: string;
    acceptableLevel: string;
    problem: string | null;
    decision: {
      name: string | null;
      role: string;
      level: string;
      at: string;
      rationale: string;
    } | null;
  };
  abilities: { canAccept: boolean };
}

export interface Assessment extends AssessmentSummary {
  summary: string | null;
  goals: { id: string; title: string; description: string | null; criticality: string }[];
  threats: {
    id: string;
    category: string;
    title: string;
    description: string | null;
    human: boolean;
    mindSet: string | null;
    capability: string | null;
    context: string | null;
  }[];
  risks: RiskRecord[];
}

export interface HeatMapData {
  inherent: number[][];
  residual: number[][];
  total: number;
  residualUnrated: number;
  assessments: number;
}

export interface RegisterEntry {
  id: string;
  assessmentId: string;
  threatTitle: string;
  threatCategory: string;
  exposed: string;
  description: string;
  inherent: Rated;
  residual: Rated | null;
  strategies: string[];
  measureCount: number;
  accepted: boolean;
}

export interface Register {
  locations: {
    assessmentId: string;
    locationName: string;
    acceptableLevel: string;
    flaggedForReview: boolean;
  }[];
  items: RegisterEntry[];
}

export interface SecurityLevel {
  id: string;
  areaId: string | null;
  areaName: string | null;
  level: string;
  effectiveFrom: string;
  reason: string;
  healthOnly: boolean;
  whoConsultedWith: string | null;
  whoConsultedThrough: string | null;
  whoConsultedOn: string | null;
  whoConsultationReference: string | null;
  whoConsultation: string | null;
  decidedBy: string;
  current: boolean;
}

export interface Sanction {
  id: string;
  organizationCode: string;
  reason: string;
  startsOn: string;
  endsOn: string | null;
  active: boolean;
}

/** Level of a cell of the matrix, by core's bands. */
export function levelOf(likelihood: number, impact: number): string {
  return riskLevel({ likelihood: likelihood as RatingValue, impact: impact as RatingValue });
}

export const LEVEL_COLOURS: Record<string, string> = {
  negligible: '#d9f0d3',
  low: '#a6dba0',
  medium: '#fee08b',
  high: '#fdae61',
  critical: '#d73027',
};
