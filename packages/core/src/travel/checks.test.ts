import { describe, expect, it } from 'vitest';
import { clearanceChecks } from './checks.ts';
import { evaluateClearance } from './clearance.ts';
import { certificate, leg, request, traveller } from './clearance.fixtures.ts';

const outcomes = (input: ReturnType<typeof request>) =>
  Object.fromEntries(
    clearanceChecks(input, evaluateClearance(input)).map((c) => [
      `${c.legIndex}:${c.rule}`,
      c.outcome,
    ]),
  );

describe('every rule of a clearance, in words an approver reads', () => {
  it('a trained traveller to a level-4 field station: every rule passes, the level informs', () => {
    const input = request();
    const checks = clearanceChecks(input, evaluateClearance(input));
    expect(checks.map((c) => c.rule)).toEqual([
      'itinerary',
      'sanction',
      'bsitf',
      'asitf',
      'ssafe',
      'ceiling',
      'maip',
      'level',
    ]);
    expect(outcomes(input)).toEqual({
      '0:itinerary': 'pass',
      '0:sanction': 'pass',
      '0:bsitf': 'pass',
      '0:asitf': 'pass',
      '0:ssafe': 'pass',
      '0:ceiling': 'pass',
      '0:maip': 'pass',
      '0:level': 'info',
    });
    expect(checks.find((c) => c.rule === 'ceiling')?.params).toEqual({ ceiling: 10, headcount: 3 });
    expect(checks.find((c) => c.rule === 'level')?.params).toEqual({ securityLevel: 4 });
  });

  it('rules that do not apply say so; a failing rule carries its reason in six languages', () => {
    const input = request({
      traveller: traveller({ certificates: [certificate('ASITF', '2024-01-10')] }),
      itinerary: { legs: [leg('L-NY', '2025-03-10', '2025-03-12')] },
    });
    const checks = clearanceChecks(input, evaluateClearance(input));
    expect(outcomes(input)).toMatchObject({
      '0:bsitf': 'refuse',
      '0:asitf': 'notApplicable',
      '0:ssafe': 'notApplicable',
      '0:ceiling': 'notApplicable',
      '0:maip': 'notApplicable',
    });
    const bsitf = checks.find((c) => c.rule === 'bsitf');
    expect(bsitf?.messages).toHaveLength(1);
    expect(Object.keys(bsitf?.messages[0] ?? {}).sort()).toEqual([
      'ar',
      'en',
      'es',
      'fr',
      'ru',
      'zh',
    ]);
  });
});
