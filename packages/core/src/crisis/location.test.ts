import { describe, expect, it } from 'vitest';
import { actor } from '../access/actor.fixtures.ts';
import {
  activationCovering,
  activationInForce,
  activationIssues,
  mayActivateLocation,
  mayDelegateLocation,
  positionCollectable,
  type LocationActivation,
} from './location.ts';

const at = (iso: string) => new Date(`${iso}Z`);
const activation = (over: Partial<LocationActivation> = {}): LocationActivation => ({
  countryId: 'C1',
  areaId: 'A1',
  startsAt: at('2026-12-01T00:00'),
  endsAt: at('2026-12-08T00:00'),
  endedAt: null,
  ...over,
});

// Precise coordinates are collected only while the DO has activated it [SPEC "Across everything"].
describe('a position is collectable only under an activation in force for the place', () => {
  it('within the period and the area, a position may be collected', () => {
    expect(
      positionCollectable(
        [activation()],
        { countryId: 'C1', areaId: 'A1' },
        at('2026-12-03T10:00'),
      ),
    ).toBe(true);
  });
  it('before the start and from the end on, it may not', () => {
    const place = { countryId: 'C1', areaId: 'A1' };
    expect(positionCollectable([activation()], place, at('2026-11-30T23:59'))).toBe(false);
    expect(positionCollectable([activation()], place, at('2026-12-08T00:00'))).toBe(false);
  });
  it('an activation ended early stops collecting when it was ended', () => {
    const ended = activation({ endedAt: at('2026-12-02T12:00') });
    expect(activationInForce(ended, at('2026-12-02T11:59'))).toBe(true);
    expect(activationInForce(ended, at('2026-12-02T12:00'))).toBe(false);
  });
  it('another area of the same country is not covered; the whole country covers every area', () => {
    expect(
      positionCollectable(
        [activation()],
        { countryId: 'C1', areaId: 'A2' },
        at('2026-12-03T00:00'),
      ),
    ).toBe(false);
    expect(
      positionCollectable(
        [activation({ areaId: null })],
        { countryId: 'C1', areaId: 'A2' },
        at('2026-12-03T00:00'),
      ),
    ).toBe(true);
  });
  it('another country is never covered, even by a whole-country activation', () => {
    expect(
      positionCollectable(
        [activation({ areaId: null })],
        { countryId: 'C2', areaId: null },
        at('2026-12-03T00:00'),
      ),
    ).toBe(false);
  });
  it('with no activation at all, nothing is collected (area-level location is the default)', () => {
    expect(positionCollectable([], { countryId: 'C1', areaId: 'A1' }, at('2026-12-03T00:00'))).toBe(
      false,
    );
  });
  it('the activation found is one covering any of the places the person is counted at', () => {
    const a2 = activation({ areaId: 'A2' });
    const found = activationCovering(
      [activation(), a2],
      [
        { countryId: 'C1', areaId: 'A3' },
        { countryId: 'C1', areaId: 'A2' },
      ],
      at('2026-12-03T00:00'),
    );
    expect(found).toBe(a2);
  });
});

describe('an activation’s period', () => {
  const now = at('2026-12-05T00:00');
  it('must end after it starts', () => {
    expect(
      activationIssues({ startsAt: at('2026-12-06T00:00'), endsAt: at('2026-12-06T00:00') }, now),
    ).toEqual([{ path: 'endsAt', message: 'must be after startsAt' }]);
  });
  it('must end in the future', () => {
    expect(
      activationIssues({ startsAt: at('2026-12-01T00:00'), endsAt: at('2026-12-04T00:00') }, now),
    ).toEqual([{ path: 'endsAt', message: 'must be in the future' }]);
  });
  it('a period ending later is accepted', () => {
    expect(
      activationIssues({ startsAt: at('2026-12-04T00:00'), endsAt: at('2026-12-09T00:00') }, now),
    ).toEqual([]);
  });
});

// The DO controls precise location; the CSA acts only by the DO's delegation [SPEC "Across everything"].
describe('who activates precise location', () => {
  it('the DO and the DO a.i. of the country', () => {
    expect(mayActivateLocation(actor([{ role: 'DO', countryId: 'C1' }]), 'C1', false)).toBe(true);
    expect(mayActivateLocation(actor([{ role: 'DO_AI', countryId: 'C1' }]), 'C1', false)).toBe(
      true,
    );
  });
  it('not the DO of another country', () => {
    expect(mayActivateLocation(actor([{ role: 'DO', countryId: 'C2' }]), 'C1', true)).toBe(false);
  });
  it('the CSA only while the DO has delegated it', () => {
    const csa = actor([{ role: 'CSA', countryId: 'C1' }]);
    expect(mayActivateLocation(csa, 'C1', false)).toBe(false);
    expect(mayActivateLocation(csa, 'C1', true)).toBe(true);
  });
  it('never a warden or staff member, delegation or not', () => {
    expect(mayActivateLocation(actor([{ role: 'WARDEN', countryId: 'C1' }]), 'C1', true)).toBe(
      false,
    );
    expect(mayActivateLocation(actor(), 'C1', true)).toBe(false);
  });
  it('only the DO delegates; a delegated CSA may not pass it on', () => {
    expect(mayDelegateLocation(actor([{ role: 'DO', countryId: 'C1' }]), 'C1')).toBe(true);
    expect(mayDelegateLocation(actor([{ role: 'CSA', countryId: 'C1' }]), 'C1')).toBe(false);
  });
});
