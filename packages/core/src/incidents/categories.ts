/**
 * Incident categories: the rows of seed 003 Table 1 (personnel affected by safety and security
 * incidents), plus road traffic and other categories the field records. Stable codes; labels
 * in English and French; whether the category is about safety or security.
 */
export interface IncidentCategory {
  code: string;
  nature: 'safety' | 'security';
  en: string;
  fr: string;
  /** The row of seed 003 Table 1 this category reports under, if any. */
  table1: boolean;
}

export const INCIDENT_CATEGORIES = [
  {
    code: 'FATALITY_VIOLENCE',
    nature: 'security',
    en: 'Fatality resulting from an act of violence',
    fr: 'Décès résultant d’un acte de violence',
    table1: true,
  },
  {
    code: 'FATALITY_SAFETY',
    nature: 'safety',
    en: 'Fatality resulting from a safety-related incident',
    fr: 'Décès résultant d’un incident lié à la sûreté',
    table1: true,
  },
  {
    code: 'INJURY_VIOLENCE',
    nature: 'security',
    en: 'Injury resulting from an act of violence',
    fr: 'Blessure résultant d’un acte de violence',
    table1: true,
  },
  {
    code: 'INJURY_SAFETY',
    nature: 'safety',
    en: 'Injury resulting from a safety-related incident',
    fr: 'Blessure résultant d’un incident lié à la sûreté',
    table1: true,
  },
  { code: 'ABDUCTION', nature: 'security', en: 'Abduction', fr: 'Enlèvement', table1: true },
  { code: 'ROBBERY', nature: 'security', en: 'Robbery', fr: 'Vol qualifié', table1: true },
  {
    code: 'RESIDENCE_BREAK_IN',
    nature: 'security',
    en: 'Residence break-in',
    fr: 'Effraction au domicile',
    table1: true,
  },
  {
    code: 'AGGRAVATED_ASSAULT',
    nature: 'security',
    en: 'Aggravated assault',
    fr: 'Voies de fait graves',
    table1: true,
  },
  {
    code: 'SEXUAL_ASSAULT',
    nature: 'security',
    en: 'Sexual assault',
    fr: 'Agression sexuelle',
    table1: true,
  },
  {
    code: 'BURGLARY_RESIDENCE',
    nature: 'security',
    en: 'Burglary of residence',
    fr: 'Cambriolage de domicile',
    table1: true,
  },
  {
    code: 'INTIMIDATION',
    nature: 'security',
    en: 'Intimidation',
    fr: 'Intimidation',
    table1: true,
  },
  { code: 'HARASSMENT', nature: 'security', en: 'Harassment', fr: 'Harcèlement', table1: true },
  {
    code: 'ARREST_DETENTION',
    nature: 'security',
    en: 'Arrest and detention',
    fr: 'Arrestation et détention',
    table1: true,
  },
  {
    code: 'ROAD_TRAFFIC',
    nature: 'safety',
    en: 'Road traffic incident',
    fr: 'Accident de la circulation',
    table1: false,
  },
  { code: 'FIRE', nature: 'safety', en: 'Fire', fr: 'Incendie', table1: false },
  {
    code: 'NATURAL_HAZARD',
    nature: 'safety',
    en: 'Natural hazard',
    fr: 'Aléa naturel',
    table1: false,
  },
  {
    code: 'CIVIL_UNREST',
    nature: 'security',
    en: 'Civil unrest affecting personnel',
    fr: 'Troubles civils touchant le personnel',
    table1: false,
  },
  {
    code: 'OTHER_SAFETY',
    nature: 'safety',
    en: 'Other safety incident',
    fr: 'Autre incident lié à la sûreté',
    table1: false,
  },
  {
    code: 'OTHER_SECURITY',
    nature: 'security',
    en: 'Other security incident',
    fr: 'Autre incident de sécurité',
    table1: false,
  },
] as const satisfies readonly IncidentCategory[];

export type IncidentCategoryCode = (typeof INCIDENT_CATEGORIES)[number]['code'];
export const INCIDENT_CATEGORY_CODES = INCIDENT_CATEGORIES.map((c) => c.code) as [
  IncidentCategoryCode,
  ...IncidentCategoryCode[],
];

export function incidentCategory(code: string): IncidentCategory | undefined {
  return INCIDENT_CATEGORIES.find((c) => c.code === code);
}

/** Incident life cycle: a report is drafted, reported, verified by security, then closed. */
export const INCIDENT_STATUSES = ['draft', 'reported', 'verified', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

const NEXT: Record<IncidentStatus, readonly IncidentStatus[]> = {
  draft: ['reported'],
  reported: ['verified', 'closed'],
  verified: ['closed'],
  closed: [],
};

export function canMoveIncident(from: IncidentStatus, to: IncidentStatus): boolean {
  return NEXT[from].includes(to);
}
