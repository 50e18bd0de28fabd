import type { AppointmentRole } from './roles.ts';

/** Everything an actor may be allowed to do. Typed, never free strings. */
export const PERMISSIONS = [
  'structure.read',
  'structure.write',
  'appointment.write',
  'personnel.read',
  'personnel.write',
  'whereabouts.update',
  'invariants.read',
  'audit.read',
  'organization.write',
  'user.manage',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/**
 * What each appointment allows, at the appointment's own scope. The Framework gives the DO,
 * the CSA and their deputies the whole country; the ASC an area; a warden a zone; a
 * representative or single-agency officer their organization in the country; HQ focal points and
 * executive heads their organization everywhere.
 */
export const ROLE_PERMISSIONS: Record<AppointmentRole, readonly Permission[]> = {
  DO: [
    'structure.read',
    'structure.write',
    'appointment.write',
    'personnel.read',
    'personnel.write',
    'whereabouts.update',
    'invariants.read',
  ],
  DO_AI: [
    'structure.read',
    'structure.write',
    'appointment.write',
    'personnel.read',
    'personnel.write',
    'whereabouts.update',
    'invariants.read',
  ],
  CSA: [
    'structure.read',
    'structure.write',
    'appointment.write',
    'personnel.read',
    'personnel.write',
    'whereabouts.update',
    'invariants.read',
  ],
  DEPUTY_SA: [
    'structure.read',
    'structure.write',
    'personnel.read',
    'personnel.write',
    'whereabouts.update',
    'invariants.read',
  ],
  CSO: [
    'structure.read',
    'structure.write',
    'personnel.read',
    'whereabouts.update',
    'invariants.read',
  ],
  CSFP: [
    'structure.read',
    'structure.write',
    'personnel.read',
    'personnel.write',
    'whereabouts.update',
    'invariants.read',
  ],
  LSA: ['structure.read', 'personnel.read', 'whereabouts.update'],
  SMT_MEMBER: ['structure.read', 'invariants.read'],
  ASC: [
    'structure.read',
    'appointment.write',
    'personnel.read',
    'whereabouts.update',
    'invariants.read',
  ],
  WARDEN: ['structure.read', 'personnel.read', 'whereabouts.update'],
  SASO: ['structure.read', 'personnel.read', 'personnel.write', 'whereabouts.update'],
  AGENCY_REP: ['structure.read', 'personnel.read', 'personnel.write', 'whereabouts.update'],
  HQ_SFP: ['structure.read', 'personnel.read', 'personnel.write', 'invariants.read'],
  EXECUTIVE_HEAD: ['structure.read', 'personnel.read', 'invariants.read'],
};

/** What every signed-in person may do about their own record. */
export const SELF_PERMISSIONS: readonly Permission[] = ['personnel.read', 'whereabouts.update'];

/** What every signed-in person may do in the country of their duty station. */
export const HOME_COUNTRY_PERMISSIONS: readonly Permission[] = ['structure.read'];
