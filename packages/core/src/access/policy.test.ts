import { describe, expect, it } from 'vitest';
import { actor } from './actor.fixtures.ts';
import { allowed, can, grantsOf, scopesFor, type Actor } from './policy.ts';
import {
  CONFIDENTIAL_PERMISSIONS,
  HOME_COUNTRY_PERMISSIONS,
  PERMISSIONS,
  ROLE_PERMISSIONS,
} from './permissions.ts';
import { APPOINTMENT_ROLES, ROLE_SCOPE, type AppointmentRole } from './roles.ts';

const HOME = { countryId: 'C1', areaId: 'A1', zoneId: 'Z1', organizationId: 'O1' };
const sameZone = { ...HOME, personId: 'P-colleague' };
const otherZone = { ...HOME, zoneId: 'Z2', personId: 'P-z2' };
const otherArea = {
  countryId: 'C1',
  areaId: 'A2',
  zoneId: 'Z3',
  organizationId: 'O1',
  personId: 'P-a2',
};
const otherOrg = { ...HOME, organizationId: 'O2', personId: 'P-o2' };
const otherCountry = {
  countryId: 'C2',
  areaId: 'A9',
  zoneId: 'Z9',
  organizationId: 'O1',
  personId: 'P-c2',
};
const self = { ...HOME, personId: 'P-me' };

function appointed(role: AppointmentRole): Actor {
  return actor([{ role, ...HOME, areaId: ROLE_SCOPE[role] === 'country' ? null : HOME.areaId }]);
}

describe('access policy', () => {
  it('every person reads the security levels in force in their duty station country, not elsewhere [002 Annex B, O. Wardens ¶2: personnel are regularly informed of the security phases in effect]', () => {
    const me = actor();
    expect(can(me, 'security_level.read', { countryId: 'C1' })).toBe(true);
    expect(can(me, 'security_level.read', otherArea)).toBe(true);
    expect(can(me, 'security_level.read', otherCountry)).toBe(false);
    expect(can(me, 'security_level.write', { countryId: 'C1' })).toBe(false);
    expect(can(me, 'risk.read', { countryId: 'C1' })).toBe(false);
  });

  it('a staff member without appointments reads only their own personnel record', () => {
    const me = actor();
    expect(can(me, 'personnel.read', self)).toBe(true);
    for (const other of [sameZone, otherZone, otherOrg, otherCountry]) {
      expect(can(me, 'personnel.read', other)).toBe(false);
    }
    expect(can(me, 'personnel.write', self)).toBe(false);
  });

  it('a staff member may update their own whereabouts and nobody else’s', () => {
    const me = actor();
    expect(can(me, 'whereabouts.update', self)).toBe(true);
    expect(can(me, 'whereabouts.update', sameZone)).toBe(false);
  });

  it('every signed-in person sees the security structure of their home country only', () => {
    const me = actor();
    expect(can(me, 'structure.read', { countryId: 'C1' })).toBe(true);
    expect(can(me, 'structure.read', { countryId: 'C2' })).toBe(false);
    expect(can(me, 'structure.write', { countryId: 'C1' })).toBe(false);
  });

  it('a warden sees the personnel of their zone and not of another zone, area or country', () => {
    const w = actor([{ role: 'WARDEN', countryId: 'C1', zoneId: 'Z1' }]);
    expect(can(w, 'personnel.read', sameZone)).toBe(true);
    expect(can(w, 'personnel.read', otherZone)).toBe(false);
    expect(can(w, 'personnel.read', otherArea)).toBe(false);
    expect(can(w, 'personnel.read', otherCountry)).toBe(false);
    expect(can(w, 'personnel.write', sameZone)).toBe(false);
  });

  it('an Area Security Coordinator covers their area and not the rest of the country', () => {
    const asc = actor([{ role: 'ASC', countryId: 'C1', areaId: 'A1' }]);
    expect(can(asc, 'personnel.read', otherZone)).toBe(true);
    expect(can(asc, 'personnel.read', otherArea)).toBe(false);
    expect(can(asc, 'appointment.write', { countryId: 'C1', areaId: 'A1' })).toBe(true);
    expect(can(asc, 'appointment.write', { countryId: 'C1', areaId: 'A2' })).toBe(false);
  });

  it('a Designated Official covers the whole country and no other', () => {
    const d = actor([{ role: 'DO', countryId: 'C1' }]);
    for (const r of [sameZone, otherZone, otherArea, otherOrg]) {
      expect(can(d, 'personnel.read', r)).toBe(true);
    }
    expect(can(d, 'personnel.read', otherCountry)).toBe(false);
    expect(can(d, 'appointment.write', { countryId: 'C1' })).toBe(true);
  });

  it('a Designated Official for a designated area covers only that area', () => {
    const d = actor([{ role: 'DO', countryId: 'C1', areaId: 'A2' }]);
    expect(can(d, 'personnel.read', otherArea)).toBe(true);
    expect(can(d, 'personnel.read', sameZone)).toBe(false);
  });

  it('a representative covers their organization in their country only', () => {
    const rep = actor([{ role: 'AGENCY_REP', countryId: 'C1', organizationId: 'O1' }]);
    expect(can(rep, 'personnel.write', sameZone)).toBe(true);
    expect(can(rep, 'personnel.write', otherOrg)).toBe(false);
    expect(can(rep, 'personnel.write', otherCountry)).toBe(false);
  });

  it('an HQ security focal point covers their organization in every country', () => {
    const hq = actor([{ role: 'HQ_SFP', organizationId: 'O1' }]);
    expect(can(hq, 'personnel.read', otherCountry)).toBe(true);
    expect(can(hq, 'personnel.read', otherOrg)).toBe(false);
  });

  it('a system administrator may do everything everywhere but read confidential records', () => {
    const admin = actor([], { isSystemAdmin: true, personId: null, homeCountryId: null });
    for (const p of PERMISSIONS)
      expect(can(admin, p, otherCountry)).toBe(!CONFIDENTIAL_PERMISSIONS.includes(p));
    // Individual stress-support records: counsellors and the person concerned only [003 ¶169].
    expect(can(admin, 'wellbeing.counsel', otherCountry)).toBe(false);
    expect(scopesFor(admin, 'personnel.read')).toEqual([{ kind: 'system' }]);
  });

  it('an appointment missing the keys its role needs grants nothing', () => {
    for (const role of APPOINTMENT_ROLES) {
      const broken = actor([{ role }], { personId: null, homeCountryId: null });
      expect(grantsOf(broken)).toEqual([]);
    }
  });

  it('an actor’s grants are worked out once, and a copy with other appointments has its own', () => {
    const csa = actor([{ role: 'CSA', countryId: 'C1' }]);
    expect(grantsOf(csa)).toBe(grantsOf(csa));
    expect(can(csa, 'incident.manage', otherArea)).toBe(true);
    const moved = { ...csa, appointments: [{ ...csa.appointments[0]!, countryId: 'C2' }] };
    expect(can(moved, 'incident.manage', otherArea)).toBe(false);
    expect(can(moved, 'incident.manage', otherCountry)).toBe(true);
  });

  it('only the Framework roles may appoint: DO, DO a.i., CSA and ASC', () => {
    const appointers = APPOINTMENT_ROLES.filter((r) =>
      ROLE_PERMISSIONS[r].includes('appointment.write'),
    );
    expect(appointers.sort()).toEqual(['ASC', 'CSA', 'DO', 'DO_AI']);
  });

  it('travel clearance is decided by the DO (or DO a.i.) and the ASC; SSAFE decisions by the DO', () => {
    const holders = (p: (typeof PERMISSIONS)[number]) =>
      APPOINTMENT_ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(p)).sort();
    expect(holders('travel.approve')).toEqual(['ASC', 'DO', 'DO_AI']);
    expect(holders('training.mandate')).toEqual(['DO', 'DO_AI']);
    const asc = actor([{ role: 'ASC', countryId: 'C1', areaId: 'A1' }]);
    expect(can(asc, 'travel.approve', HOME)).toBe(true);
    expect(can(asc, 'travel.approve', otherArea)).toBe(false);
  });

  it('HQ focal points manage system-wide budgets; DO, DO a.i. and CSA manage country governance', () => {
    const holders = (p: (typeof PERMISSIONS)[number]) =>
      APPOINTMENT_ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(p)).sort();
    expect(holders('budget.manage')).toEqual(['HQ_SFP']);
    expect(holders('governance.manage')).toEqual(['CSA', 'DO', 'DO_AI']);
    expect(holders('recommendation.manage')).toEqual(['CSA', 'DO', 'DO_AI', 'HQ_SFP']);
  });

  it('crises are declared by the DO, DO a.i. and CSA; wardens account for their zone only', () => {
    const holders = (p: (typeof PERMISSIONS)[number]) =>
      APPOINTMENT_ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(p)).sort();
    expect(holders('crisis.declare')).toEqual(['CSA', 'DO', 'DO_AI']);
    expect(holders('crisis.account')).toEqual([
      'ASC',
      'CSA',
      'CSFP',
      'CSO',
      'DEPUTY_SA',
      'DO',
      'DO_AI',
      'LSA',
      'SASO',
      'WARDEN',
    ]);
    const w = actor([{ role: 'WARDEN', countryId: 'C1', zoneId: 'Z1' }]);
    expect(can(w, 'crisis.account', { countryId: 'C1', zoneId: 'Z1' })).toBe(true);
    expect(can(w, 'crisis.account', { countryId: 'C1', zoneId: 'Z2' })).toBe(false);
  });

  it.each(APPOINTMENT_ROLES.map((r) => [r] as const))(
    '%s holds exactly its listed permissions, within its scope and not outside it',
    (role) => {
      const a = appointed(role);
      for (const permission of PERMISSIONS) {
        // Besides the role's own, what everyone holds in their duty station's country (C1).
        const expected =
          ROLE_PERMISSIONS[role].includes(permission) ||
          HOME_COUNTRY_PERMISSIONS.includes(permission);
        // Inside: a record in the appointment's own zone, area, country and organization.
        const inside = can(a, permission, { ...HOME, personId: 'P-inside' });
        expect(inside, `${role} ${permission} inside`).toBe(expected);
        // Outside: another country, another organization.
        const outside = can(a, permission, {
          countryId: 'C2',
          areaId: 'A9',
          zoneId: 'Z9',
          organizationId: 'O2',
          personId: 'P-out',
        });
        expect(outside, `${role} ${permission} outside`).toBe(false);
      }
    },
  );

  it('scopes are deduplicated, so two appointments at one place give one filter', () => {
    const a = actor([
      { role: 'CSA', countryId: 'C1' },
      { role: 'DO_AI', countryId: 'C1' },
    ]);
    expect(scopesFor(a, 'personnel.read')).toEqual([
      { kind: 'self', personId: 'P-me' },
      { kind: 'country', countryId: 'C1' },
    ]);
  });

  it('the self filter is dropped when a wider scope covers the actor’s own record', () => {
    const a = actor([{ role: 'DO', countryId: 'C1' }], { selfKeys: HOME });
    expect(scopesFor(a, 'personnel.read')).toEqual([{ kind: 'country', countryId: 'C1' }]);
    const abroad = actor([{ role: 'DO', countryId: 'C2' }], { selfKeys: HOME });
    expect(scopesFor(abroad, 'personnel.read')).toContainEqual({ kind: 'self', personId: 'P-me' });
  });

  it('bulk check returns the ids of the records in scope', () => {
    const w = actor([{ role: 'WARDEN', countryId: 'C1', zoneId: 'Z1' }]);
    const ids = allowed(w, 'personnel.read', [
      { id: '1', ...sameZone },
      { id: '2', ...otherZone },
      { id: '3', ...self },
    ]);
    expect([...ids].sort()).toEqual(['1', '3']);
  });
});
