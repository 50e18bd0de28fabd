import type { AppointmentRole } from '../access/roles.ts';

/**
 * The security officers who sit in a country's security cell, chaired by the CSA/SA: the
 * Framework has the CSA/SA establish and chair it so that all security officers at the duty
 * station work together, single-agency officers among them [002 Annex B J.6–7, M.3].
 */
export const SECURITY_CELL_ROLES: readonly AppointmentRole[] = [
  'CSA',
  'DEPUTY_SA',
  'CSO',
  'SASO',
  'CSFP',
];

export interface CellCandidate {
  appointmentId: string;
  role: AppointmentRole;
  personName: string;
  organizationCode: string | null;
  csaAdInterim: boolean;
  adInterimConfirmed: boolean;
}

/**
 * The members of the cell among appointments in force, the chair first: the CSA/SA, else the
 * mission's CSO acting as SA [¶20], else a single-agency officer confirmed as CSA/SA a.i. [¶24].
 */
export function securityCellMembers(appointments: readonly CellCandidate[]) {
  const members = appointments.filter((a) => SECURITY_CELL_ROLES.includes(a.role));
  const chairRank = (a: CellCandidate) =>
    a.role === 'CSA' ? 0 : a.role === 'CSO' ? 1 : a.csaAdInterim && a.adInterimConfirmed ? 2 : 9;
  const best = Math.min(9, ...members.map(chairRank));
  const chair = best < 9 ? members.find((a) => chairRank(a) === best) : undefined;
  return members
    .map((a) => ({ ...a, chair: a === chair }))
    .sort(
      (x, y) =>
        Number(y.chair) - Number(x.chair) ||
        SECURITY_CELL_ROLES.indexOf(x.role) - SECURITY_CELL_ROLES.indexOf(y.role) ||
        x.personName.localeCompare(y.personName),
    );
}
