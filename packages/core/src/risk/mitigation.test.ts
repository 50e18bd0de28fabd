import { describe, expect, it } from 'vitest';
import { measurePlacement, reliesOnMissingMeasure } from './mitigation.ts';

describe('a risk’s MOSS-linked measure and its status [seed 000 §12 b; Annex D, Step 4]', () => {
  it('is in place when every applicable status recorded at the place is implemented', () => {
    expect(measurePlacement(['implemented', 'implemented', 'not_applicable'])).toBe('in_place');
  });

  it('is partial when some are implemented, or implemented in part', () => {
    expect(measurePlacement(['implemented', 'not_implemented'])).toBe('partial');
    expect(measurePlacement(['partially_implemented'])).toBe('partial');
  });

  it('is not in place when none is implemented, or nobody recorded a status', () => {
    expect(measurePlacement(['not_implemented', 'not_implemented'])).toBe('not_in_place');
    expect(measurePlacement([])).toBe('not_in_place');
  });

  it('is not applicable when every status recorded says so', () => {
    expect(measurePlacement(['not_applicable'])).toBe('not_applicable');
  });

  it('flags a risk that relies on a linked measure not in place, not one with only partial or free-text measures', () => {
    expect(reliesOnMissingMeasure(['in_place', 'not_in_place'])).toBe(true);
    expect(reliesOnMissingMeasure(['partial', null])).toBe(false);
    expect(reliesOnMissingMeasure([])).toBe(false);
  });
});
