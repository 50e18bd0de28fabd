import { describe, expect, it } from 'vitest';
import { agreementFlags, agreementIssues } from './host-agreements.ts';

describe('host country agreements [003 Rec. 1, ¶27–30]', () => {
  const today = '2026-06-15';
  it('an agreement past its review date is flagged: agreements are to be reviewed regularly', () => {
    expect(agreementFlags({ securityAnnex: true, reviewDueOn: '2026-06-14' }, today)).toEqual([
      'review_overdue',
    ]);
    expect(agreementFlags({ securityAnnex: true, reviewDueOn: '2026-06-15' }, today)).toEqual([]);
  });

  it('an agreement without a review date or without a security annex is flagged', () => {
    expect(agreementFlags({ securityAnnex: false, reviewDueOn: null }, today)).toEqual([
      'no_review_date',
      'no_security_annex',
    ]);
  });

  it('a security annex is summarized; review dates do not precede the signature', () => {
    const ok = {
      signedOn: '2010-03-01',
      securityAnnex: true,
      annexSummary: 'Host police protect UN premises.',
      reviewDueOn: '2027-01-01',
      lastReviewedOn: '2024-01-01',
    };
    expect(agreementIssues(ok)).toEqual([]);
    expect(
      agreementIssues({
        ...ok,
        annexSummary: null,
        reviewDueOn: '2009-01-01',
        lastReviewedOn: '2009-01-01',
      }).map((i) => i.path),
    ).toEqual(['annexSummary', 'reviewDueOn', 'lastReviewedOn']);
  });
});
