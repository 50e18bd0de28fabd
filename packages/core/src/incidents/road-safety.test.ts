import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PENALTY_RULES,
  drivingDecision,
  needsInvestigation,
  penaltyRuleIssues,
  type PenaltyRule,
} from './road-safety.ts';

describe('road safety penalty rules [003 ¶46–47]', () => {
  it('[003 ¶47] the default shipped rule: one instance of driving under the influence revokes (zero tolerance)', () => {
    expect(DEFAULT_PENALTY_RULES).toEqual([
      { kinds: ['driving_under_influence'], count: 1, windowDays: null },
    ]);
    const decision = drivingDecision(
      [{ kind: 'driving_under_influence', occurredOn: '2026-03-01' }],
      '2026-03-02',
    );
    expect(decision).toEqual({
      revoke: true,
      reason: expect.stringContaining('driving under influence on 2026-03-01'),
    });
  });

  it('no invented rule by default: any number of speeding violations does not revoke until a country sets a rule', () => {
    const many = ['2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10'].map((d) => ({
      kind: 'speeding' as const,
      occurredOn: d,
    }));
    expect(drivingDecision(many, '2026-06-01').revoke).toBe(false);
  });

  it('[003 ¶46] a country may institute its own penalty rule for speeding and reckless driving', () => {
    const rules: PenaltyRule[] = [
      ...DEFAULT_PENALTY_RULES,
      { kinds: ['speeding', 'reckless_driving'], count: 2, windowDays: 180 },
    ];
    const one = [{ kind: 'speeding' as const, occurredOn: '2026-01-10' }];
    expect(drivingDecision(one, '2026-06-01', rules).revoke).toBe(false);
    const two = [...one, { kind: 'reckless_driving' as const, occurredOn: '2026-05-10' }];
    expect(drivingDecision(two, '2026-06-01', rules)).toEqual({
      revoke: true,
      reason: expect.stringContaining('2 violations'),
    });
    // Outside the window, the older one no longer counts.
    expect(drivingDecision(two, '2026-08-01', rules).revoke).toBe(false);
  });

  it('a violation after the date of the decision does not count', () => {
    const later = [{ kind: 'driving_under_influence' as const, occurredOn: '2026-03-05' }];
    expect(drivingDecision(later, '2026-03-01').revoke).toBe(false);
  });

  it('refuses a rule without kinds, with a count below one, or a window of zero days', () => {
    expect(penaltyRuleIssues({ kinds: [], count: 0, windowDays: 0 }).map((i) => i.field)).toEqual([
      'kinds',
      'count',
      'windowDays',
    ]);
    expect(penaltyRuleIssues({ kinds: ['speeding'], count: 3, windowDays: 365 })).toEqual([]);
  });
});

describe('investigation', () => {
  it('deaths, injuries, abductions and sexual assaults are investigated; a burglary is not', () => {
    expect(needsInvestigation({ fatalities: 1, injuries: 0, category: 'ROAD_TRAFFIC' })).toBe(true);
    expect(needsInvestigation({ fatalities: 0, injuries: 2, category: 'ROBBERY' })).toBe(true);
    expect(needsInvestigation({ fatalities: 0, injuries: 0, category: 'ABDUCTION' })).toBe(true);
    expect(needsInvestigation({ fatalities: 0, injuries: 0, category: 'BURGLARY_RESIDENCE' })).toBe(
      false,
    );
  });
});
