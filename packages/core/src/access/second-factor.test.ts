import { describe, expect, it } from 'vitest';
import { requiresSecondFactor, roleRequiresSecondFactor } from './second-factor.ts';

const at = (role: Parameters<typeof roleRequiresSecondFactor>[0]) => ({
  role,
  countryId: 'c',
  areaId: null,
  zoneId: null,
  organizationId: null,
});

describe('second factor', () => {
  it('is required of system administrators', () => {
    expect(requiresSecondFactor({ isSystemAdmin: true, appointments: [] })).toBe(true);
  });

  it('is required of DOs, CSAs and whoever may change security levels, approve clearances or broadcast', () => {
    for (const role of ['DO', 'DO_AI', 'CSA', 'DEPUTY_SA', 'ASC', 'WARDEN'] as const) {
      expect(requiresSecondFactor({ isSystemAdmin: false, appointments: [at(role)] })).toBe(true);
    }
  });

  it('is not required of staff members, SMT members or executive heads', () => {
    expect(requiresSecondFactor({ isSystemAdmin: false, appointments: [] })).toBe(false);
    for (const role of ['SMT_MEMBER', 'EXECUTIVE_HEAD', 'AGENCY_REP', 'HQ_SFP'] as const) {
      expect(roleRequiresSecondFactor(role)).toBe(false);
    }
  });
});
