import { describe, expect, it } from 'vitest';
import { actor } from './actor.fixtures.ts';
import { abilitiesOf, mayIn, mayInWholeCountry } from './abilities.ts';
import { CONFIDENTIAL_PERMISSIONS, PERMISSIONS } from './permissions.ts';
import { APPOINTMENT_ROLES } from './roles.ts';

describe('abilities', () => {
  it('staff without appointment may read the structure and security levels of their home country and nothing over others', () => {
    const a = abilitiesOf(actor());
    const home = ['structure.read', 'security_level.read'];
    expect(a.anywhere).toEqual(home);
    expect(a.anyCountry).toBe(false);
    expect(a.countries).toEqual([{ countryId: 'C1', somewhere: home, whole: home }]);
    expect(mayIn(a, 'personnel.write', 'C1')).toBe(false);
    expect(mayIn(a, 'moss.read', 'C1')).toBe(false);
  });

  it('a warden holds their permissions somewhere in the country but not over the whole country', () => {
    const a = abilitiesOf(actor([{ role: 'WARDEN', countryId: 'C1', zoneId: 'Z1' }]));
    expect(mayIn(a, 'crisis.account', 'C1')).toBe(true);
    expect(mayInWholeCountry(a, 'crisis.account', 'C1')).toBe(false);
    expect(mayIn(a, 'crisis.account', 'C2')).toBe(false);
  });

  it('a CSA may declare a crisis over their whole country only', () => {
    const a = abilitiesOf(actor([{ role: 'CSA', countryId: 'C2' }]));
    expect(a.countries.map((c) => c.countryId)).toEqual(['C1', 'C2']);
    expect(mayInWholeCountry(a, 'crisis.declare', 'C2')).toBe(true);
    expect(mayInWholeCountry(a, 'crisis.declare', 'C1')).toBe(false);
  });

  it('an HQ focal point may choose any country and read its personnel there', () => {
    const a = abilitiesOf(actor([{ role: 'HQ_SFP', organizationId: 'O1' }]));
    expect(a.anyCountry).toBe(true);
    expect(mayIn(a, 'personnel.read', 'C9')).toBe(true);
    expect(mayInWholeCountry(a, 'personnel.read', 'C9')).toBe(false);
  });

  it('a system administrator may do everything in every country', () => {
    const a = abilitiesOf(actor([], { isSystemAdmin: true, homeCountryId: null }));
    expect(a.anyCountry).toBe(true);
    expect(a.everyWholeCountry).toEqual(
      PERMISSIONS.filter((p) => !CONFIDENTIAL_PERMISSIONS.includes(p)),
    );
    expect(mayInWholeCountry(a, 'crisis.declare', 'C7')).toBe(true);
  });

  it('names the roles a person may appoint to: an ASC wardens, an Executive Head its HQ focal point and representatives, a warden none, an administrator all', () => {
    expect(abilitiesOf(actor([{ role: 'ASC', countryId: 'C1', areaId: 'A1' }])).appoints).toEqual([
      'WARDEN',
    ]);
    expect(
      [...abilitiesOf(actor([{ role: 'EXECUTIVE_HEAD', organizationId: 'O1' }])).appoints].sort(),
    ).toEqual(['AGENCY_REP', 'HQ_SFP']);
    expect(
      abilitiesOf(actor([{ role: 'WARDEN', countryId: 'C1', zoneId: 'Z1' }])).appoints,
    ).toEqual([]);
    expect(abilitiesOf(actor([], { isSystemAdmin: true })).appoints).toEqual([
      ...APPOINTMENT_ROLES,
    ]);
  });
});
