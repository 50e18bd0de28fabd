import { daysBetween } from '../dates.ts';
import { parseCalendarDate, type CalendarDate } from './dates.ts';
import { exactRate, type ExactRate } from './rate.ts';

/**
 * Findings of compliance missions [seed 004 ¶39–40, seed 001 §34–36, seed 000 §30]: the team
 * sets a date by which each shortcoming must be corrected; a return visit confirms it; what is
 * still open is reported to the focal point, then to Executive Heads and the HLCM. Statements
 * are verified, not just ticked [001 §35].
 */

export const COMPLIANCE_FINDING_SEVERITIES = ['minor', 'major', 'critical'] as const;
export type ComplianceFindingSeverity = (typeof COMPLIANCE_FINDING_SEVERITIES)[number];

export interface ComplianceFinding {
  id: string;
  severity: ComplianceFindingSeverity;
  /** The date by which the shortcoming must be corrected. */
  deadline: CalendarDate;
  /** Null while the finding is open. */
  closedOn: CalendarDate | null;
  /** References to evidence that the shortcoming was corrected (documents, photos). */
  evidence: readonly string[];
  /** The person who verified the correction, e.g. on a return visit. */
  verifiedBy: string | null;
}

export type FindingErrorCode = 'INVALID_DATE' | 'FINDING_ALREADY_CLOSED' | 'FINDING_NOT_VERIFIED';

export interface FindingError {
  code: FindingErrorCode;
  field?: string;
  message: string;
}

export type FindingResult<T> = { ok: true; value: T } | { ok: false; error: FindingError };

export function isFindingOpen(finding: ComplianceFinding): boolean {
  return finding.closedOn === null;
}

/** Verified when it has at least one piece of evidence or a named verifier. */
export function isFindingVerified(
  finding: Pick<ComplianceFinding, 'evidence' | 'verifiedBy'>,
): boolean {
  const hasEvidence = finding.evidence.some((ref) => ref.trim() !== '');
  const hasVerifier = finding.verifiedBy !== null && finding.verifiedBy.trim() !== '';
  return hasEvidence || hasVerifier;
}

export interface CloseFindingInput {
  closedOn: unknown;
  /** Added to the evidence already recorded. */
  evidence?: readonly string[];
  /** Replaces the verifier when given. */
  verifiedBy?: string | null;
}

/** Closes a finding; refused unless the finding, with what this call adds, is verified. */
export function closeFinding(
  finding: ComplianceFinding,
  input: CloseFindingInput,
): FindingResult<ComplianceFinding> {
  if (!isFindingOpen(finding)) {
    return fail('FINDING_ALREADY_CLOSED', `Finding ${finding.id} is already closed.`);
  }
  const closedOn = parseCalendarDate(input.closedOn, 'closedOn');
  if (!closedOn.ok) return { ok: false, error: closedOn.error };
  const next: ComplianceFinding = {
    ...finding,
    evidence: [...finding.evidence, ...(input.evidence ?? [])],
    verifiedBy: input.verifiedBy === undefined ? finding.verifiedBy : input.verifiedBy,
    closedOn: closedOn.value,
  };
  if (!isFindingVerified(next)) {
    return fail(
      'FINDING_NOT_VERIFIED',
      `Finding ${finding.id} must be verified, with evidence or by a named verifier, ` +
        'before it can be closed.',
    );
  }
  return { ok: true, value: next };
}

function fail(code: FindingErrorCode, message: string): { ok: false; error: FindingError } {
  return { ok: false, error: { code, message } };
}

/** Days after the deadline, as of `today`; 0 or negative until the deadline has passed. */
export function daysPastDeadline(finding: ComplianceFinding, today: CalendarDate): number {
  return daysBetween(finding.deadline, today);
}

/** Open and past its deadline. A finding due today is not yet overdue. */
export function isFindingOverdue(finding: ComplianceFinding, today: CalendarDate): boolean {
  return isFindingOpen(finding) && daysPastDeadline(finding, today) > 0;
}

/**
 * Who an open finding is reported to, in order of escalation [000 §30 i]: first the relevant
 * security focal point; when nothing improves, the USG for Safety and Security, who brings the
 * matter to the attention of the Executive Head for action; finally a report to the HLCM.
 */
export const ESCALATION_STAGES = ['none', 'focal_point', 'usg', 'executive_head', 'hlcm'] as const;
export type EscalationStage = (typeof ESCALATION_STAGES)[number];

/** Days past the deadline from which an open finding reaches each stage. */
export type EscalationThresholds = Readonly<Record<Exclude<EscalationStage, 'none'>, number>>;

/**
 * The default thresholds. The seeds give the order of the steps but no number of days [000 §30],
 * so a deployment may set its own (`FIELDSAFE_ESCALATION_DAYS`): the focal point the day after the
 * deadline, the USG 30 days after, the Executive Head (brought in by the USG) 60 days after, a
 * report to the HLCM 90 days after.
 */
export const DEFAULT_ESCALATION_THRESHOLDS: EscalationThresholds = {
  focal_point: 1,
  usg: 30,
  executive_head: 60,
  hlcm: 90,
};

/**
 * Parses "focal_point,usg,executive_head,hlcm" days, e.g. "1,30,60,90": four whole numbers,
 * the first at least 1, each larger than the one before. Returns an error message otherwise.
 */
export function parseEscalationThresholds(
  text: string,
): { ok: true; value: EscalationThresholds } | { ok: false; error: string } {
  const parts = text.split(',').map((p) => p.trim());
  const n = parts.map((p) => (/^\d{1,5}$/.test(p) ? Number(p) : NaN));
  const [focal, usg, head, hlcm] = n;
  if (
    n.length !== 4 ||
    focal === undefined ||
    usg === undefined ||
    head === undefined ||
    hlcm === undefined ||
    n.some(Number.isNaN)
  )
    return {
      ok: false,
      error:
        'must be four whole numbers of days: focal point, USG, Executive Head, HLCM (e.g. "1,30,60,90")',
    };
  if (focal < 1)
    return { ok: false, error: 'the focal point step is at least 1 day past the deadline' };
  if (!(focal < usg && usg < head && head < hlcm))
    return { ok: false, error: 'each step must come later than the one before' };
  return { ok: true, value: { focal_point: focal, usg, executive_head: head, hlcm } };
}

/** The escalation stage of a finding on `today`; a closed finding is never escalated. */
export function escalationStage(
  finding: ComplianceFinding,
  today: CalendarDate,
  thresholds: EscalationThresholds = DEFAULT_ESCALATION_THRESHOLDS,
): EscalationStage {
  if (!isFindingOpen(finding)) return 'none';
  const days = daysPastDeadline(finding, today);
  if (days >= thresholds.hlcm) return 'hlcm';
  if (days >= thresholds.executive_head) return 'executive_head';
  if (days >= thresholds.usg) return 'usg';
  if (days >= thresholds.focal_point) return 'focal_point';
  return 'none';
}

/** Closed on or before its deadline. */
export function isClosedOnTime(finding: ComplianceFinding): boolean {
  return finding.closedOn !== null && daysBetween(finding.closedOn, finding.deadline) >= 0;
}

/**
 * A finding is due once its outcome is known: it is closed, or its deadline has passed.
 * An open finding whose deadline is today or later is not yet counted.
 */
export function isFindingDue(finding: ComplianceFinding, today: CalendarDate): boolean {
  return !isFindingOpen(finding) || daysPastDeadline(finding, today) > 0;
}

export interface ImplementationRate {
  due: number;
  closedOnTime: number;
  /** closed on time ÷ due, fed back to the IASMN [001 §36]; null when nothing is due. */
  rate: ExactRate | null;
}

export function implementationRate(
  findings: readonly ComplianceFinding[],
  today: CalendarDate,
): ImplementationRate {
  const due = findings.filter((f) => isFindingDue(f, today));
  const closedOnTime = due.filter(isClosedOnTime).length;
  return { due: due.length, closedOnTime, rate: exactRate(closedOnTime, due.length) };
}
