import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from './dates.ts';
import { daysBetween } from '../dates.ts';

describe('calendar dates', () => {
  it.each(['2025-01-31', '2024-02-29', '2000-12-01'])('accepts %s', (value) => {
    expect(parseCalendarDate(value, 'deadline')).toEqual({ ok: true, value });
  });

  it.each(['2025-02-29', '2025-13-01', '2025-1-5', '2025-01-31T00:00:00Z', '', null, 20250131])(
    'refuses %j and names the field',
    (value) => {
      const result = parseCalendarDate(value, 'deadline');
      expect(result.ok ? null : result.error).toMatchObject({
        code: 'INVALID_DATE',
        field: 'deadline',
      });
    },
  );

  it('counts whole days, positive forward', () => {
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-03-01', '2025-02-01')).toBe(-28);
    expect(daysBetween('2025-03-30', '2025-03-31')).toBe(1); // no daylight-saving effect
  });
});
