import { appointmentScope, covers, type Actor, type RecordKeys } from './policy.ts';
import type { AppointmentRole } from './roles.ts';

/**
 * Who may put a person into each role, as seed 002 Annex B says:
 * - the Secretary-General appoints DOs, the USG for Safety and Security appoints CSAs/SAs [¶13,
 *   ¶19]; Fieldsafe records those (and deputy SAs, CSOs, DOs ad interim) through headquarters, i.e.
 *   system administrators: the empty lists below;
 * - each Executive Head appoints the Senior Security Manager / Security Focal Point at their
 *   headquarters [¶12, Annex D.9] and is the line of the organization's representatives in the
 *   country, who are the heads of their organization there [¶14, ¶15]: the Executive Head records
 *   them, not the DO or the CSA;
 * - the DO appoints ASCs [¶18] and Country Security Focal Points [¶21];
 * - wardens are appointed in writing by the DO or the ASC [¶27] (not the CSA);
 * - the DO, with the CSA's support, records the SMT membership, single-agency officers and local
 *   security assistants in the country.
 */
export const APPOINTED_BY: Record<AppointmentRole, readonly AppointmentRole[]> = {
  DO: [],
  DO_AI: [],
  CSA: [],
  DEPUTY_SA: [],
  CSO: [],
  EXECUTIVE_HEAD: [],
  HQ_SFP: ['EXECUTIVE_HEAD'],
  AGENCY_REP: ['EXECUTIVE_HEAD'],
  ASC: ['DO', 'DO_AI'],
  WARDEN: ['DO', 'DO_AI', 'ASC'],
  SMT_MEMBER: ['DO', 'DO_AI', 'CSA'],
  CSFP: ['DO', 'DO_AI'],
  SASO: ['DO', 'DO_AI', 'CSA'],
  LSA: ['CSA', 'DO', 'DO_AI'],
};

/** The roles that appoint to `role`; empty: only headquarters (system administrators). */
export function appointersOf(role: AppointmentRole): readonly AppointmentRole[] {
  return APPOINTED_BY[role];
}

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

/**
 * "the DO, the DO ad interim or the ASC" — who appoints to `role`, named with `label` (for
 * instance the English role labels), or `headquarters` when only headquarters does.
 */
export function describeAppointers(
  role: AppointmentRole,
  label: (r: AppointmentRole) => string,
  words: { or: string; headquarters: string },
): string {
  const names = APPOINTED_BY[role].map(label);
  if (names.length === 0) return words.headquarters;
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${words.or} ${names[names.length - 1] ?? ''}`;
}

/**
 * May this actor confirm in writing a single-agency security officer acting as CSA/SA ad
 * interim at a place? The DO does [002 Annex B ¶24] (and the DO ad interim in the DO's absence).
 */
export function canConfirmCsaAdInterim(actor: Actor, target: RecordKeys): boolean {
  if (actor.isSystemAdmin) return true;
  return actor.appointments.some((a) => {
    if (a.role !== 'DO' && a.role !== 'DO_AI') return false;
    const scope = appointmentScope(a);
    return scope !== null && covers(scope, target);
  });
}

/**
 * What is wrong with an appointment's structure marks, by field: only a single-agency security
 * officer acts as CSA/SA ad interim [002 Annex B ¶23–24], and only an SMT member holds the seat of
 * a mission component's head [¶16].
 */
export function structureMarkIssues(input: {
  role: AppointmentRole;
  csaAdInterim: boolean;
  smtSeat: string | null;
}): { path: 'csaAdInterim' | 'smtSeat'; message: string }[] {
  const issues: { path: 'csaAdInterim' | 'smtSeat'; message: string }[] = [];
  if (input.csaAdInterim && input.role !== 'SASO')
    issues.push({
      path: 'csaAdInterim',
      message: 'only a single-agency security officer acts as CSA/SA ad interim',
    });
  if (input.smtSeat !== null && input.smtSeat !== undefined && input.role !== 'SMT_MEMBER')
    issues.push({ path: 'smtSeat', message: 'only an SMT member holds a seat' });
  return issues;
}
