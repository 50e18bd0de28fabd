import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { riskScore } from './matrix.ts';
import { compareRatings, mustStayInView, prioritize } from './priority.ts';
import type { RiskRating } from './scale.ts';

const r = (likelihood: RiskRating['likelihood'], impact: RiskRating['impact']): RiskRating => ({
  likelihood,
  impact,
});
const risk = (id: string, rating: RiskRating) => ({ id, rating });

const ratingArb = fc.record({
  likelihood: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
  impact: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
});

describe('compareRatings', () => {
  it('puts the higher score first', () => {
    expect(compareRatings(r(3, 4), r(5, 3))).toBeGreaterThan(0);
    expect(compareRatings(r(5, 5), r(1, 1))).toBeLessThan(0);
  });

  it('between equal scores, puts the higher impact first', () => {
    expect(compareRatings(r(1, 5), r(5, 1))).toBeLessThan(0);
    expect(compareRatings(r(4, 3), r(3, 4))).toBeGreaterThan(0);
  });

  it('is 0 only for the same cell', () => {
    expect(compareRatings(r(2, 3), r(2, 3))).toBe(0);
    fc.assert(
      fc.property(ratingArb, ratingArb, (a, b) => {
        const same = a.likelihood === b.likelihood && a.impact === b.impact;
        expect(compareRatings(a, b) === 0).toBe(same);
      }),
    );
  });

  it('sorts any list by score descending, never by impact against score', () => {
    fc.assert(
      fc.property(fc.array(ratingArb), (ratings) => {
        const sorted = [...ratings].sort(compareRatings);
        for (let i = 1; i < sorted.length; i += 1) {
          const prev = sorted[i - 1];
          const next = sorted[i];
          if (prev === undefined || next === undefined) continue;
          expect(riskScore(prev)).toBeGreaterThanOrEqual(riskScore(next));
          if (riskScore(prev) === riskScore(next)) {
            expect(prev.impact).toBeGreaterThanOrEqual(next.impact);
          }
        }
      }),
    );
  });

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(ratingArb, ratingArb, (a, b) => {
        expect(Math.sign(compareRatings(a, b)) + Math.sign(compareRatings(b, a))).toBe(0);
      }),
    );
  });
});

describe('mustStayInView', () => {
  it('keeps a low risk with critical impact in view', () => {
    expect(mustStayInView(r(1, 5))).toBe(true);
  });

  it('does not single out a critical-impact-free risk', () => {
    expect(mustStayInView(r(5, 4))).toBe(false);
  });
});

describe('prioritize', () => {
  const risks = [
    risk('theft', r(5, 1)),
    risk('bomb', r(1, 5)),
    risk('crossfire', r(4, 4)),
    risk('carjack', r(3, 3)),
    risk('flood', r(2, 2)),
  ];

  it('sorts everything when no limit is given', () => {
    const { shown, hidden } = prioritize(risks);
    expect(shown.map((x) => x.id)).toEqual(['crossfire', 'carjack', 'bomb', 'theft', 'flood']);
    expect(hidden).toEqual([]);
  });

  it('keeps a low risk with critical impact even past the limit', () => {
    const { shown, hidden } = prioritize(risks, { limit: 2 });
    expect(shown.map((x) => x.id)).toEqual(['crossfire', 'carjack', 'bomb']);
    expect(hidden.map((x) => x.id)).toEqual(['theft', 'flood']);
  });

  it('keeps a critical-impact risk below the minimum level', () => {
    const { shown } = prioritize(risks, { minimumLevel: 'medium' });
    expect(shown.map((x) => x.id)).toEqual(['crossfire', 'carjack', 'bomb']);
  });

  it('shows only critical-impact risks with a limit of 0', () => {
    expect(prioritize(risks, { limit: 0 }).shown.map((x) => x.id)).toEqual(['bomb']);
  });

  it('counts a critical-impact risk within the limit towards the limit', () => {
    const top = [risk('a', r(5, 5)), risk('b', r(4, 4)), risk('c', r(1, 5))];
    expect(prioritize(top, { limit: 1 }).shown.map((x) => x.id)).toEqual(['a', 'c']);
  });

  it('keeps the input order between equal ratings', () => {
    const same = [risk('first', r(2, 2)), risk('second', r(2, 2))];
    expect(prioritize(same).shown.map((x) => x.id)).toEqual(['first', 'second']);
  });

  it('handles an empty list', () => {
    expect(prioritize([], { limit: 3 })).toEqual({ shown: [], hidden: [] });
  });

  it.each([-1, 1.5])('refuses a limit of %d', (limit) => {
    expect(() => prioritize(risks, { limit })).toThrow(RangeError);
  });

  it('never hides a critical-impact risk, whatever the options', () => {
    fc.assert(
      fc.property(
        fc.array(ratingArb),
        fc.nat(10),
        fc.constantFrom('negligible', 'low', 'medium', 'high', 'critical' as const),
        (ratings, limit, minimumLevel) => {
          const input = ratings.map((rating, i) => risk(String(i), rating));
          const { shown, hidden } = prioritize(input, { limit, minimumLevel });
          expect(hidden.some((x) => x.rating.impact === 5)).toBe(false);
          expect(shown.length + hidden.length).toBe(input.length);
        },
      ),
    );
  });
});
