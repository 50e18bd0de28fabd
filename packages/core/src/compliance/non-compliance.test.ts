import { describe, expect, it } from 'vitest';
import {
  compareNonComplianceStages,
  isNonComplianceStage,
  mostSeriousStage,
  NON_COMPLIANCE_STAGES,
} from './non-compliance.ts';

describe('non-compliance stages', () => {
  it('are ordered from impact on operations to loss of life, as in seed 004 ¶44', () => {
    expect(NON_COMPLIANCE_STAGES).toEqual([
      'negative_impact_on_operations',
      'loss_or_damage_to_property',
      'serious_injury_or_loss_of_life',
    ]);
  });

  it('compare by seriousness', () => {
    expect(
      compareNonComplianceStages('serious_injury_or_loss_of_life', 'loss_or_damage_to_property'),
    ).toBeGreaterThan(0);
    expect(
      compareNonComplianceStages('negative_impact_on_operations', 'loss_or_damage_to_property'),
    ).toBeLessThan(0);
  });

  it('pick the most serious of several', () => {
    expect(mostSeriousStage(['loss_or_damage_to_property', 'negative_impact_on_operations'])).toBe(
      'loss_or_damage_to_property',
    );
    expect(mostSeriousStage([])).toBeNull();
  });

  it('recognise valid values only', () => {
    expect(isNonComplianceStage('loss_or_damage_to_property')).toBe(true);
    expect(isNonComplianceStage('stage_b')).toBe(false);
  });
});
