/**
 * Evacuation and relocation (SPEC §7).
 *
 * Who decides [002 Annex B ¶13, 003 ¶181]: an evacuation is decided by the Secretary-General on
 * the recommendation of the USG for Safety and Security (and the DO); the DO decides relocation
 * and alternate work modalities; in exigent circumstances the DO may decide a relocation or an
 * evacuation, a decision that stays subject to the USG's review and is reported to the USG
 * immediately [002 Annex B ¶13, Annex DO 16].
 *
 * Who is evacuated [003 ¶181–182]: internationally recruited staff and their eligible
 * dependants; locally recruited staff only in exceptional circumstances (for instance when they
 * are targeted because of their employment with the UN), case by case and always after
 * consulting the relevant staff association. International visitors (consultants, mission
 * travellers) are not automatically eligible: their own organization decides, case by case.
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
      return p.category === 'international' ? 'eligible' : 'case_by_case';
    case 'dependant':
      return p.sponsorCategory === 'international' ? 'eligible' : 'case_by_case';
    default:
      // Visitors, international or not, are not automatically eligible.
      return 'case_by_case';
  }
}

/** Locally recruited staff, or a dependant of locally recruited staff [003 ¶181–182]. */
export function isLocallyRecruited(p: EvacuationCandidate): boolean {
  if (p.kind === 'personnel') return p.category !== 'international';
  if (p.kind === 'dependant') return p.sponsorCategory !== 'international';
  return false;
}

/** The risk-avoidance measures of a crisis [003 ¶181]. */
export const CRISIS_MEASURES = ['alternate_work', 'relocation', 'evacuation'] as const;
export type CrisisMeasure = (typeof CRISIS_MEASURES)[number];

export const DECISION_AUTHORITIES = ['DO', 'SECRETARY_GENERAL'] as const;
export type DecisionAuthority = (typeof DECISION_AUTHORITIES)[number];

/** Who decides each measure in normal circumstances. */
export const NORMAL_AUTHORITY: Readonly<Record<CrisisMeasure, DecisionAuthority>> = {
  alternate_work: 'DO',
  relocation: 'DO',
  evacuation: 'SECRETARY_GENERAL',
};

export interface CrisisDecision {
  measure: CrisisMeasure;
  authority: DecisionAuthority;
  /** For a Secretary-General's evacuation: the recommendation (the USG, and the DO). */
  recommendedBy: string | null;
  /** The DO acting in exigent circumstances under the authority delegated to them. */
  exigent: boolean;
}

export interface DecisionIssue {
  field: 'authority' | 'recommendedBy' | 'exigent';
  message: string;
}

/** What is wrong with a recorded decision; empty when it follows the Framework. */
export function crisisDecisionIssues(d: CrisisDecision): DecisionIssue[] {
  const issues: DecisionIssue[] = [];
  if (d.authority === 'SECRETARY_GENERAL') {
    if (d.measure !== 'evacuation')
      issues.push({
        field: 'authority',
        message: 'the Secretary-General decides evacuations; the DO decides this measure',
      });
    if (d.exigent)
      issues.push({
        field: 'exigent',
        message:
          'exigent circumstances are the DO’s delegated authority, not the Secretary-General’s',
      });
    if (d.measure === 'evacuation' && (d.recommendedBy ?? '').trim() === '')
      issues.push({
        field: 'recommendedBy',
        message:
          'an evacuation is decided on the recommendation of the USG for Safety and Security',
      });
  } else if (d.measure === 'evacuation' && !d.exigent) {
    issues.push({
      field: 'authority',
      message:
        'the Secretary-General decides an evacuation on the USG’s recommendation; the DO only in exigent circumstances',
    });
  }
  return issues;
}

/** A DO's decision in exigent circumstances must be reported to the USG immediately. */
export function usgReportPending(d: {
  authority: string | null;
  exigent: boolean;
  reportedToUsgAt: Date | string | null;
}): boolean {
  return d.authority === 'DO' && d.exigent && d.reportedToUsgAt === null;
}

/** Where a person stands on the evacuation/relocation list once a decision names them. */
export const MOVEMENT_STATUSES = ['decided', 'moved', 'arrived'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];

/** Movements only go forward: decided → moved → arrived. */
export function canAdvanceMovement(from: MovementStatus, to: MovementStatus): boolean {
  return MOVEMENT_STATUSES.indexOf(to) === MOVEMENT_STATUSES.indexOf(from) + 1;
}

export interface PersonMovement {
  measure: CrisisMeasure;
  /** Why an exceptional, case-by-case evacuation is decided (e.g. targeted for UN employment). */
  exceptionalReason: string | null;
  /** The staff association consulted, and when [003 ¶182]. */
  staffAssociation: string | null;
  staffAssociationConsultedOn: string | null;
}

export interface MovementIssue {
  field: 'exceptionalReason' | 'staffAssociation' | 'staffAssociationConsultedOn';
  message: string;
}

/** What a per-person decision lacks; empty when it may be recorded. */
export function personMovementIssues(
  person: EvacuationCandidate,
  m: PersonMovement,
): MovementIssue[] {
  if (m.measure !== 'evacuation' || evacuationEligibility(person) === 'eligible') return [];
  const issues: MovementIssue[] = [];
  const blank = (v: string | null) => (v ?? '').trim() === '';
  if (blank(m.exceptionalReason))
    issues.push({
      field: 'exceptionalReason',
      message: 'not automatically eligible: state the exceptional circumstances of this case',
    });
  if (isLocallyRecruited(person)) {
    if (blank(m.staffAssociation))
      issues.push({
        field: 'staffAssociation',
        message:
          'evacuating locally recruited staff needs a consultation with the staff association',
      });
    if (blank(m.staffAssociationConsultedOn))
      issues.push({
        field: 'staffAssociationConsultedOn',
        message: 'the date of the staff association consultation is required',
      });
  }
  return issues;
}

/** The answers a check-in or a warden's call can record. */
export const CRISIS_ANSWERS = ['safe', 'need_help'] as const;
export type CrisisAnswer = (typeof CRISIS_ANSWERS)[number];

/** Everyone is accounted for only when nobody is left without an answer. */
export function allAccountedFor(counts: { total: number; noAnswer: number }): boolean {
  return counts.noAnswer === 0;
}
