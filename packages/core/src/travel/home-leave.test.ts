import { describe, expect, it } from 'vitest';
import { evaluateClearance } from './clearance.ts';
import { TRAINED, request, traveller } from './clearance.fixtures.ts';
import { applyHomeLeave } from './home-leave.ts';

const untrained = request({
  traveller: traveller({ certificates: TRAINED.filter((c) => c.course !== 'BSITF') }),
});

describe('home-leave travel to a place under restriction [002 §18]', () => {
  it('a home-leave request the rules would refuse is referred to the approver, not refused', () => {
    const refused = evaluateClearance(untrained);
    expect(refused.outcome).toBe('refuse');
    const homeLeave = applyHomeLeave(refused, 'home_leave');
    expect(homeLeave.outcome).toBe('refer');
    const missing = homeLeave.reasons.find((r) => r.code === 'BSITF_MISSING');
    expect(missing).toMatchObject({ severity: 'refer', details: { homeLeave: true } });
    expect(homeLeave.reasons.some((r) => r.severity === 'refuse')).toBe(false);
  });

  it('official travel is refused as before', () => {
    const refused = evaluateClearance(untrained);
    expect(applyHomeLeave(refused, 'official')).toBe(refused);
  });

  it('an invalid itinerary is refused even for home leave', () => {
    const invalid = evaluateClearance(request({ itinerary: { legs: [] } }));
    expect(invalid.outcome).toBe('refuse');
    expect(applyHomeLeave(invalid, 'home_leave').outcome).toBe('refuse');
  });

  it('an approved request is unchanged', () => {
    const approved = evaluateClearance(request());
    expect(applyHomeLeave(approved, 'home_leave')).toBe(approved);
  });
});
