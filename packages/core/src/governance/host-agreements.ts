/**
 * Host country agreements (SPEC §1; JIU/REP/2016/9 Recommendation 1, ¶27–30): each should carry
 * a security annex reflecting the host country's primary responsibility and be reviewed
 * regularly. Fieldsafe flags agreements whose review is overdue, that have no review date, or
 * that have no security annex.
 */

export const AGREEMENT_FLAGS = ['review_overdue', 'no_review_date', 'no_security_annex'] as const;
export type AgreementFlag = (typeof AGREEMENT_FLAGS)[number];

export interface AgreementFacts {
  securityAnnex: boolean;
  reviewDueOn: string | null;
}

/** What is wrong with an agreement today, per Recommendation 1 [003 Rec. 1]. */
export function agreementFlags(a: AgreementFacts, today: string): AgreementFlag[] {
  const flags: AgreementFlag[] = [];
  if (a.reviewDueOn === null) flags.push('no_review_date');
  else if (a.reviewDueOn < today) flags.push('review_overdue');
  if (!a.securityAnnex) flags.push('no_security_annex');
  return flags;
}

export interface AgreementInput {
  signedOn: string | null;
  securityAnnex: boolean;
  annexSummary: string | null;
  reviewDueOn: string | null;
  lastReviewedOn: string | null;
}

/** The rules of an agreement record; each issue names its field. */
export function agreementIssues(a: AgreementInput): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (a.securityAnnex && !a.annexSummary)
    issues.push({ path: 'annexSummary', message: 'summarize the security annex' });
  if (a.signedOn && a.reviewDueOn && a.reviewDueOn < a.signedOn)
    issues.push({ path: 'reviewDueOn', message: 'must not be before signedOn' });
  if (a.signedOn && a.lastReviewedOn && a.lastReviewedOn < a.signedOn)
    issues.push({ path: 'lastReviewedOn', message: 'must not be before signedOn' });
  return issues;
}
