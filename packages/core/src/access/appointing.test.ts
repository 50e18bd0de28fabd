import { describe, expect, it } from 'vitest';
import {
  APPOINTED_BY,
  canAppoint,
  canConfirmCsaAdInterim,
  describeAppointers,
  structureMarkIssues,
} from './appointing.ts';
import { actor } from './actor.fixtures.ts';
import type { RecordKeys } from './policy.ts';
import { APPOINTMENT_ROLES, type AppointmentRole } from './roles.ts';

/** Places: country C1 with areas A1 (zones Z1, Z2) and A2 (zone Z3); country C2 with A9/Z9. */
const zone1: RecordKeys = { countryId: 'C1', areaId: 'A1', zoneId: 'Z1' };
const zone3: RecordKeys = { countryId: 'C1', areaId: 'A2', zoneId: 'Z3' };
const area1: RecordKeys = { countryId: 'C1', areaId: 'A1' };
const area2: RecordKeys = { countryId: 'C1', areaId: 'A2' };
const country1: RecordKeys = { countryId: 'C1', areaId: null };
const otherCountryArea: RecordKeys = { countryId: 'C2', areaId: 'A9' };
const otherCountryZone: RecordKeys = { countryId: 'C2', areaId: 'A9', zoneId: 'Z9' };

const designatedOfficial = actor([{ role: 'DO', countryId: 'C1' }]);
const asc = actor([{ role: 'ASC', countryId: 'C1', areaId: 'A1' }]);
const csa = actor([{ role: 'CSA', countryId: 'C1' }]);
const warden = actor([{ role: 'WARDEN', countryId: 'C1', areaId: 'A1', zoneId: 'Z1' }]);
const admin = actor([], { isSystemAdmin: true, homeCountryId: null, personId: null });

const HEADQUARTERS_ROLES: AppointmentRole[] = [
  'DO',
  'DO_AI',
  'CSA',
  'DEPUTY_SA',
  'CSO',
  'EXECUTIVE_HEAD',
];

describe('canAppoint', () => {
  it('a DO appoints an ASC in their country but not in another', () => {
    expect(canAppoint(designatedOfficial, 'ASC', area1)).toBe(true);
    expect(canAppoint(designatedOfficial, 'ASC', area2)).toBe(true);
    expect(canAppoint(designatedOfficial, 'ASC', otherCountryArea)).toBe(false);
  });

  it('an ASC appoints wardens in their area only', () => {
    expect(canAppoint(asc, 'WARDEN', zone1)).toBe(true);
    expect(canAppoint(asc, 'WARDEN', { countryId: 'C1', areaId: 'A1', zoneId: 'Z2' })).toBe(true);
    expect(canAppoint(asc, 'WARDEN', zone3)).toBe(false);
    expect(canAppoint(asc, 'WARDEN', otherCountryZone)).toBe(false);
  });

  it('an ASC may not appoint an ASC or a DO', () => {
    expect(canAppoint(asc, 'ASC', area1)).toBe(false);
    expect(canAppoint(asc, 'DO', country1)).toBe(false);
    expect(canAppoint(asc, 'DO', area1)).toBe(false);
  });

  it('a CSA records SMT members in the country, not in another', () => {
    expect(canAppoint(csa, 'SMT_MEMBER', { countryId: 'C1', organizationId: 'O1' })).toBe(true);
    expect(canAppoint(csa, 'SMT_MEMBER', { countryId: 'C2', organizationId: 'O1' })).toBe(false);
  });

  it('[002 Annex B ¶27] wardens are appointed by the DO or the ASC, not by the CSA', () => {
    expect(canAppoint(designatedOfficial, 'WARDEN', zone3)).toBe(true);
    expect(canAppoint(asc, 'WARDEN', zone1)).toBe(true);
    expect(canAppoint(csa, 'WARDEN', zone1)).toBe(false);
    expect(canAppoint(csa, 'WARDEN', zone3)).toBe(false);
    expect([...APPOINTED_BY.WARDEN].sort()).toEqual(['ASC', 'DO', 'DO_AI']);
  });

  it('[002 Annex B ¶12] the Executive Head designates the HQ security focal point of their own organization only', () => {
    const head = actor([{ role: 'EXECUTIVE_HEAD', organizationId: 'O1' }]);
    expect(canAppoint(head, 'HQ_SFP', { organizationId: 'O1' })).toBe(true);
    expect(canAppoint(head, 'HQ_SFP', { organizationId: 'O2' })).toBe(false);
    expect(canAppoint(designatedOfficial, 'HQ_SFP', { organizationId: 'O1' })).toBe(false);
    expect(canAppoint(csa, 'HQ_SFP', { organizationId: 'O1' })).toBe(false);
  });

  it('[002 Annex B ¶14–15] agency representatives are the heads of their organization in the country, recorded by their Executive Head, not by the DO or the CSA', () => {
    const head = actor([{ role: 'EXECUTIVE_HEAD', organizationId: 'O1' }]);
    const rep: RecordKeys = { countryId: 'C1', organizationId: 'O1' };
    expect(canAppoint(head, 'AGENCY_REP', rep)).toBe(true);
    expect(canAppoint(head, 'AGENCY_REP', { countryId: 'C2', organizationId: 'O1' })).toBe(true);
    expect(canAppoint(head, 'AGENCY_REP', { countryId: 'C1', organizationId: 'O2' })).toBe(false);
    expect(canAppoint(designatedOfficial, 'AGENCY_REP', rep)).toBe(false);
    expect(canAppoint(csa, 'AGENCY_REP', rep)).toBe(false);
  });

  it('nobody but a system administrator appoints a DO, DO a.i., CSA, deputy SA, CSO or executive head', () => {
    // Someone holding every Framework role in C1, for organization O1, still may not.
    const everything = actor(
      APPOINTMENT_ROLES.map((role) => ({
        role,
        countryId: 'C1',
        areaId: role === 'ASC' ? 'A1' : null,
        zoneId: role === 'WARDEN' ? 'Z1' : null,
        organizationId: 'O1',
      })),
    );
    const target: RecordKeys = {
      countryId: 'C1',
      areaId: 'A1',
      zoneId: 'Z1',
      organizationId: 'O1',
    };
    for (const role of HEADQUARTERS_ROLES) {
      expect(APPOINTED_BY[role], role).toEqual([]);
      expect(canAppoint(everything, role, target), role).toBe(false);
      expect(canAppoint(designatedOfficial, role, country1), role).toBe(false);
      expect(canAppoint(admin, role, target), role).toBe(true);
    }
  });

  it('a system administrator appoints anything, anywhere', () => {
    for (const role of APPOINTMENT_ROLES) {
      expect(canAppoint(admin, role, zone1), role).toBe(true);
      expect(canAppoint(admin, role, otherCountryZone), role).toBe(true);
      expect(canAppoint(admin, role, {}), role).toBe(true);
    }
  });

  it('a warden appoints nobody, not even in their own zone', () => {
    const target: RecordKeys = { ...zone1, organizationId: 'O1' };
    for (const role of APPOINTMENT_ROLES) {
      expect(canAppoint(warden, role, target), role).toBe(false);
    }
    for (const appointers of Object.values(APPOINTED_BY))
      expect(appointers).not.toContain('WARDEN');
  });

  it('an actor without appointments appoints nobody', () => {
    const staff = actor([]);
    for (const role of APPOINTMENT_ROLES) expect(canAppoint(staff, role, zone1), role).toBe(false);
  });
});

describe('APPOINTED_BY', () => {
  it('names an appointer list for every Framework role', () => {
    expect(Object.keys(APPOINTED_BY).sort()).toEqual([...APPOINTMENT_ROLES].sort());
  });

  it('[002 Annex B ¶18, ¶21] the DO (and DO a.i.) appoints ASCs and country security focal points', () => {
    expect([...APPOINTED_BY.ASC].sort()).toEqual(['DO', 'DO_AI']);
    expect([...APPOINTED_BY.CSFP].sort()).toEqual(['DO', 'DO_AI']);
    expect(APPOINTED_BY.SMT_MEMBER).toEqual(expect.arrayContaining(['DO', 'CSA']));
  });
});

describe('describeAppointers', () => {
  const words = { or: 'or', headquarters: 'headquarters' };
  it('is built from APPOINTED_BY, so a text can never drift from the rule', () => {
    expect(describeAppointers('WARDEN', (r) => r, words)).toBe('DO, DO_AI or ASC');
    expect(describeAppointers('HQ_SFP', (r) => r, words)).toBe('EXECUTIVE_HEAD');
    expect(describeAppointers('DO', (r) => r, words)).toBe('headquarters');
  });
});

describe('CSA/SA ad interim and SMT seats', () => {
  const saso: RecordKeys = { countryId: 'C1', areaId: null, organizationId: 'O-A' };

  it('[002 Annex B ¶24] the DO (or DO a.i.) confirms a CSA/SA ad interim in writing; the CSA does not, nor a DO elsewhere', () => {
    expect(canConfirmCsaAdInterim(designatedOfficial, saso)).toBe(true);
    expect(canConfirmCsaAdInterim(actor([{ role: 'DO_AI', countryId: 'C1' }]), saso)).toBe(true);
    expect(canConfirmCsaAdInterim(csa, saso)).toBe(false);
    expect(canConfirmCsaAdInterim(asc, saso)).toBe(false);
    expect(canConfirmCsaAdInterim(designatedOfficial, { ...saso, countryId: 'C2' })).toBe(false);
  });

  it('[002 Annex B ¶23–24] only a single-agency security officer acts as CSA/SA ad interim', () => {
    expect(structureMarkIssues({ role: 'SASO', csaAdInterim: true, smtSeat: null })).toEqual([]);
    expect(
      structureMarkIssues({ role: 'LSA', csaAdInterim: true, smtSeat: null }).map((i) => i.path),
    ).toEqual(['csaAdInterim']);
  });

  it('[002 Annex B ¶16] only an SMT member holds the seat of a military or police component head', () => {
    expect(
      structureMarkIssues({ role: 'SMT_MEMBER', csaAdInterim: false, smtSeat: 'police_component' }),
    ).toEqual([]);
    expect(
      structureMarkIssues({ role: 'CSA', csaAdInterim: false, smtSeat: 'military_component' }).map(
        (i) => i.path,
      ),
    ).toEqual(['smtSeat']);
  });
});
