import type { LocalizedLabel } from '../risk/scale.ts';

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

export const NON_COMPLIANCE_STAGE_LABELS: Readonly<Record<NonComplianceStage, LocalizedLabel>> = {
  negative_impact_on_operations: {
    en: 'Negative impact on operations',
    fr: 'Incidence négative sur les opérations',
  },
  loss_or_damage_to_property: {
    en: 'Loss of or damage to property',
    fr: 'Perte ou endommagement de biens',
  },
  serious_injury_or_loss_of_life: {
    en: 'Serious injury or loss of life',
    fr: 'Blessures graves ou perte de vies humaines',
  },
};

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
