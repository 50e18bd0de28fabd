import { describe, expect, it } from 'vitest';
import { groupBy } from './group.ts';

describe('groupBy', () => {
  it('puts each item under its key, keeping the items’ order within a group and the keys’ first appearance', () => {
    const grouped = groupBy(
      [
        { c: 'FR', n: 1 },
        { c: 'KE', n: 2 },
        { c: 'FR', n: 3 },
      ],
      (x) => x.c,
    );
    expect([...grouped.keys()]).toEqual(['FR', 'KE']);
    expect(grouped.get('FR')?.map((x) => x.n)).toEqual([1, 3]);
    expect(grouped.get('KE')?.map((x) => x.n)).toEqual([2]);
    expect(grouped.get('XX')).toBeUndefined();
  });
});
