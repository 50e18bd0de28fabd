/**
 * Incident categories, statuses and classifications, mirroring
 * packages/core/src/incidents/categories.ts (the web app imports nothing from the server).
 * Keep the codes in step with the core package.
 */
import { incidentCategoryName } from '@fieldsafe/core';
import type { Locale } from '@fieldsafe/core';

export interface IncidentCategory {
  code: string;
  nature: 'safety' | 'security';
  en: string;
  fr: string;
}

export const INCIDENT_CATEGORIES: readonly IncidentCategory[] = [
  {
    code: 'FATALITY_VIOLENCE',
    nature: 'security',
    en: 'Fatality resulting from an act of violence',
    fr: 'Décès résultant d’un acte de violence',
  },
  {
    code: 'FATALITY_SAFETY',
    nature: 'safety',
    en: 'Fatality resulting from a safety-related incident',
    fr: 'Décès résultant d’un incident lié à la sûreté',
  },
  {
    code: 'INJURY_VIOLENCE',
    nature: 'security',
    en: 'Injury resulting from an act of violence',
    fr: 'Blessure résultant d’un acte de violence',
  },
  {
    code: 'INJURY_SAFETY',
    nature: 'safety',
    en: 'Injury resulting from a safety-related incident',
    fr: 'Blessure résultant d’un incident lié à la sûreté',
  },
  { code: 'ABDUCTION', nature: 'security', en: 'Abduction', fr: 'Enlèvement' },
  { code: 'ROBBERY', nature: 'security', en: 'Robbery', fr: 'Vol qualifié' },
  {
    code: 'RESIDENCE_BREAK_IN',
    nature: 'security',
    en: 'Residence break-in',
    fr: 'Effraction au domicile',
  },
  {
    code: 'AGGRAVATED_ASSAULT',
    nature: 'security',
    en: 'Aggravated assault',
    fr: 'Voies de fait graves',
  },
  { code: 'SEXUAL_ASSAULT', nature: 'security', en: 'Sexual assault', fr: 'Agression sexuelle' },
  {
    code: 'BURGLARY_RESIDENCE',
    nature: 'security',
    en: 'Burglary of residence',
    fr: 'Cambriolage de domicile',
  },
  { code: 'INTIMIDATION', nature: 'security', en: 'Intimidation', fr: 'Intimidation' },
  { code: 'HARASSMENT', nature: 'security', en: 'Harassment', fr: 'Harcèlement' },
  {
    code: 'ARREST_DETENTION',
    nature: 'security',
    en: 'Arrest and detention',
    fr: 'Arrestation et détention',
  },
  {
    code: 'ROAD_TRAFFIC',
    nature: 'safety',
    en: 'Road traffic incident',
    fr: 'Accident de la circulation',
  },
  { code: 'FIRE', nature: 'safety', en: 'Fire', fr: 'Incendie' },
  { code: 'NATURAL_HAZARD', nature: 'safety', en: 'Natural hazard', fr: 'Aléa naturel' },
  {
    code: 'CIVIL_UNREST',
    nature: 'security',
    en: 'Civil unrest affecting personnel',
    fr: 'Troubles civils touchant le personnel',
  },
  {
    code: 'OTHER_SAFETY',
    nature: 'safety',
    en: 'Other safety incident',
    fr: 'Autre incident lié à la sûreté',
  },
  {
    code: 'OTHER_SECURITY',
    nature: 'security',
    en: 'Other security incident',
    fr: 'Autre incident de sécurité',
  },
];

export function categoryLabel(code: string, locale: Locale): string {
  const c = INCIDENT_CATEGORIES.find((x) => x.code === code);
  if (!c) return code;
  return locale === 'fr' ? c.fr : locale === 'en' ? c.en : incidentCategoryName(code, locale);
}

/** Options for a select, grouped by safety / security. */
export function categoryOptions(locale: Locale, groups: { safety: string; security: string }) {
  return INCIDENT_CATEGORIES.map((c) => ({
    value: c.code,
    label: categoryLabel(c.code, locale),
    group: groups[c.nature],
  }));
}

export const INCIDENT_STATUSES = ['draft', 'reported', 'verified', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export { CLASSIFICATIONS, isClassification, type Classification } from '@fieldsafe/core';

export const VIOLATION_KINDS = [
  'driving_under_influence',
  'speeding',
  'reckless_driving',
  'seat_belt',
  'other',
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

export const REVIEW_KINDS = ['investigation', 'board_of_inquiry', 'after_action'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const LESSON_STATUSES = ['open', 'in_progress', 'implemented', 'dropped'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

export function isLessonStatus(v: string): v is LessonStatus {
  return (LESSON_STATUSES as readonly string[]).includes(v);
}

export function isReviewKind(v: string): v is ReviewKind {
  return (REVIEW_KINDS as readonly string[]).includes(v);
}

export function isViolationKind(v: string): v is ViolationKind {
  return (VIOLATION_KINDS as readonly string[]).includes(v);
}
