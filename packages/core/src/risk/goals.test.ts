import { describe, expect, it } from 'vitest';
import { acceptableForGoal, goalLevelAllowed } from './goals.ts';

describe('acceptable risk per programme goal [seed 000 §9a, §12; Annex D, Step 4]', () => {
  it('a residual risk at the goal’s acceptable level is acceptable for that goal', () => {
    expect(
      acceptableForGoal('medium', { criticality: 'medium', acceptableLevel: 'medium' }),
    ).toEqual({ acceptable: true, code: 'within_goal_level' });
  });

  it('a residual risk below the goal’s acceptable level is acceptable', () => {
    expect(
      acceptableForGoal('low', { criticality: 'low', acceptableLevel: 'medium' }).acceptable,
    ).toBe(true);
  });

  it('a residual risk above the goal’s acceptable level is not ("avoided or brought within acceptable levels", §12)', () => {
    expect(acceptableForGoal('high', { criticality: 'high', acceptableLevel: 'medium' })).toEqual({
      acceptable: false,
      code: 'above_goal_level',
    });
  });

  it('the same residual risk is acceptable for a more important goal and not for a lesser one (§12)', () => {
    const vaccination = { criticality: 'critical', acceptableLevel: 'high' } as const;
    const livelihoods = { criticality: 'low', acceptableLevel: 'low' } as const;
    expect(acceptableForGoal('high', vaccination).acceptable).toBe(true);
    expect(acceptableForGoal('high', livelihoods).acceptable).toBe(false);
  });

  it('a critical residual risk is acceptable only for a goal of the highest programme criticality', () => {
    expect(
      acceptableForGoal('critical', { criticality: 'critical', acceptableLevel: 'critical' }),
    ).toEqual({ acceptable: true, code: 'within_goal_level' });
    expect(
      acceptableForGoal('critical', { criticality: 'high', acceptableLevel: 'critical' }),
    ).toEqual({
      acceptable: false,
      code: 'needs_highest_criticality',
    });
  });

  it('a goal may set critical as its acceptable level only when its criticality is the highest', () => {
    expect(goalLevelAllowed({ criticality: 'critical', acceptableLevel: 'critical' })).toBe(true);
    expect(goalLevelAllowed({ criticality: 'high', acceptableLevel: 'critical' })).toBe(false);
    expect(goalLevelAllowed({ criticality: 'low', acceptableLevel: 'high' })).toBe(true);
  });
});
