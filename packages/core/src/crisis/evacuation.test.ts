import { describe, expect, it } from 'vitest';
import { allAccountedFor, evacuationEligibility } from './evacuation.ts';

describe('evacuation eligibility', () => {
  it('international staff are eligible', () => {
    expect(evacuationEligibility({ kind: 'personnel', category: 'international' })).toBe(
      'eligible',
    );
  });
  it('locally recruited staff are decided case by case', () => {
    expect(evacuationEligibility({ kind: 'personnel', category: 'local' })).toBe('case_by_case');
    expect(evacuationEligibility({ kind: 'personnel', category: null })).toBe('case_by_case');
  });
  it('dependants of international staff are eligible; others case by case', () => {
    expect(
      evacuationEligibility({
        kind: 'dependant',
        category: null,
        sponsorCategory: 'international',
      }),
    ).toBe('eligible');
    expect(
      evacuationEligibility({ kind: 'dependant', category: null, sponsorCategory: 'local' }),
    ).toBe('case_by_case');
    expect(evacuationEligibility({ kind: 'dependant', category: null })).toBe('case_by_case');
  });
  it('all accounted for only when nobody is left without an answer', () => {
    expect(allAccountedFor({ total: 3, noAnswer: 1 })).toBe(false);
    expect(allAccountedFor({ total: 3, noAnswer: 0 })).toBe(true);
  });
});
