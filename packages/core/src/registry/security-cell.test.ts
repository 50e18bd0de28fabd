import { describe, expect, it } from 'vitest';
import type { AppointmentRole } from '../access/roles.ts';
import { securityCellMembers, type CellCandidate } from './security-cell.ts';

const member = (role: AppointmentRole, personName: string, over: Partial<CellCandidate> = {}) => ({
  appointmentId: personName,
  role,
  personName,
  organizationCode: null,
  csaAdInterim: false,
  adInterimConfirmed: false,
  ...over,
});

describe('securityCellMembers', () => {
  it('[002 Annex B J.6, M.3] the security officers sit in the cell, the CSA/SA chairs; others are not members', () => {
    const cell = securityCellMembers([
      member('SASO', 'Sam'),
      member('WARDEN', 'Wes'),
      member('CSA', 'Cass'),
      member('SMT_MEMBER', 'Sue'),
    ]);
    expect(cell.map((m) => [m.personName, m.chair])).toEqual([
      ['Cass', true],
      ['Sam', false],
    ]);
  });

  it('[002 Annex B ¶24] without a CSA/SA, the single-agency officer confirmed as CSA a.i. chairs; unconfirmed, nobody does', () => {
    const confirmed = securityCellMembers([
      member('SASO', 'Ann'),
      member('SASO', 'Bob', { csaAdInterim: true, adInterimConfirmed: true }),
    ]);
    expect(confirmed[0]).toMatchObject({ personName: 'Bob', chair: true });
    const unconfirmed = securityCellMembers([member('SASO', 'Bob', { csaAdInterim: true })]);
    expect(unconfirmed.some((m) => m.chair)).toBe(false);
  });
});
