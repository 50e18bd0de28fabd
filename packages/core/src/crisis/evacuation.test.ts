import { describe, expect, it } from 'vitest';
import {
  NORMAL_AUTHORITY,
  allAccountedFor,
  canAdvanceMovement,
  crisisDecisionIssues,
  evacuationEligibility,
  personMovementIssues,
  usgReportPending,
} from './evacuation.ts';

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

describe('who decides [002 Annex B ¶13, 003 ¶181]', () => {
  const evac = {
    measure: 'evacuation' as const,
    authority: 'SECRETARY_GENERAL' as const,
    recommendedBy: 'USG for Safety and Security, on the DO’s advice',
    exigent: false,
  };

  it('[003 ¶181] the Secretary-General decides an evacuation on the recommendation of the USG', () => {
    expect(crisisDecisionIssues(evac)).toEqual([]);
    expect(crisisDecisionIssues({ ...evac, recommendedBy: ' ' }).map((i) => i.field)).toEqual([
      'recommendedBy',
    ]);
  });

  it('[002 Annex B ¶13] the DO decides an evacuation only in exigent circumstances', () => {
    const byDo = { ...evac, authority: 'DO' as const, recommendedBy: null };
    expect(crisisDecisionIssues(byDo).map((i) => i.field)).toEqual(['authority']);
    expect(crisisDecisionIssues({ ...byDo, exigent: true })).toEqual([]);
  });

  it('[002 Annex B ¶13] the DO decides relocation and alternate work; the Secretary-General does not', () => {
    for (const measure of ['relocation', 'alternate_work'] as const) {
      expect(
        crisisDecisionIssues({ measure, authority: 'DO', recommendedBy: null, exigent: false }),
      ).toEqual([]);
      expect(
        crisisDecisionIssues({
          measure,
          authority: 'SECRETARY_GENERAL',
          recommendedBy: null,
          exigent: false,
        }).map((i) => i.field),
      ).toEqual(['authority']);
    }
    expect(NORMAL_AUTHORITY).toEqual({
      alternate_work: 'DO',
      relocation: 'DO',
      evacuation: 'SECRETARY_GENERAL',
    });
  });

  it('[002 Annex B ¶13] a DO decision in exigent circumstances is pending until reported to the USG', () => {
    expect(usgReportPending({ authority: 'DO', exigent: true, reportedToUsgAt: null })).toBe(true);
    expect(
      usgReportPending({ authority: 'DO', exigent: true, reportedToUsgAt: '2026-03-01T10:00:00Z' }),
    ).toBe(false);
    expect(usgReportPending({ authority: 'DO', exigent: false, reportedToUsgAt: null })).toBe(
      false,
    );
  });
});

describe('who is evacuated [003 ¶181–182]', () => {
  const evac = {
    measure: 'evacuation' as const,
    exceptionalReason: null,
    staffAssociation: null,
    staffAssociationConsultedOn: null,
  };

  it('international visitors are not automatically eligible', () => {
    expect(evacuationEligibility({ kind: 'visitor', category: 'international' })).toBe(
      'case_by_case',
    );
    const visitor = { kind: 'visitor', category: 'international' };
    expect(personMovementIssues(visitor, evac).map((i) => i.field)).toEqual(['exceptionalReason']);
  });

  it('[003 ¶182] evacuating locally recruited staff is exceptional and needs the staff association consulted', () => {
    const local = { kind: 'personnel', category: 'local' };
    expect(personMovementIssues(local, evac).map((i) => i.field)).toEqual([
      'exceptionalReason',
      'staffAssociation',
      'staffAssociationConsultedOn',
    ]);
    expect(
      personMovementIssues(local, {
        ...evac,
        exceptionalReason: 'Targeted because of UN employment',
        staffAssociation: 'National Staff Association',
        staffAssociationConsultedOn: '2026-03-01',
      }),
    ).toEqual([]);
    const dependantOfLocal = { kind: 'dependant', category: null, sponsorCategory: 'local' };
    expect(personMovementIssues(dependantOfLocal, evac)).toHaveLength(3);
  });

  it('international staff are evacuated without further justification; relocation needs none for anyone', () => {
    expect(personMovementIssues({ kind: 'personnel', category: 'international' }, evac)).toEqual(
      [],
    );
    expect(
      personMovementIssues(
        { kind: 'personnel', category: 'local' },
        { ...evac, measure: 'relocation' },
      ),
    ).toEqual([]);
  });

  it('a movement goes forward only: decided, moved, arrived', () => {
    expect(canAdvanceMovement('decided', 'moved')).toBe(true);
    expect(canAdvanceMovement('moved', 'arrived')).toBe(true);
    expect(canAdvanceMovement('decided', 'arrived')).toBe(false);
    expect(canAdvanceMovement('arrived', 'moved')).toBe(false);
  });
});
