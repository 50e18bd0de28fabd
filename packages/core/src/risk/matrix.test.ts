import { describe, expect, it } from 'vitest';
import {
  assessRating,
  compareLevels,
  levelForScore,
  riskLevel,
  riskScore,
  suggestedStrategies,
  type AcatStrategy,
  type RiskLevel,
  type RiskScore,
} from './matrix.ts';
import type { Impact, Likelihood } from './scale.ts';

type Row = [Likelihood, Impact, RiskScore, RiskLevel, string, readonly AcatStrategy[]];

// The two tables of the UNICEF guide [seed 000, Annex D], written out cell by cell.
// 5 × 3 is 15, high (the guide misprints "High (12)").
const MATRIX: Row[] = [
  [1, 1, 1, 'negligible', 'Accept', ['accept']],
  [1, 2, 2, 'low', 'Transfer & Accept', ['transfer', 'accept']],
  [1, 3, 3, 'low', 'Transfer', ['transfer']],
  [1, 4, 4, 'low', 'Transfer', ['transfer']],
  [1, 5, 5, 'low', 'Transfer & Control', ['transfer', 'control']],
  [2, 1, 2, 'low', 'Control & Accept', ['control', 'accept']],
  [2, 2, 4, 'low', 'Control & Transfer', ['control', 'transfer']],
  [2, 3, 6, 'medium', 'Transfer & Control', ['transfer', 'control']],
  [2, 4, 8, 'medium', 'Transfer & Control', ['transfer', 'control']],
  [2, 5, 10, 'medium', 'Transfer & Control', ['transfer', 'control']],
  [3, 1, 3, 'low', 'Control', ['control']],
  [3, 2, 6, 'medium', 'Control & Transfer', ['control', 'transfer']],
  [3, 3, 9, 'medium', 'Control & Transfer', ['control', 'transfer']],
  [3, 4, 12, 'high', 'Control & Avoid', ['control', 'avoid']],
  [3, 5, 15, 'high', 'Avoid & Control', ['avoid', 'control']],
  [4, 1, 4, 'low', 'Control', ['control']],
  [4, 2, 8, 'medium', 'Control & Transfer', ['control', 'transfer']],
  [4, 3, 12, 'high', 'Control & Avoid', ['control', 'avoid']],
  [4, 4, 16, 'high', 'Control & Avoid', ['control', 'avoid']],
  [4, 5, 20, 'critical', 'Avoid & Control', ['avoid', 'control']],
  [5, 1, 5, 'low', 'Control', ['control']],
  [5, 2, 10, 'medium', 'Control & Transfer', ['control', 'transfer']],
  [5, 3, 15, 'high', 'Control & Avoid', ['control', 'avoid']],
  [5, 4, 20, 'critical', 'Control & Avoid', ['control', 'avoid']],
  [5, 5, 25, 'critical', 'Avoid', ['avoid']],
];

describe('risk matrix', () => {
  it('has all 25 cells in the expected table', () => {
    expect(new Set(MATRIX.map(([l, i]) => `${l}x${i}`)).size).toBe(25);
  });

  it.each(MATRIX)(
    'likelihood %i × impact %i scores %i, which is %s',
    (likelihood, impact, score, level) => {
      expect(riskScore({ likelihood, impact })).toBe(score);
      expect(riskLevel({ likelihood, impact })).toBe(level);
    },
  );

  const cells = MATRIX.map(([likelihood, impact, , , text, strategies]) => ({
    likelihood,
    impact,
    text,
    strategies,
  }));

  it.each(cells)(
    'likelihood $likelihood × impact $impact suggests "$text"',
    ({ likelihood, impact, strategies }) => {
      expect(suggestedStrategies({ likelihood, impact })).toEqual(strategies);
    },
  );

  it('assesses a rating in one call', () => {
    expect(assessRating({ likelihood: 3, impact: 5 })).toEqual({
      rating: { likelihood: 3, impact: 5 },
      score: 15,
      level: 'high',
      strategies: ['avoid', 'control'],
    });
  });
});

describe('level bands', () => {
  it.each<[RiskScore, RiskLevel]>([
    [1, 'negligible'],
    [2, 'low'],
    [5, 'low'],
    [6, 'medium'],
    [10, 'medium'],
    [12, 'high'],
    [16, 'high'],
    [20, 'critical'],
    [25, 'critical'],
  ])('score %i is on the %s band', (score, level) => {
    expect(levelForScore(score)).toBe(level);
  });

  it('refuses a score that no rating can produce', () => {
    expect(() => levelForScore(11 as RiskScore)).toThrow(RangeError);
  });

  it('orders levels from negligible to critical', () => {
    expect(compareLevels('low', 'high')).toBeLessThan(0);
    expect(compareLevels('critical', 'medium')).toBeGreaterThan(0);
    expect(compareLevels('medium', 'medium')).toBe(0);
  });
});
