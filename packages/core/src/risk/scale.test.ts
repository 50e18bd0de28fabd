import { describe, expect, it } from 'vitest';
import {
  IMPACT_LEVELS,
  LIKELIHOOD_LEVELS,
  parseRating,
  parseRiskRating,
  RATING_VALUES,
} from './scale.ts';

describe('five-point scales', () => {
  it('orders likelihood 1 to 5 as the guide does, very unlikely to very likely', () => {
    expect(RATING_VALUES.map((v) => LIKELIHOOD_LEVELS[v].key)).toEqual([
      'very_unlikely',
      'unlikely',
      'moderately_likely',
      'likely',
      'very_likely',
    ]);
  });

  it('orders impact 1 to 5 as the guide does, negligible to critical', () => {
    expect(RATING_VALUES.map((v) => IMPACT_LEVELS[v].key)).toEqual([
      'negligible',
      'minor',
      'moderate',
      'severe',
      'critical',
    ]);
  });

  it('keeps each level’s value equal to its position', () => {
    for (const v of RATING_VALUES) {
      expect(LIKELIHOOD_LEVELS[v].value).toBe(v);
      expect(IMPACT_LEVELS[v].value).toBe(v);
    }
  });
});

describe('parseRating', () => {
  it.each([1, 2, 3, 4, 5])('accepts %i', (value) => {
    expect(parseRating(value, 'likelihood')).toEqual({ ok: true, value });
  });

  it.each<[string, unknown]>([
    ['0', 0],
    ['6', 6],
    ['2.5', 2.5],
    ['the string "3"', '3'],
    ['the name "high"', 'high'],
    ['NaN', Number.NaN],
    ['null', null],
    ['undefined', undefined],
    ['an object', { value: 3 }],
  ])('refuses %s and names the field', (_name, value) => {
    const result = parseRating(value, 'inherent.impact');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_RATING');
    expect(result.error.field).toBe('inherent.impact');
    expect(result.error.message).toMatch(/^inherent\.impact must be an integer from 1 to 5/);
  });

  it('quotes a refused string in the message', () => {
    const result = parseRating('high', 'impact');
    expect(result.ok ? '' : result.error.message).toContain('"high"');
  });
});

describe('parseRiskRating', () => {
  it('accepts a likelihood and an impact', () => {
    expect(parseRiskRating({ likelihood: 4, impact: 2 }, 'residual')).toEqual({
      ok: true,
      value: { likelihood: 4, impact: 2 },
    });
  });

  it('names the nested field that is wrong', () => {
    const result = parseRiskRating({ likelihood: 4, impact: '2' }, 'residual');
    expect(result.ok ? null : result.error.field).toBe('residual.impact');
  });

  it('checks the likelihood first', () => {
    const result = parseRiskRating({ likelihood: 0, impact: 9 }, 'inherent');
    expect(result.ok ? null : result.error.field).toBe('inherent.likelihood');
  });

  it.each([null, 3, 'high', [3, 4]])('refuses %j as a whole', (value) => {
    const result = parseRiskRating(value, 'inherent');
    expect(result.ok ? null : result.error.field).toBe('inherent');
  });
});
