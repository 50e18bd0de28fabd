import type { Permission } from './permissions.ts';

/**
 * Designations that are not appointments of the Framework for Accountability but still open
 * access: a stress counsellor designated for a country, or for one organization in a country,
 * follows the personnel and families affected by a critical incident [003 ¶169, 000 §26b].
 */
export const DESIGNATION_KINDS = ['COUNSELLOR'] as const;
export type DesignationKind = (typeof DESIGNATION_KINDS)[number];

export interface ActorDesignation {
  kind: DesignationKind;
  countryId: string;
  /** Null: every organization in the country. */
  organizationId: string | null;
}

/**
 * What each designation allows at its place. A counsellor reads the personnel list (to find the
 * people to follow) and is the only one, with the person concerned, who sees individual records.
 */
export const DESIGNATION_PERMISSIONS: Record<DesignationKind, readonly Permission[]> = {
  COUNSELLOR: ['wellbeing.counsel', 'personnel.read'],
};
