import { ROLE_PERMISSIONS, type Permission } from './permissions.ts';
import type { Actor } from './policy.ts';
import type { AppointmentRole } from './roles.ts';

/**
 * Permissions whose holders must use a second factor: changing security levels, approving
 * travel clearances, broadcasting and accounting for people in a crisis, declaring crises and
 * managing users.
 */
export const SECOND_FACTOR_PERMISSIONS: readonly Permission[] = [
  'security_level.write',
  'travel.approve',
  'crisis.declare',
  'crisis.account',
  'user.manage',
];

/** Appointments that require a second factor whatever their permissions (DO, DO a.i., CSA). */
const ALWAYS: ReadonlySet<AppointmentRole> = new Set(['DO', 'DO_AI', 'CSA']);

/** Whether an appointment makes its holder need a second factor. */
export function roleRequiresSecondFactor(role: AppointmentRole): boolean {
  return (
    ALWAYS.has(role) || ROLE_PERMISSIONS[role].some((p) => SECOND_FACTOR_PERMISSIONS.includes(p))
  );
}

/**
 * Whether this actor must pass a second factor before changing anything: system
 * administrators, DOs, CSAs and anyone holding a permission of `SECOND_FACTOR_PERMISSIONS`.
 */
export function requiresSecondFactor(
  actor: Pick<Actor, 'isSystemAdmin' | 'appointments'>,
): boolean {
  return actor.isSystemAdmin || actor.appointments.some((a) => roleRequiresSecondFactor(a.role));
}
