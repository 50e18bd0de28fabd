import { describe, expect, it } from 'vitest';
import { compareApportionments } from './compare.ts';

describe('comparing two apportionments', () => {
  it('gives per organization the amounts, the change and the percentage change', () => {
    const rows = compareApportionments(
      [
        { organization: 'UNDP', amount: 1_000_000 },
        { organization: 'WFP', amount: 800_000 },
        { organization: 'ITC', amount: 75_000 },
      ],
      [
        { organization: 'WFP', amount: 700_000 },
        { organization: 'UNDP', amount: 1_125_000 },
        { organization: 'UNWOMEN', amount: 75_000 },
      ],
    );
    expect(rows).toEqual([
      {
        organization: 'UNDP',
        before: 1_000_000,
        after: 1_125_000,
        change: 125_000,
        changePercent: '12.5',
      },
      {
        organization: 'WFP',
        before: 800_000,
        after: 700_000,
        change: -100_000,
        changePercent: '-12.5',
      },
      {
        organization: 'ITC',
        before: 75_000,
        after: null,
        change: -75_000,
        changePercent: '-100.0',
      },
      { organization: 'UNWOMEN', before: null, after: 75_000, change: 75_000, changePercent: null },
    ]);
  });

  it('rounds the percentage half away from zero to one decimal', () => {
    const [up] = compareApportionments(
      [{ organization: 'X', amount: 3 }],
      [{ organization: 'X', amount: 4 }],
    );
    expect(up?.changePercent).toBe('33.3');
    const [down] = compareApportionments(
      [{ organization: 'X', amount: 3 }],
      [{ organization: 'X', amount: 1 }],
    );
    expect(down?.changePercent).toBe('-66.7');
  });
});
