import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deploymentDays,
  launchHours,
  launchedWithinTarget,
  periodsOverlap,
  requestStatusAfter,
  rosterStatus,
  surgeStatistics,
  visaDelayDays,
  type DeploymentFacts,
} from './surge.ts';

const at = (s: string) => new Date(s);

describe('surge launch within 24 hours (seed 003 ¶163)', () => {
  it('an arrival exactly 24 h after the request is within the target', () => {
    expect(launchedWithinTarget(at('2026-03-01T08:00:00Z'), at('2026-03-02T08:00:00Z'))).toBe(true);
  });
  it('one minute later is not', () => {
    expect(launchedWithinTarget(at('2026-03-01T08:00:00Z'), at('2026-03-02T08:01:00Z'))).toBe(
      false,
    );
  });
  it('an officer already in place before the request counts as launched', () => {
    expect(launchedWithinTarget(at('2026-03-01T08:00:00Z'), at('2026-02-28T08:00:00Z'))).toBe(true);
  });
  it('launch hours are given with one decimal and respect time zones', () => {
    expect(launchHours(at('2026-03-01T08:00:00Z'), at('2026-03-02T11:30:00+03:00'))).toBe(24.5);
  });
  it('within target is exactly launch hours ≤ 24', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (minutes) => {
        const req = at('2026-01-01T00:00:00Z');
        const start = new Date(req.getTime() + minutes * 60_000);
        expect(launchedWithinTarget(req, start)).toBe(minutes <= 24 * 60);
      }),
    );
  });
});

describe('deployment days', () => {
  it('arriving and leaving the same day is one day', () => {
    expect(deploymentDays('2026-03-01', '2026-03-01', '2026-12-31')).toBe(1);
  });
  it('counts inclusively across a month end', () => {
    expect(deploymentDays('2026-01-30', '2026-02-02', '2026-12-31')).toBe(4);
  });
  it('an open-ended deployment counts up to today', () => {
    expect(deploymentDays('2026-03-01', null, '2026-03-10')).toBe(10);
  });
  it('a deployment that has not started yet counts no days', () => {
    expect(deploymentDays('2026-03-01', null, '2026-02-10')).toBe(0);
  });
});

describe('visa delay', () => {
  it('is the days between visa request and visa obtained', () => {
    expect(visaDelayDays(true, '2026-03-01', '2026-03-09')).toBe(8);
  });
  it('is unknown when no visa was needed or it is not obtained yet', () => {
    expect(visaDelayDays(false, '2026-03-01', '2026-03-09')).toBeNull();
    expect(visaDelayDays(true, '2026-03-01', null)).toBeNull();
  });
});

describe('an officer cannot be deployed twice over overlapping dates', () => {
  it('ranges sharing one day overlap; open ends overlap anything later', () => {
    expect(
      periodsOverlap(
        { from: '2026-01-01', until: '2026-01-10' },
        { from: '2026-01-10', until: null },
      ),
    ).toBe(true);
    expect(
      periodsOverlap(
        { from: '2026-01-01', until: '2026-01-09' },
        { from: '2026-01-10', until: null },
      ),
    ).toBe(false);
    expect(
      periodsOverlap(
        { from: '2026-01-01', until: null },
        { from: '2030-01-10', until: '2030-02-01' },
      ),
    ).toBe(true);
  });
  it('overlap is symmetric', () => {
    const day = fc
      .integer({ min: 0, max: 60 })
      .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
    const range = fc
      .tuple(day, fc.option(day))
      .map(([a, b]) => ({ from: b && b < a ? b : a, until: b && b < a ? a : b }));
    fc.assert(
      fc.property(range, range, (a, b) => {
        expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
      }),
    );
  });
});

describe('request status follows its deployments', () => {
  it('open, partly staffed, fully staffed', () => {
    expect(requestStatusAfter('open', 2, 0)).toBe('open');
    expect(requestStatusAfter('open', 2, 1)).toBe('partly_staffed');
    expect(requestStatusAfter('partly_staffed', 2, 2)).toBe('fully_staffed');
  });
  it('a closed or cancelled request stays so', () => {
    expect(requestStatusAfter('closed', 2, 0)).toBe('closed');
    expect(requestStatusAfter('cancelled', 2, 2)).toBe('cancelled');
  });
  it('an officer deployed today is shown as deployed', () => {
    expect(rosterStatus('available', true)).toBe('deployed');
    expect(rosterStatus('unavailable', false)).toBe('unavailable');
  });
});

describe('surge statistics by reason', () => {
  const rows: DeploymentFacts[] = [
    {
      reason: 'humanitarian_emergency',
      days: 91,
      costUsd: 40_000,
      launchedWithin24h: true,
      visaDelayDays: 6,
    },
    {
      reason: 'humanitarian_emergency',
      days: 49,
      costUsd: 21_500,
      launchedWithin24h: false,
      visaDelayDays: null,
    },
    {
      reason: 'security_emergency',
      days: 10,
      costUsd: 5_000,
      launchedWithin24h: true,
      visaDelayDays: 1,
    },
  ];
  it('counts deployments, days, cost, share within 24 h and average visa delay per reason', () => {
    const s = surgeStatistics(rows);
    expect(s.byReason.map((r) => r.reason)).toEqual([
      'security_emergency',
      'humanitarian_emergency',
    ]);
    expect(s.byReason[1]).toEqual({
      reason: 'humanitarian_emergency',
      deployments: 2,
      totalDays: 140,
      averageDays: 70,
      totalCostUsd: 61_500,
      launchedWithin24hPercent: 50,
      averageVisaDelayDays: 6,
      visasCounted: 1,
    });
    expect(s.total).toMatchObject({ deployments: 3, totalDays: 150, totalCostUsd: 66_500 });
    expect(s.total.averageVisaDelayDays).toBe(3.5);
  });
  it('no deployments: nothing per reason and no share', () => {
    const s = surgeStatistics([]);
    expect(s.byReason).toEqual([]);
    expect(s.total.launchedWithin24hPercent).toBeNull();
  });
  it('totals by reason add up to the overall totals', () => {
    const fact = fc.record({
      reason: fc.constantFrom(
        'security_emergency' as const,
        'temporary_coverage' as const,
        'hostage_abduction' as const,
      ),
      days: fc.integer({ min: 0, max: 400 }),
      costUsd: fc.integer({ min: 0, max: 1_000_000 }),
      launchedWithin24h: fc.boolean(),
      visaDelayDays: fc.option(fc.integer({ min: 0, max: 90 })),
    });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 30 }), (facts) => {
        const s = surgeStatistics(facts);
        const sum = (k: 'deployments' | 'totalDays' | 'totalCostUsd') =>
          s.byReason.reduce((n, r) => n + r[k], 0);
        expect(sum('deployments')).toBe(s.total.deployments);
        expect(sum('totalDays')).toBe(s.total.totalDays);
        expect(sum('totalCostUsd')).toBe(s.total.totalCostUsd);
      }),
    );
  });
});
