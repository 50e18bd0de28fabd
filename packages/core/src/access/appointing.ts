import { appointmentScope, covers, type Actor, type RecordKeys } from './policy.ts';
import type { AppointmentRole } from './roles.ts';

/**
 * Who may put a person into each role (seed 002 Annex B): the Secretary-General and the USG for
 * Safety and Security appoint DOs and security advisers (here: system administrators, i.e. DSS
 * headquarters); the DO appoints ASCs and, with ASCs, wardens in writing; the DO and the CSA record
 * the SMT, focal points, single-agency officers and representatives in the country.
 */
export const APPOINTED_BY: Record<AppointmentRole, readonly AppointmentRole[]> = {
  DO: [],
  DO_AI: [],
  CSA: [],
  DEPUTY_SA: [],
  CSO: [],
  HQ_SFP: [],
  EXECUTIVE_HEAD: [],
  ASC: ['DO', 'DO_AI'],
  WARDEN: ['DO', 'DO_AI', 'ASC', 'CSA'],
  SMT_MEMBER: ['DO', 'DO_AI', 'CSA'],
  CSFP: ['DO', 'DO_AI'],
  SASO: ['DO', 'DO_AI', 'CSA'],
  AGENCY_REP: ['DO', 'DO_AI', 'CSA'],
  LSA: ['CSA', 'DO', 'DO_AI'],
};

/** May this actor appoint someone to this role at a place with these keys? */
export function canAppoint(actor: Actor, role: AppointmentRole, target: RecordKeys): boolean {
  if (actor.isSystemAdmin) return true;
  const appointers = APPOINTED_BY[role];
  return actor.appointments.some((a) => {
    if (!appointers.includes(a.role)) return false;
    const scope = appointmentScope(a);
    return scope !== null && covers(scope, target);
  });
}
