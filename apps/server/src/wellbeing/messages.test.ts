import { agreementIssues, supportCaseIssues, supportSessionIssues } from '@fieldsafe/core';
import { describe, expect, it } from 'vitest';
import { detailIn } from '../i18n/validation.ts';

describe('the field messages of the stress-support and agreement rules', () => {
  it('read in each of the five other languages', () => {
    const messages = [
      ...supportCaseIssues({
        crisisId: null,
        incidentId: null,
        openedOn: '2026-05-01',
        nextFollowUpOn: '2026-04-01',
        closedOn: '2026-04-01',
      }),
      ...supportSessionIssues({
        caseId: null,
        crisisId: null,
        incidentId: null,
        kind: 'individual',
        participants: 2,
      }),
      ...supportSessionIssues({
        caseId: null,
        crisisId: 'X',
        incidentId: null,
        kind: 'group',
        participants: 1,
      }),
      ...supportSessionIssues({
        caseId: 'K',
        crisisId: null,
        incidentId: null,
        kind: 'family',
        participants: 0,
      }),
      ...agreementIssues({
        signedOn: '2020-01-01',
        securityAnnex: true,
        annexSummary: null,
        reviewDueOn: '2019-01-01',
        lastReviewedOn: '2019-01-01',
      }),
    ].map((i) => i.message);
    expect(new Set(messages).size).toBeGreaterThanOrEqual(9);
    for (const locale of ['ar', 'es', 'fr', 'ru', 'zh'] as const)
      expect(messages.filter((m) => detailIn(locale, m) === m)).toEqual([]);
  });
});
