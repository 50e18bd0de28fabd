import { describe, expect, it } from 'vitest';
import {
  acceptanceDecisionNeeded,
  evaluateAcceptance,
  isWithinAcceptable,
  type RiskAcceptanceDecision,
} from './acceptance.ts';
import type { RiskLevel } from './matrix.ts';
import type { RiskRating } from './scale.ts';

const high: RiskRating = { likelihood: 3, impact: 4 }; // 12
const medium: RiskRating = { likelihood: 2, impact: 3 }; // 6
const critical: RiskRating = { likelihood: 5, impact: 4 }; // 20

const decision = (overrides: Partial<RiskAcceptanceDecision> = {}): RiskAcceptanceDecision => ({
  decidedByPersonId: 'person-do',
  role: 'DO',
  decidedAt: '2025-03-01',
  acceptedLevel: 'high',
  rationale: 'Life-saving vaccination campaign; convoy escorted.',
  ...overrides,
});

describe('isWithinAcceptable', () => {
  it.each<[string, RiskRating, RiskLevel, boolean]>([
    ['a medium residual risk is within an acceptable level of medium', medium, 'medium', true],
    ['a medium residual risk is within an acceptable level of high', medium, 'high', true],
    ['a high residual risk is above an acceptable level of medium', high, 'medium', false],
    ['a critical residual risk is above an acceptable level of high', critical, 'high', false],
    [
      'a critical residual risk is within an acceptable level of critical',
      critical,
      'critical',
      true,
    ],
  ])('%s', (_name, residual, acceptable, expected) => {
    expect(isWithinAcceptable(residual, acceptable)).toBe(expected);
    expect(acceptanceDecisionNeeded(residual, acceptable)).toBe(!expected);
  });
});

describe('evaluateAcceptance', () => {
  it('needs nothing when the residual risk is within the acceptable level', () => {
    const result = evaluateAcceptance({ residual: medium, acceptableLevel: 'medium' });
    expect(result).toMatchObject({
      status: 'within_acceptable',
      decisionNeeded: false,
      residualLevel: 'medium',
    });
    expect(result.reason).toBe('Residual risk is medium, within the acceptable level (medium).');
  });

  it('requires avoiding or lowering a risk above the acceptable level without a decision', () => {
    const result = evaluateAcceptance({ residual: high, acceptableLevel: 'medium' });
    expect(result).toMatchObject({
      status: 'action_required',
      decisionNeeded: true,
      requiredActions: ['avoid', 'lower'],
      decisionProblem: null,
    });
    expect(result.reason).toMatch(/above the acceptable level \(medium\): it must be avoided/);
  });

  it('treats a null decision as no decision', () => {
    const result = evaluateAcceptance({ residual: high, acceptableLevel: 'low', decision: null });
    expect(result.status).toBe('action_required');
  });

  it('accepts a risk above the level when an authorised role recorded the decision', () => {
    const d = decision();
    const result = evaluateAcceptance({ residual: high, acceptableLevel: 'medium', decision: d });
    expect(result).toMatchObject({ status: 'accepted_by_decision', decision: d });
    expect(result.reason).toBe(
      'Residual risk is high, above the acceptable level (medium); accepted by DO on 2025-03-01.',
    );
  });

  it('does not count a decision by a role that may not accept risk', () => {
    const result = evaluateAcceptance({
      residual: high,
      acceptableLevel: 'medium',
      decision: decision({ role: 'WARDEN' }),
    });
    expect(result.status).toBe('action_required');
    if (result.status !== 'action_required') return;
    expect(result.decisionProblem?.code).toBe('DECISION_ROLE_NOT_AUTHORISED');
    expect(result.reason).toContain('WARDEN may not accept risks above the acceptable level.');
  });

  it('lets a deployment choose which roles may accept risk', () => {
    const input = { residual: high, acceptableLevel: 'medium' as const, decision: decision() };
    const onlyHeads = { authorisedRoles: ['EXECUTIVE_HEAD' as const] };
    expect(evaluateAcceptance(input, onlyHeads).status).toBe('action_required');
    const withHead = { ...input, decision: decision({ role: 'EXECUTIVE_HEAD' }) };
    expect(evaluateAcceptance(withHead, onlyHeads).status).toBe('accepted_by_decision');
  });

  it('does not let a decision for a high risk cover a critical one', () => {
    const result = evaluateAcceptance({
      residual: critical,
      acceptableLevel: 'medium',
      decision: decision({ acceptedLevel: 'high' }),
    });
    expect(result.status).toBe('action_required');
    if (result.status !== 'action_required') return;
    expect(result.decisionProblem?.code).toBe('DECISION_BELOW_RESIDUAL_LEVEL');
  });

  it('does not count a decision that does not record who, when or why', () => {
    const result = evaluateAcceptance({
      residual: high,
      acceptableLevel: 'low',
      decision: decision({ decidedByPersonId: ' ', rationale: '' }),
    });
    if (result.status !== 'action_required') throw new Error(result.status);
    expect(result.decisionProblem).toEqual({
      code: 'DECISION_INCOMPLETE',
      message: 'it does not record who decided, why.',
    });
  });

  it('ignores a decision when the risk is already within the acceptable level', () => {
    const result = evaluateAcceptance({
      residual: medium,
      acceptableLevel: 'high',
      decision: decision({ role: 'WARDEN' }),
    });
    expect(result.status).toBe('within_acceptable');
  });
});
