/**
 * The duties of the Framework for Accountability (registry data) as the measures see them: which
 * measure tag each duty carries, and which duties are marked as not measurable by the system.
 */
import { isMeasureTag, type MeasureTag } from '@fieldsafe/core';
import data from '../registry/data/responsibilities.json' with { type: 'json' };

export interface Duty {
  n: number;
  text: string;
  measure: string | null;
  /** Why the system cannot measure this duty (set only on duties without a measure). */
  notMeasurable?: string;
}

const ROLES = data.roles as Record<string, { responsibilities: Duty[] }>;

/** The duties of a role (none for an unknown role). */
export function dutiesOf(role: string): Duty[] {
  return ROLES[role]?.responsibilities ?? [];
}

/** Every role with duties. */
export function dutyRoles(): string[] {
  return Object.keys(ROLES);
}

/** The measure tags a role's duties carry, each with the duty numbers it measures. */
export function tagsOf(role: string): { tag: MeasureTag; duties: number[] }[] {
  const out = new Map<MeasureTag, number[]>();
  for (const d of dutiesOf(role)) {
    if (!isMeasureTag(d.measure)) continue;
    out.set(d.measure, [...(out.get(d.measure) ?? []), d.n]);
  }
  return [...out].map(([tag, duties]) => ({ tag, duties }));
}

/** How the duties stand: measured, marked not measurable, and neither (should be none). */
export function dutyCoverage() {
  const all = dutyRoles().flatMap((role) => dutiesOf(role).map((d) => ({ role, ...d })));
  return {
    total: all.length,
    measured: all.filter((d) => d.measure !== null).length,
    notMeasurable: all.filter((d) => d.measure === null && d.notMeasurable).length,
    withoutMeasure: all.filter((d) => d.measure === null).map((d) => `${d.role} ${d.n}`),
    unmarked: all
      .filter((d) => d.measure === null && !d.notMeasurable)
      .map((d) => `${d.role} ${d.n}`),
    unknownTags: all
      .filter((d) => d.measure !== null && !isMeasureTag(d.measure))
      .map((d) => `${d.role} ${d.n}`),
  };
}
