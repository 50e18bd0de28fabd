import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locale/index.ts';
import { clearanceChecks } from './checks.ts';
import { evaluateClearance } from './clearance.ts';
import { leg, request, traveller } from './clearance.fixtures.ts';

/** Juba (level 4) from 10 to 20 March 2025, by a trained traveller with this MAIP coverage. */
const withCoverage = (maipValidUntil: string | null) =>
  request({ traveller: traveller({ maipValidUntil }) });

const maipCheck = (input: ReturnType<typeof request>) =>
  clearanceChecks(input, evaluateClearance(input)).find((c) => c.rule === 'maip');

describe('malicious-acts insurance is validated by the clearance [004 ¶27]', () => {
  it('coverage through the departure passes', () => {
    const input = withCoverage('2025-03-20');
    expect(evaluateClearance(input).outcome).toBe('approve');
    expect(maipCheck(input)).toMatchObject({
      outcome: 'pass',
      params: { maipValidUntil: '2025-03-20' },
    });
  });

  it('coverage that ends before the departure refers the request to the approver', () => {
    const input = withCoverage('2025-03-19');
    const decision = evaluateClearance(input);
    expect(decision.outcome).toBe('refer');
    const reason = decision.reasons.find((r) => r.code === 'MAIP_EXPIRED');
    expect(reason).toMatchObject({
      severity: 'refer',
      legIndex: 0,
      details: { validUntil: '2025-03-19', neededThrough: '2025-03-20' },
    });
    expect(reason?.message.en).toContain('malicious-acts insurance coverage ends on');
    expect(decision.referTo.map((a) => a.personId)).toEqual(['P-DO-SS']);
    expect(maipCheck(input)?.outcome).toBe('refer');
  });

  it('no recorded coverage is said to the approver, without holding the request', () => {
    const input = withCoverage(null);
    const decision = evaluateClearance(input);
    expect(decision.outcome).toBe('approve');
    expect(decision.reasons.find((r) => r.code === 'MAIP_NOT_RECORDED')?.severity).toBe('info');
    const check = maipCheck(input);
    expect(check?.outcome).toBe('info');
    expect(Object.keys(check?.messages[0] ?? {}).sort()).toEqual([...LOCALES]);
  });

  it('where no security level is in force the check does not apply', () => {
    const input = request({
      traveller: traveller({ maipValidUntil: null }),
      itinerary: { legs: [leg('L-NY', '2025-03-10', '2025-03-12')] },
    });
    expect(evaluateClearance(input).reasons.some((r) => r.code.startsWith('MAIP'))).toBe(false);
    expect(maipCheck(input)?.outcome).toBe('notApplicable');
  });
});
