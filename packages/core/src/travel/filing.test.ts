import { describe, expect, it } from 'vitest';
import { actor } from '../access/actor.fixtures.ts';
import { clearanceChecks } from './checks.ts';
import { evaluateClearance } from './clearance.ts';
import { request, traveller } from './clearance.fixtures.ts';
import { filingBasis, type FilingTraveller } from './filing.ts';

const colleague: FilingTraveller = {
  personId: 'P-colleague',
  kind: 'personnel',
  sponsorId: null,
  organizationId: 'O1',
  countryId: 'C1',
  status: 'active',
};
const myChild: FilingTraveller = {
  ...colleague,
  personId: 'P-child',
  kind: 'dependant',
  sponsorId: 'P-me',
};
const representative = actor([{ role: 'AGENCY_REP', organizationId: 'O1', countryId: 'C1' }]);

describe('who files a clearance request for someone else [004 ¶27]', () => {
  it('everyone files for themselves', () => {
    expect(filingBasis(actor(), { ...colleague, personId: 'P-me' })).toBe('self');
  });

  it('a staff member files for their own dependant, not for someone else’s', () => {
    expect(filingBasis(actor(), myChild)).toBe('sponsor');
    expect(filingBasis(actor(), { ...myChild, sponsorId: 'P-other' })).toBeNull();
  });

  it('the organization’s representative or security officer in the country files for its people', () => {
    expect(filingBasis(representative, colleague)).toBe('organization');
    expect(filingBasis(representative, { ...myChild, sponsorId: 'P-other' })).toBe('organization');
    const officer = actor([{ role: 'SASO', organizationId: 'O1', countryId: 'C1' }]);
    expect(filingBasis(officer, colleague)).toBe('organization');
  });

  it('not for another organization, another country, or from a country-wide security post', () => {
    expect(filingBasis(representative, { ...colleague, organizationId: 'O2' })).toBeNull();
    expect(filingBasis(representative, { ...colleague, countryId: 'C2' })).toBeNull();
    expect(filingBasis(actor([{ role: 'CSA', countryId: 'C1' }]), colleague)).toBeNull();
    expect(filingBasis(actor(), colleague)).toBeNull();
  });

  it('no one files for a separated person', () => {
    expect(filingBasis(representative, { ...colleague, status: 'separated' })).toBeNull();
    expect(filingBasis(actor(), { ...myChild, status: 'separated' })).toBeNull();
  });
});

describe('a dependant’s clearance [004 ¶27, 003 ¶106, 002 §14]', () => {
  it('training rules are duties of personnel: an untrained dependant is not refused for them', () => {
    const untrained = request({ traveller: traveller({ certificates: [], dependant: true }) });
    const decision = evaluateClearance(untrained);
    expect(decision.outcome).toBe('approve');
    const outcomes = clearanceChecks(untrained, decision).map((c) => [c.rule, c.outcome]);
    expect(outcomes).toEqual(
      expect.arrayContaining([
        ['bsitf', 'notApplicable'],
        ['asitf', 'notApplicable'],
        ['ssafe', 'notApplicable'],
      ]),
    );
    const staff = request({ traveller: traveller({ certificates: [] }) });
    expect(evaluateClearance(staff).outcome).toBe('refuse');
  });
});
