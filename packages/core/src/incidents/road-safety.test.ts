import { describe, expect, it } from 'vitest';
import { drivingDecision, needsInvestigation } from './road-safety.ts';

describe('road safety', () => {
  it('one violation for driving under the influence revokes the permission to drive', () => {
    expect(
      drivingDecision(
        [{ kind: 'driving_under_influence', occurredOn: '2026-03-01' }],
        '2026-03-02',
      ),
    ).toEqual({
      revoke: true,
      reason: 'Driving under the influence on 2026-03-01: zero tolerance',
    });
  });

  it('the third speeding or reckless-driving violation within twelve months revokes it', () => {
    const two = [
      { kind: 'speeding' as const, occurredOn: '2026-01-10' },
      { kind: 'reckless_driving' as const, occurredOn: '2026-05-10' },
    ];
    expect(drivingDecision(two, '2026-06-01').revoke).toBe(false);
    expect(
      drivingDecision([...two, { kind: 'speeding', occurredOn: '2026-06-01' }], '2026-06-01')
        .revoke,
    ).toBe(true);
  });

  it('violations older than twelve months, and seat-belt violations, do not count towards the three', () => {
    const v = [
      { kind: 'speeding' as const, occurredOn: '2025-01-10' },
      { kind: 'seat_belt' as const, occurredOn: '2026-05-10' },
      { kind: 'speeding' as const, occurredOn: '2026-05-11' },
      { kind: 'speeding' as const, occurredOn: '2026-06-01' },
    ];
    expect(drivingDecision(v, '2026-06-01').revoke).toBe(false);
  });

  it('deaths, injuries, abductions and sexual assaults are investigated; a burglary is not', () => {
    expect(needsInvestigation({ fatalities: 1, injuries: 0, category: 'ROAD_TRAFFIC' })).toBe(true);
    expect(needsInvestigation({ fatalities: 0, injuries: 2, category: 'ROBBERY' })).toBe(true);
    expect(needsInvestigation({ fatalities: 0, injuries: 0, category: 'ABDUCTION' })).toBe(true);
    expect(needsInvestigation({ fatalities: 0, injuries: 0, category: 'BURGLARY_RESIDENCE' })).toBe(
      false,
    );
  });
});
