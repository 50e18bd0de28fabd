/**
 * The three stages of non-fulfilment of security responsibilities [seed 004 ¶44], from least to
 * most serious. The order is used to compare stages.
 */
export const NON_COMPLIANCE_STAGES = [
  'negative_impact_on_operations',
  'loss_or_damage_to_property',
  'serious_injury_or_loss_of_life',
] as const;
export type NonComplianceStage = (typeof NON_COMPLIANCE_STAGES)[number];

export function isNonComplianceStage(value: unknown): value is NonComplianceStage {
  return typeof value === 'string' && (NON_COMPLIANCE_STAGES as readonly string[]).includes(value);
}

/** Negative when `a` is less serious than `b`, positive when more, 0 when equal. */
export function compareNonComplianceStages(a: NonComplianceStage, b: NonComplianceStage): number {
  return NON_COMPLIANCE_STAGES.indexOf(a) - NON_COMPLIANCE_STAGES.indexOf(b);
}

/** The most serious of several stages; null for none. */
export function mostSeriousStage(stages: readonly NonComplianceStage[]): NonComplianceStage | null {
  let worst: NonComplianceStage | null = null;
  for (const stage of stages) {
    if (worst === null || compareNonComplianceStages(stage, worst) > 0) worst = stage;
  }
  return worst;
}
