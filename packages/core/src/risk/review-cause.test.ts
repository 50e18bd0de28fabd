import { describe, expect, it } from 'vitest';
import { flagCauseInEnglish } from './review-cause.ts';

describe('the cause of a review flag', () => {
  it('words a security level change for a whole country as "the country"', () => {
    expect(
      flagCauseInEnglish({
        code: 'securityLevel',
        params: { level: '4', place: null, from: '2026-03-01' },
      }),
    ).toBe('Security level changed to 4 in the country from 2026-03-01');
  });

  it('names the area of an area-level change and keeps an incident title as reported', () => {
    expect(
      flagCauseInEnglish({
        code: 'securityLevel',
        params: { level: '3', place: 'Northern Highlands', from: '2026-03-01' },
      }),
    ).toBe('Security level changed to 3 in Northern Highlands from 2026-03-01');
    expect(
      flagCauseInEnglish({ code: 'incident', params: { date: '2026-11-02', title: 'Robbery' } }),
    ).toBe('Incident recorded on 2026-11-02: Robbery');
  });
});
