import type { MeasureStatus } from '../compliance/compliance.ts';

/**
 * A mitigation measure of a risk, linked where it can be to a MOSS measure: "controlling the risk
 * (prevention and mitigation measures e.g. Minimum Operating Security Standards)" [seed 000 §12 b;
 * Annex D, Step 4: "The best risk management strategies available in the UN ... are MOSS"].
 * Whether the linked measure is in place where the risk is assessed is read from the MOSS statuses
 * recorded there.
 */

/** A mitigation measure of a risk: its text and, when it is a MOSS measure, its code. */
export interface RiskMeasure {
  text: string;
  mossCode: string | null;
}

/** Where a linked MOSS measure stands at the assessed place. */
export const MEASURE_PLACEMENTS = [
  'in_place',
  'partial',
  'not_in_place',
  'not_applicable',
] as const;
export type MeasurePlacement = (typeof MEASURE_PLACEMENTS)[number];

/**
 * The placement of a MOSS measure from its statuses at the assessed place (every duty station ×
 * organization recorded there): in place when every applicable status is implemented, not in
 * place when none is implemented even in part (or nothing was recorded), partial otherwise; not
 * applicable when every status recorded says so.
 */
export function measurePlacement(statuses: readonly MeasureStatus[]): MeasurePlacement {
  const applicable = statuses.filter((s) => s !== 'not_applicable');
  if (applicable.length === 0) return statuses.length > 0 ? 'not_applicable' : 'not_in_place';
  if (applicable.every((s) => s === 'implemented')) return 'in_place';
  if (applicable.every((s) => s === 'not_implemented')) return 'not_in_place';
  return 'partial';
}

/** A risk relies on a measure that is not in place: the assessment flags it. */
export function reliesOnMissingMeasure(placements: readonly (MeasurePlacement | null)[]): boolean {
  return placements.includes('not_in_place');
}
