import { addDays } from '../dates.ts';
/**
 * Road safety (seed 003 ¶43–47). The seed asks for "an appropriate penalty-type system" for
 * drivers who speed or drive recklessly, instituted by each organization [¶46], and for zero
 * tolerance of driving a UN vehicle under the influence [¶47]. It sets no number of violations, so
 * the penalty rules are data, configurable per country: "revoke the permission to drive after
 * `count` violations of these kinds within `windowDays` days (or ever)". The only rule shipped by
 * default is the seed's own: one instance of driving under the influence revokes.
 */
export const VIOLATION_KINDS = [
  'driving_under_influence',
  'speeding',
  'reckless_driving',
  'seat_belt',
  'other',
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

export interface Violation {
  kind: ViolationKind;
  occurredOn: string;
}

/** A penalty rule: `count` violations of `kinds` within `windowDays` (null: ever) revoke. */
export interface PenaltyRule {
  kinds: readonly ViolationKind[];
  count: number;
  /** Days back from the date of the decision; null counts every violation on record. */
  windowDays: number | null;
}

/** Zero tolerance for driving under the influence [003 ¶47]: the default shipped rule. */
export const DEFAULT_PENALTY_RULES: readonly PenaltyRule[] = [
  { kinds: ['driving_under_influence'], count: 1, windowDays: null },
];

export type DrivingDecision = { revoke: false } | { revoke: true; reason: string };

/** What is wrong with a rule, as field → message; empty when it is valid. */
export function penaltyRuleIssues(
  rule: PenaltyRule,
): { field: keyof PenaltyRule; message: string }[] {
  const issues: { field: keyof PenaltyRule; message: string }[] = [];
  if (rule.kinds.length === 0) issues.push({ field: 'kinds', message: 'name at least one kind' });
  if (!Number.isInteger(rule.count) || rule.count < 1 || rule.count > 100)
    issues.push({ field: 'count', message: 'must be a whole number from 1 to 100' });
  if (
    rule.windowDays !== null &&
    (!Number.isInteger(rule.windowDays) || rule.windowDays < 1 || rule.windowDays > 3660)
  )
    issues.push({
      field: 'windowDays',
      message: 'must be a whole number of days from 1 to 3660, or none',
    });
  return issues;
}

/**
 * Whether the violations on record, as of a date, require revoking the permission to drive under
 * the country's penalty rules (the first rule that applies gives the reason).
 */
export function drivingDecision(
  violations: readonly Violation[],
  onDate: string,
  rules: readonly PenaltyRule[] = DEFAULT_PENALTY_RULES,
): DrivingDecision {
  for (const rule of rules) {
    const since = rule.windowDays === null ? null : addDays(onDate, -rule.windowDays);
    const counted = violations.filter(
      (v) =>
        rule.kinds.includes(v.kind) &&
        v.occurredOn <= onDate &&
        (since === null || v.occurredOn > since),
    );
    if (counted.length >= rule.count) {
      const kinds = rule.kinds.join(' or ').replaceAll('_', ' ');
      const within = rule.windowDays === null ? '' : ` within ${rule.windowDays} days`;
      const last =
        counted
          .map((v) => v.occurredOn)
          .sort()
          .at(-1) ?? onDate;
      return {
        revoke: true,
        reason:
          rule.count === 1
            ? `${kinds} on ${last}: the country's rule revokes at the first instance`
            : `${counted.length} violations (${kinds})${within}, the last on ${last}: the country's rule revokes at ${rule.count}`,
      };
    }
  }
  return { revoke: false };
}

/** Deaths and serious injuries are investigated (seed 004 ¶45). */
export function needsInvestigation(i: {
  fatalities: number;
  injuries: number;
  category: string;
}): boolean {
  return (
    i.fatalities > 0 ||
    i.injuries > 0 ||
    i.category === 'ABDUCTION' ||
    i.category === 'SEXUAL_ASSAULT'
  );
}
