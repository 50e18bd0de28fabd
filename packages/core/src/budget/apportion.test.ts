import { describe, expect, it } from 'vitest';
import {
  ApportionError,
  apportion,
  sharePercent,
  type ApportionIssue,
  type ApportionmentRow,
} from './index.ts';

/** 'A:5 B:3' → [{ organization: 'A', headcount: 5 }, { organization: 'B', headcount: 3 }] */
const rows = (spec: string) =>
  spec.split(' ').map((pair) => {
    const [organization = '', headcount = ''] = pair.split(':');
    return { organization, headcount: Number(headcount) };
  });

/** One line per row: 'A 50.00 false 407895' (organization, share, minimum applied, amount). */
const lines = (out: ApportionmentRow[]) =>
  out.map((r) => `${r.organization} ${r.share_percent} ${r.minimum_applied} ${r.amount}`);

function issueOf(run: () => unknown): ApportionIssue {
  try {
    run();
  } catch (e) {
    if (e instanceof ApportionError) return e.issue;
    throw e;
  }
  throw new Error('expected an ApportionError');
}

describe('apportion: worked examples', () => {
  it('one round of minimums (computed by hand)', () => {
    // total 1,000,000; minimum 75,000; headcounts 5000/3000/1500/400/100/0, sum 10,000.
    // Pro rata: A 500,000  B 300,000  C 150,000  D 40,000  E 10,000  F 0.
    // D, E, F are below 75,000 (F has no headcount): 3 × 75,000 = 225,000.
    // Rest 775,000 shared by A, B, C (headcount 9,500):
    //   A 775,000 × 5000 / 9500 = 3,875,000,000 / 9500 = 407,894 rem 7000 (.7368)
    //   B 775,000 × 3000 / 9500 = 2,325,000,000 / 9500 = 244,736 rem 8000 (.8421)
    //   C 775,000 × 1500 / 9500 = 1,162,500,000 / 9500 = 122,368 rem 4000 (.4211)
    // All still ≥ 75,000. Floors add up to 774,998: 2 dollars left, to the two largest
    // remainders B then A. A 407,895 + B 244,737 + C 122,368 + 225,000 = 1,000,000.
    const out = apportion({
      totalDollars: 1_000_000,
      minimum: 75_000,
      headcounts: rows('A:5000 B:3000 C:1500 D:400 E:100 F:0'),
    });
    expect(lines(out)).toEqual([
      'A 50.00 false 407895',
      'B 30.00 false 244737',
      'C 15.00 false 122368',
      'D 4.00 true 75000',
      'E 1.00 true 75000',
      'F 0.00 true 75000',
    ]);
    expect(out.map((r) => r.headcount)).toEqual([5000, 3000, 1500, 400, 100, 0]);
  });

  it('repeats when redistribution pushes another organization below (computed by hand)', () => {
    // total 1,000,000; minimum 100,000; headcounts A 600, B 102, C 99, D 99, E 100 (sum 1000).
    // Round 1: A 600,000  B 102,000  C 99,000  D 99,000  E 100,000 (exactly the minimum: kept).
    //   C and D pay 100,000 each; rest 800,000 over headcount 802.
    // Round 2: B 800,000 × 102 / 802 = 101,745.6;  E 800,000 × 100 / 802 = 99,750.6 < 100,000.
    //   E pays 100,000; rest 700,000 over headcount 702.
    // Round 3: A 700,000 × 600 / 702 = 420,000,000 / 702 = 598,290 rem 420
    //          B 700,000 × 102 / 702 =  71,400,000 / 702 = 101,709 rem 282. Both ≥ 100,000.
    // Floors 699,999: the last dollar to A. 598,291 + 101,709 + 3 × 100,000 = 1,000,000.
    const out = apportion({
      totalDollars: 1_000_000,
      minimum: 100_000,
      headcounts: rows('A:600 B:102 C:99 D:99 E:100'),
    });
    expect(out.map((r) => [r.organization, r.share_percent, r.minimum_applied, r.amount])).toEqual([
      ['A', '60.00', false, 598_291],
      ['B', '10.20', false, 101_709],
      ['C', '9.90', true, 100_000],
      ['D', '9.90', true, 100_000],
      ['E', '10.00', true, 100_000],
    ]);
  });

  it('2016-17 total and minimum, 36 organizations (synthetic headcounts: table withheld)', () => {
    const headcounts = Array.from({ length: 36 }, (_, i) => ({
      organization: `ORG${i}`,
      headcount: i < 6 ? 10_000 + 1_237 * i : i,
    }));
    const out = apportion({ totalDollars: 227_184_500, minimum: 75_000, headcounts });
    expect(out.reduce((a, r) => a + r.amount, 0)).toBe(227_184_500);
    expect(out.every((r) => r.amount >= 75_000)).toBe(true);
    expect(out.some((r) => r.minimum_applied)).toBe(true);
  });
});

describe('apportion: edge cases', () => {
  it('one organization pays the whole total', () => {
    expect(apportion({ totalDollars: 500, minimum: 75, headcounts: rows('Solo:3') })).toEqual([
      {
        organization: 'Solo',
        headcount: 3,
        share_percent: '100.00',
        minimum_applied: false,
        amount: 500,
      },
    ]);
  });

  it('a total exactly equal to the sum of minimums gives everyone the minimum', () => {
    const out = apportion({
      totalDollars: 300,
      minimum: 100,
      headcounts: rows('A:5 B:3 C:1'),
    });
    // Pro rata A 166.7, B 100, C 33.3: C pays the minimum; the rest 200 over 8 gives B 75 < 100.
    // B pays the minimum; A alone shares 100 = the minimum itself (not below it).
    expect(out.map((r) => [r.amount, r.minimum_applied])).toEqual([
      [100, false],
      [100, true],
      [100, true],
    ]);
  });

  it('all organizations at the minimum when every headcount is zero', () => {
    const out = apportion({
      totalDollars: 150,
      minimum: 50,
      headcounts: rows('A:0 B:0 C:0'),
    });
    expect(out.map((r) => [r.share_percent, r.minimum_applied, r.amount])).toEqual([
      ['0.00', true, 50],
      ['0.00', true, 50],
      ['0.00', true, 50],
    ]);
  });

  it('all organizations but one at the minimum', () => {
    const out = apportion({
      totalDollars: 1_000,
      minimum: 100,
      headcounts: rows('Big:1000 S1:1 S2:2 S3:0'),
    });
    expect(out.map((r) => r.amount)).toEqual([700, 100, 100, 100]);
    expect(out.map((r) => r.minimum_applied)).toEqual([false, true, true, true]);
  });

  it('minimum zero is plain pro rata; zero headcount still counts as paying the minimum', () => {
    const out = apportion({
      totalDollars: 10,
      minimum: 0,
      headcounts: rows('A:1 B:0'),
    });
    expect(out.map((r) => [r.amount, r.minimum_applied])).toEqual([
      [10, false],
      [0, true],
    ]);
  });

  it('total zero', () => {
    const out = apportion({
      totalDollars: 0,
      minimum: 0,
      headcounts: rows('A:4 B:1'),
    });
    expect(out.map((r) => r.amount)).toEqual([0, 0]);
  });

  it('tie on remainder and headcount: the earlier organization gets the dollar', () => {
    const out = apportion({
      totalDollars: 100,
      minimum: 0,
      headcounts: rows('A:1 B:1 C:1'),
    });
    expect(out.map((r) => r.amount)).toEqual([34, 33, 33]);
    expect(out.map((r) => r.share_percent)).toEqual(['33.33', '33.33', '33.33']);
  });

  it('tie on remainder: the larger headcount gets the dollar, wherever it stands', () => {
    // 2 × 1/6 = 0.333, 2 × 4/6 = 1.333, 2 × 1/6 = 0.333: all remainders 1/3, one dollar left.
    const a = apportion({
      totalDollars: 2,
      minimum: 0,
      headcounts: rows('A:1 B:4 C:1'),
    });
    expect(a.map((r) => r.amount)).toEqual([0, 2, 0]);
    const b = apportion({
      totalDollars: 2,
      minimum: 0,
      headcounts: rows('A:1 C:1 B:4'),
    });
    expect(b.map((r) => r.amount)).toEqual([0, 0, 2]);
  });

  it('handles totals beyond 32-bit and large headcounts exactly', () => {
    const out = apportion({
      totalDollars: Number.MAX_SAFE_INTEGER,
      minimum: 1,
      headcounts: [
        { organization: 'A', headcount: 2 ** 52 },
        { organization: 'B', headcount: 2 ** 52 - 1 },
        { organization: 'C', headcount: 3 },
      ],
    });
    expect(out.reduce((a, r) => BigInt(r.amount) + a, 0n)).toBe(BigInt(Number.MAX_SAFE_INTEGER));
  });
});

describe('sharePercent', () => {
  it('rounds half up exactly', () => {
    expect(sharePercent(1n, 8n)).toBe('12.50');
    expect(sharePercent(1n, 3n)).toBe('33.33');
    expect(sharePercent(2n, 3n)).toBe('66.67');
    expect(sharePercent(1n, 80_000n)).toBe('0.00'); // 0.00125 %
    expect(sharePercent(1n, 20_000n)).toBe('0.01'); // 0.005 %: exactly half, rounds up
    expect(sharePercent(1n, 32n)).toBe('3.13'); // 3.125 %
    expect(sharePercent(5n, 5n)).toBe('100.00');
  });
});

describe('apportion: errors', () => {
  const ok = rows('A:1 B:2');

  it('total below the sum of minimums, with the shortfall', () => {
    expect(issueOf(() => apportion({ totalDollars: 149, minimum: 75, headcounts: ok }))).toEqual({
      code: 'total_below_minimums',
      field: 'totalDollars',
      required: 150,
      shortfall: 1,
    });
  });

  it.each([-1, 1.5, Number.NaN, Infinity, 2 ** 53])('invalid total %s', (totalDollars) => {
    const issue = issueOf(() => apportion({ totalDollars, minimum: 0, headcounts: ok }));
    expect([issue.code, issue.field]).toEqual(['invalid_total', 'totalDollars']);
  });

  it.each([-5, 0.25])('invalid minimum %s', (minimum) => {
    const issue = issueOf(() => apportion({ totalDollars: 10, minimum, headcounts: ok }));
    expect([issue.code, issue.field]).toEqual(['invalid_minimum', 'minimum']);
  });

  it.each([-3, 2.5, Number.NaN])('invalid headcount %s names the entry', (headcount) => {
    const headcounts = [...ok, { organization: 'C', headcount }];
    const issue = issueOf(() => apportion({ totalDollars: 10, minimum: 0, headcounts }));
    expect(issue).toEqual({
      code: 'invalid_headcount',
      field: 'headcount',
      index: 2,
      value: headcount,
    });
  });

  it('empty list', () => {
    expect(issueOf(() => apportion({ totalDollars: 10, minimum: 0, headcounts: [] }))).toEqual({
      code: 'empty_list',
      field: 'headcounts',
    });
  });

  it('empty organization', () => {
    const headcounts = [...rows('A:1'), { organization: '  ', headcount: 2 }];
    const issue = issueOf(() => apportion({ totalDollars: 10, minimum: 0, headcounts }));
    expect([issue.code, issue.field]).toEqual(['invalid_organization', 'organization']);
  });

  it('duplicate organization (trimmed, case-insensitive) names both entries', () => {
    const headcounts = [...rows('UNDP:1 WFP:2'), { organization: ' undp ', headcount: 3 }];
    expect(issueOf(() => apportion({ totalDollars: 10, minimum: 0, headcounts }))).toEqual({
      code: 'duplicate_organization',
      field: 'organization',
      index: 2,
      firstIndex: 0,
      organization: ' undp ',
    });
  });

  it('every headcount zero but money left over', () => {
    const headcounts = rows('A:0 B:0');
    const err = (() => {
      try {
        apportion({ totalDollars: 10, minimum: 2, headcounts });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(ApportionError);
    expect(err).toMatchObject({
      code: 'no_headcount',
      field: 'headcounts',
      issue: { remainder: 6 },
    });
  });
});

describe('apportion follows the columns of Annex I [003 Annex I]', () => {
  it('(c) pro-rata share, minimum payers pay exactly the minimum, (f) the rest shared by (e) among the others', () => {
    const total = 1_000_000;
    const minimum = 75_000;
    const headcounts = [
      { organization: 'A', headcount: 900 },
      { organization: 'B', headcount: 50 },
      { organization: 'C', headcount: 50 },
    ];
    // (c) = (a)/SUM(a) × total: A 900,000, B 50,000, C 50,000; B and C are below 75,000.
    // (d) = A's 900; (f) = (1,000,000 − 2 × 75,000) × 900/900 = 850,000.
    const rows = apportion({ totalDollars: total, minimum, headcounts });
    expect(rows.map((r) => [r.organization, r.amount, r.minimum_applied])).toEqual([
      ['A', 850_000, false],
      ['B', 75_000, true],
      ['C', 75_000, true],
    ]);
  });

  it('a second pass: an organization pushed below the minimum by the first redistribution pays the minimum too', () => {
    // Annex I's columns show one pass. Here the first pass leaves B above the minimum
    // (1,001,000), but sharing what is left after C's minimum lowers B to
    // 9,000,000 × 1,001/9,999 = 900,990, below 1,000,000; Fieldsafe applies the minimum to B
    // as well and shares the rest again, so nobody pays less than the minimum.
    const rows = apportion({
      totalDollars: 10_000_000,
      minimum: 1_000_000,
      headcounts: [
        { organization: 'A', headcount: 8_998 },
        { organization: 'B', headcount: 1_001 },
        { organization: 'C', headcount: 1 },
      ],
    });
    expect(rows.map((r) => [r.organization, r.amount, r.minimum_applied])).toEqual([
      ['A', 8_000_000, false],
      ['B', 1_000_000, true],
      ['C', 1_000_000, true],
    ]);
  });
});
