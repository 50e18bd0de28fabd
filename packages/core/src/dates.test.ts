import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  todayIn,
} from './dates.ts';

const dayNumber = fc.integer({ min: -200_000, max: 200_000 });

describe('date-only arithmetic', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-04-31')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoDate('2023-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20230101)).toBe(false);
  });

  it('counts days from 1970-01-01 like Date.UTC does, with no time zone involved', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    fc.assert(
      fc.property(dayNumber, (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
      }),
    );
  });

  it('adding months clamps to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2023-08-31', 1)).toBe('2023-09-30');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
  });

  it('a 29 February plus whole years lands on 28 February, or 29 in a leap year', () => {
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('adding months keeps the day when it exists, and never leaves the target month', () => {
    const date = dayNumber.map(fromDayNumber);
    fc.assert(
      fc.property(date, fc.integer({ min: -600, max: 600 }), (d, months) => {
        const result = addMonths(d, months);
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const [ry, rm, rday] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
        expect(rday).toBe(Math.min(day, daysInMonth(ry, rm)));
      }),
    );
  });

  it('adding days and counting days between are inverse', () => {
    const date = dayNumber.map(fromDayNumber);
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });

  it('refuses malformed dates loudly', () => {
    expect(() => toDayNumber('2023-02-30')).toThrow(RangeError);
    expect(() => addMonths('yesterday', 1)).toThrow(RangeError);
  });
});

describe('today in a time zone', () => {
  it('is the calendar date where the reader is, not where the server is', () => {
    const now = new Date('2026-12-05T22:30:00Z');
    expect(todayIn('UTC', now)).toBe('2026-12-05');
    expect(todayIn('Asia/Kabul', now)).toBe('2026-12-06');
    expect(todayIn('America/Port-au-Prince', now)).toBe('2026-12-05');
  });
});
