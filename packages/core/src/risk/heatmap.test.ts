import { describe, expect, it } from 'vitest';
import { emptyHeatGrid, heatCell, heatMap } from './heatmap.ts';
import type { RiskRating } from './scale.ts';

describe('heatMap', () => {
  it('returns two empty 5×5 grids for no risks', () => {
    const map = heatMap([]);
    const zeros = [
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ];
    expect(map).toEqual({ inherent: zeros, residual: zeros, total: 0, residualUnrated: 0 });
  });

  it('counts inherent and residual ratings in rows of likelihood and columns of impact', () => {
    const map = heatMap([
      { inherent: { likelihood: 5, impact: 4 }, residual: { likelihood: 2, impact: 4 } },
      { inherent: { likelihood: 5, impact: 4 }, residual: { likelihood: 3, impact: 1 } },
      { inherent: { likelihood: 1, impact: 5 }, residual: { likelihood: 1, impact: 5 } },
    ]);
    expect(map.inherent).toEqual([
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 2, 0],
    ]);
    expect(map.residual).toEqual([
      [0, 0, 0, 0, 1],
      [0, 0, 0, 1, 0],
      [1, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect(map.total).toBe(3);
  });

  it('counts a risk without a residual rating in the inherent grid only', () => {
    const map = heatMap([{ inherent: { likelihood: 3, impact: 3 }, residual: null }]);
    expect(heatCell(map.inherent, { likelihood: 3, impact: 3 })).toBe(1);
    expect(map.residual.flat().reduce((a, b) => a + b, 0)).toBe(0);
    expect(map.residualUnrated).toBe(1);
  });

  it('refuses a rating off the scale', () => {
    const bad = { likelihood: 6, impact: 1 } as unknown as RiskRating;
    expect(() => heatMap([{ inherent: bad, residual: null }])).toThrow(RangeError);
  });

  it('gives each caller a fresh grid', () => {
    const first = emptyHeatGrid()[0];
    if (first !== undefined) first[0] = 9;
    expect(emptyHeatGrid()[0]?.[0]).toBe(0);
  });
});
