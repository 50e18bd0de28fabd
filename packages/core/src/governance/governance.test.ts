import { describe, expect, it } from 'vitest';
import {
  implementationRates,
  isRecommendationOverdue,
  implementationPercent,
  type RecommendationForRate,
} from './recommendations.ts';
import { dateDaysBefore, smtMeetingOverdue } from './smt.ts';

const rec = (r: Partial<RecommendationForRate>): RecommendationForRate => ({
  body: 'JIU',
  status: 'open',
  addressees: ['UNDP'],
  deadline: null,
  ...r,
});

describe('recommendation tracking', () => {
  it('a pending recommendation past its deadline is overdue; implemented or undated ones are not', () => {
    expect(isRecommendationOverdue({ status: 'open', deadline: '2026-01-31' }, '2026-02-01')).toBe(
      true,
    );
    expect(
      isRecommendationOverdue({ status: 'in_progress', deadline: '2026-01-31' }, '2026-02-01'),
    ).toBe(true);
    expect(isRecommendationOverdue({ status: 'open', deadline: '2026-02-01' }, '2026-02-01')).toBe(
      false,
    );
    expect(
      isRecommendationOverdue({ status: 'implemented', deadline: '2025-01-01' }, '2026-02-01'),
    ).toBe(false);
    expect(
      isRecommendationOverdue({ status: 'not_accepted', deadline: '2025-01-01' }, '2026-02-01'),
    ).toBe(false);
    expect(isRecommendationOverdue({ status: 'open', deadline: null }, '2026-02-01')).toBe(false);
  });

  it('the implementation rate per body is implemented over accepted, not-accepted left out', () => {
    const { byBody } = implementationRates(
      [
        rec({ body: 'JIU', status: 'implemented' }),
        rec({ body: 'JIU', status: 'closed' }),
        rec({ body: 'JIU', status: 'open', deadline: '2020-01-01' }),
        rec({ body: 'JIU', status: 'not_accepted' }),
        rec({ body: 'IASMN', status: 'in_progress' }),
      ],
      '2026-01-01',
    );
    const jiu = byBody.find((b) => b.key === 'JIU');
    expect(jiu).toEqual({
      key: 'JIU',
      total: 4,
      implemented: 2,
      notAccepted: 1,
      pending: 1,
      overdue: 1,
      ratePercent: '66.7',
    });
    expect(byBody.find((b) => b.key === 'IASMN')?.ratePercent).toBe('0.0');
    expect(byBody.find((b) => b.key === 'CEB')).toMatchObject({ total: 0, ratePercent: null });
    expect(byBody.map((b) => b.key)).toEqual(['IASMN', 'HLCM', 'CEB', 'JIU', 'COMPLIANCE_MISSION']);
  });

  it('a recommendation addressed to several organizations counts once for each', () => {
    const { byOrganization } = implementationRates(
      [
        rec({ addressees: ['WFP', 'UNDP', 'UNDP'], status: 'implemented' }),
        rec({ addressees: ['UNDP'], status: 'open' }),
      ],
      '2026-01-01',
    );
    expect(byOrganization.map((o) => [o.key, o.total, o.ratePercent])).toEqual([
      ['UNDP', 2, '50.0'],
      ['WFP', 1, '100.0'],
    ]);
  });

  it('a row standing for several alike recommendations counts as that many', () => {
    const alike = [
      rec({ body: 'JIU', addressees: ['WFP'], status: 'open', deadline: '2020-01-01' }),
      rec({ body: 'JIU', addressees: ['WFP', 'UNDP'], status: 'implemented' }),
      rec({ body: 'JIU', addressees: ['UNDP'], status: 'not_accepted' }),
    ];
    const counts = [3, 2, 4];
    const grouped = implementationRates(
      alike.map((r, i) => ({ ...r, count: counts[i] })),
      '2026-01-01',
    );
    const expanded = implementationRates(
      alike.flatMap((r, i) => Array.from({ length: counts[i] ?? 0 }, () => r)),
      '2026-01-01',
    );
    expect(grouped).toEqual(expanded);
    expect(grouped.byBody.find((b) => b.key === 'JIU')).toMatchObject({
      total: 9,
      implemented: 2,
      notAccepted: 4,
      overdue: 3,
    });
  });

  it('percentages round half up to one decimal', () => {
    expect(implementationPercent(1, 3)).toBe('33.3');
    expect(implementationPercent(2, 3)).toBe('66.7');
    expect(implementationPercent(1, 8)).toBe('12.5');
    expect(implementationPercent(1, 16)).toBe('6.3');
    expect(implementationPercent(0, 5)).toBe('0.0');
  });
});

describe('SMT meetings', () => {
  it('a country whose SMT has not met within N days is flagged, as is one that never met', () => {
    expect(dateDaysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(smtMeetingOverdue('2026-01-01', '2026-03-31', 90)).toBe(false);
    expect(smtMeetingOverdue('2025-12-31', '2026-03-31', 90)).toBe(false);
    expect(smtMeetingOverdue('2025-12-30', '2026-03-31', 90)).toBe(true);
    expect(smtMeetingOverdue(null, '2026-03-31', 90)).toBe(true);
  });
});
