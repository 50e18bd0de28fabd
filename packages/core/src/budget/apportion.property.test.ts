import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, organizationKey, type ApportionInput, type ApportionmentRow } from './index.ts';

const headcount = fc.oneof(fc.constant(0), fc.nat(60), fc.nat(5_000), fc.nat(2_000_000));
const organization = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== '');

/** Valid inputs: total ≥ n × minimum, and no money left over when every headcount is zero. */
const validInput: fc.Arbitrary<ApportionInput> = fc
  .tuple(
    fc.uniqueArray(fc.record({ organization, headcount }), {
      minLength: 1,
      maxLength: 25,
      selector: (e) => organizationKey(e.organization),
    }),
    fc.oneof(fc.constant(0), fc.nat(100), fc.nat(200_000)),
    fc.oneof(fc.constant(0), fc.nat(1_000), fc.nat(5_000_000), fc.nat(3_000_000_000)),
  )
  .map(([headcounts, minimum, extra]) => ({
    headcounts,
    minimum,
    totalDollars:
      headcounts.length * minimum + (headcounts.every((e) => e.headcount === 0) ? 0 : extra),
  }));

const sum = (rows: ApportionmentRow[]) => rows.reduce((a, r) => a + r.amount, 0);

/** The budget left after the minimums and the headcount sharing it, read back from a result. */
function sharingPool(input: ApportionInput, out: ApportionmentRow[]) {
  const minimums = out.filter((r) => r.minimum_applied).length;
  return {
    rest: BigInt(input.totalDollars) - BigInt(input.minimum) * BigInt(minimums),
    heads: out.reduce((a, r) => (r.minimum_applied ? a : a + BigInt(r.headcount)), 0n),
  };
}

const params = { numRuns: 500 };

describe('apportion: properties', () => {
  it('amounts are whole dollars adding up exactly to the total', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const out = apportion(input);
        expect(out.every((r) => Number.isSafeInteger(r.amount))).toBe(true);
        expect(sum(out)).toBe(input.totalDollars);
      }),
      params,
    );
  });

  it('nobody pays below the minimum; minimum payers pay exactly it; zero headcount pays it', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        for (const r of apportion(input)) {
          expect(r.amount).toBeGreaterThanOrEqual(input.minimum);
          if (r.minimum_applied) expect(r.amount).toBe(input.minimum);
          if (r.headcount === 0) expect(r.minimum_applied).toBe(true);
        }
      }),
      params,
    );
  });

  it('is the fixed point of the Annex I method, rounded by largest remainder', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const out = apportion(input);
        const { rest, heads } = sharingPool(input, out);
        const min = BigInt(input.minimum);
        const roundedUp: bigint[] = [];
        const roundedDown: bigint[] = [];
        for (const r of out) {
          const h = BigInt(r.headcount);
          if (r.minimum_applied) {
            // Below the minimum at the final rate (the rate only falls from round to round).
            if (h > 0n && heads > 0n) expect(rest * h < min * heads).toBe(true);
            continue;
          }
          // Not below the minimum at the final rate, and rounded to floor or ceiling.
          expect(rest * h >= min * heads).toBe(true);
          const exact = rest * h; // amount × heads, exactly
          const floor = exact / heads;
          const a = BigInt(r.amount);
          expect(a === floor || (a === floor + 1n && exact % heads !== 0n)).toBe(true);
          (a === floor ? roundedDown : roundedUp).push(exact % heads);
        }
        // Largest remainder: whoever was rounded up had a remainder ≥ anyone rounded down.
        if (roundedUp.length > 0 && roundedDown.length > 0) {
          const lowestUp = roundedUp.reduce((a, b) => (b < a ? b : a));
          const highestDown = roundedDown.reduce((a, b) => (b > a ? b : a));
          expect(lowestUp >= highestDown).toBe(true);
        }
      }),
      params,
    );
  });

  it('permuting the input only permutes the output (up to ties among equal headcounts)', () => {
    const withPermutation = validInput.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.shuffledSubarray([...input.headcounts.keys()], {
          minLength: input.headcounts.length,
          maxLength: input.headcounts.length,
        }),
      ),
    );
    fc.assert(
      fc.property(withPermutation, ([input, order]) => {
        const out = apportion(input);
        const permuted = apportion({
          ...input,
          headcounts: order.map((i) => input.headcounts[i]!),
        });
        const byOrg = new Map(permuted.map((r) => [r.organization, r]));
        const shared = (h: number) => out.filter((r) => r.headcount === h).length > 1;
        for (const r of out) {
          const p = byOrg.get(r.organization)!;
          expect([p.headcount, p.share_percent, p.minimum_applied]).toEqual([
            r.headcount,
            r.share_percent,
            r.minimum_applied,
          ]);
          // Only organizations sharing a headcount may swap a rounding dollar between them.
          if (!shared(r.headcount)) expect(p.amount).toBe(r.amount);
          else expect(Math.abs(p.amount - r.amount)).toBeLessThanOrEqual(1);
        }
        const key = (r: ApportionmentRow) => `${r.headcount}/${r.minimum_applied}/${r.amount}`;
        expect(permuted.map(key).sort()).toEqual(out.map(key).sort());
      }),
      params,
    );
  });

  it('within one apportionment, more headcount never pays less (no rounding slack)', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const out = apportion(input);
        for (const a of out) {
          for (const b of out) {
            if (a.headcount > b.headcount) expect(a.amount).toBeGreaterThanOrEqual(b.amount);
            if (a.headcount === b.headcount) {
              expect(a.minimum_applied).toBe(b.minimum_applied);
              expect(Math.abs(a.amount - b.amount)).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      params,
    );
  });

  it('raising one organization’s headcount never lowers its amount (exactly)', () => {
    // Exact amounts: the others' shares can only shrink (the rate falls; some drop to the
    // minimum), so this one's grows. Rounding: anyone ranked above it afterwards either was
    // above it before (its remainder only shrank) or lost a whole dollar in its floor, which
    // adds a leftover dollar; so if it was rounded up before, it still is.
    const withRaise = validInput.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.nat(input.headcounts.length - 1),
        fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5_000 })),
      ),
    );
    fc.assert(
      fc.property(withRaise, ([input, i, more]) => {
        const before = apportion(input)[i]!;
        const headcounts = input.headcounts.map((e, k) =>
          k === i ? { ...e, headcount: e.headcount + more } : e,
        );
        const after = apportion({ ...input, headcounts })[i]!;
        expect(after.amount).toBeGreaterThanOrEqual(before.amount);
      }),
      params,
    );
  });
});
