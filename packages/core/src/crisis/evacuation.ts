/**
 * Evacuation eligibility (SPEC §7, seed 003 ¶181–182): evacuation covers international staff and
 * their eligible dependants; locally recruited staff are decided case by case.
 */
export type EvacuationEligibility = 'eligible' | 'case_by_case';

export interface EvacuationCandidate {
  kind: string;
  category: string | null;
  /** For a dependant: the category of the staff member they depend on, when known. */
  sponsorCategory?: string | null;
}

export function evacuationEligibility(p: EvacuationCandidate): EvacuationEligibility {
  switch (p.kind) {
    case 'personnel':
    case 'visitor':
      return p.category === 'international' ? 'eligible' : 'case_by_case';
    case 'dependant':
      return p.sponsorCategory === 'international' ? 'eligible' : 'case_by_case';
    default:
      return 'case_by_case';
  }
}

/** The answers a check-in or a warden's call can record. */
export const CRISIS_ANSWERS = ['safe', 'need_help'] as const;
export type CrisisAnswer = (typeof CRISIS_ANSWERS)[number];

/** Everyone is accounted for only when nobody is left without an answer. */
export function allAccountedFor(counts: { total: number; noAnswer: number }): boolean {
  return counts.noAnswer === 0;
}
