import { describe, expect, it } from 'vitest';
import { actor } from './actor.fixtures.ts';
import {
  CLASSIFIED_KIND_RULES,
  INCIDENT_PERMISSIONS,
  levelRequirement,
  mayReadClassified,
} from './classification.ts';

const plan = CLASSIFIED_KIND_RULES.security_plan;
const assessment = CLASSIFIED_KIND_RULES.risk_assessment;
const inC1 = { countryId: 'C1' };
const inC2 = { countryId: 'C2' };

describe('information-sharing classification [000 §16, 001 §32–33]', () => {
  it('public records may be read by anyone signed in: they may be released outside the system', () => {
    const stranger = actor([], { homeCountryId: 'C9' });
    expect(mayReadClassified(stranger, 'public', inC1, assessment)).toBe(true);
  });

  it('internal records are read by personnel of the country, not by those elsewhere', () => {
    const staff = actor([]);
    expect(mayReadClassified(staff, 'internal', inC1, plan)).toBe(true);
    expect(mayReadClassified(staff, 'internal', inC2, plan)).toBe(false);
  });

  it('restricted records need the kind’s read permission in the record’s scope', () => {
    const staff = actor([]);
    const sa = actor([{ role: 'CSA', countryId: 'C2' }]);
    expect(mayReadClassified(staff, 'restricted', inC1, assessment)).toBe(false);
    expect(mayReadClassified(sa, 'restricted', inC2, assessment)).toBe(true);
    expect(mayReadClassified(sa, 'restricted', inC1, assessment)).toBe(false);
  });

  it('confidential records are read only by those who manage the kind there, not every reader', () => {
    const asc = actor([{ role: 'ASC', countryId: 'C1', areaId: 'A1' }]);
    const csa = actor([{ role: 'CSA', countryId: 'C1' }]);
    const designated = actor([{ role: 'DO', countryId: 'C1' }]);
    const keys = { countryId: 'C1', areaId: 'A1' };
    expect(mayReadClassified(asc, 'restricted', keys, assessment)).toBe(true);
    expect(mayReadClassified(asc, 'confidential', keys, assessment)).toBe(false);
    expect(mayReadClassified(csa, 'confidential', keys, assessment)).toBe(true);
    expect(mayReadClassified(designated, 'confidential', keys, assessment)).toBe(true);
  });

  it('each level names what it takes, so queries follow the same rule', () => {
    expect(levelRequirement('internal', INCIDENT_PERMISSIONS)).toEqual({
      kind: 'home-country-or',
      permission: 'incident.read',
    });
    expect(levelRequirement('confidential', plan)).toEqual({
      kind: 'any-permission',
      permissions: ['preparedness.manage'],
    });
  });
});
