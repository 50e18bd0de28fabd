/**
 * Road safety (seed 003 ¶43–47): zero tolerance for driving under the influence — one such
 * violation revokes the permission to drive UN vehicles; speeding and reckless driving are
 * penalised and, at the third within twelve months, the permission is revoked (the practice the
 * JIU reports from the DRC mission).
 */
export const VIOLATION_KINDS = [
  'driving_under_influence',
  'speeding',
  'reckless_driving',
  'seat_belt',
  'other',
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

export const REPEAT_LIMIT = 3;
export const REPEAT_WINDOW_DAYS = 365;
const COUNTED: readonly ViolationKind[] = ['speeding', 'reckless_driving'];

export interface Violation {
  kind: ViolationKind;
  occurredOn: string;
}

export type DrivingDecision = { revoke: false } | { revoke: true; reason: string };

/** Whether the violations on record, as of a date, require revoking the permission to drive. */
export function drivingDecision(violations: readonly Violation[], onDate: string): DrivingDecision {
  const dui = violations.find(
    (v) => v.kind === 'driving_under_influence' && v.occurredOn <= onDate,
  );
  if (dui)
    return {
      revoke: true,
      reason: `Driving under the influence on ${dui.occurredOn}: zero tolerance`,
    };
  const since = new Date(Date.parse(`${onDate}T00:00:00Z`) - REPEAT_WINDOW_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const recent = violations.filter(
    (v) => COUNTED.includes(v.kind) && v.occurredOn > since && v.occurredOn <= onDate,
  );
  if (recent.length >= REPEAT_LIMIT) {
    return {
      revoke: true,
      reason: `${recent.length} speeding or reckless-driving violations within ${REPEAT_WINDOW_DAYS} days`,
    };
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
