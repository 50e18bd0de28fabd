import { MEASURE_TAGS } from '@fieldsafe/core';
import { describe, expect, it } from 'vitest';
import { dutiesOf, dutyCoverage, dutyRoles } from './duties.ts';

describe('the Framework duties and their measures (issue 17, Build 4)', () => {
  it('every duty is either measured or explicitly marked as not measurable', () => {
    const c = dutyCoverage();
    expect(c.total).toBe(171);
    expect(c.unmarked).toEqual([]);
    expect(c.unknownTags).toEqual([]);
  });

  it('duties without a measure fell from 90 to those the system genuinely cannot see', () => {
    const c = dutyCoverage();
    expect(c.withoutMeasure.length).toBe(54);
    expect(c.notMeasurable).toBe(c.withoutMeasure.length);
    expect(c.measured).toBe(171 - 54);
  });

  it('every measure tag is carried by at least one duty', () => {
    const used = new Set(dutyRoles().flatMap((r) => dutiesOf(r).map((d) => d.measure)));
    for (const tag of MEASURE_TAGS) expect(used.has(tag), tag).toBe(true);
  });
});
