import { describe, expect, it } from 'vitest';
import { systemImplementationRates, type CountryFinding } from './system-rate.ts';

const f = (
  countryId: string,
  deadline: string,
  closedOn: string | null,
  id = `${countryId}-${deadline}-${closedOn}`,
): CountryFinding => ({
  id,
  countryId,
  severity: 'major',
  deadline,
  closedOn,
  evidence: closedOn ? ['Return visit report'] : [],
  verifiedBy: null,
});

const today = '2026-06-01';
const findings = [
  f('A', '2025-03-31', '2025-03-01'), // on time
  f('A', '2025-09-30', '2025-11-15'), // late
  f('A', '2026-12-31', null), // not yet due
  f('B', '2025-05-31', null), // overdue, open
  f('B', '2026-02-28', '2026-02-20'), // on time
];

describe('system-wide implementation rate for the IASMN [001 §36]', () => {
  it('per country and year: recommendations implemented by their deadline over those due', () => {
    const r = systemImplementationRates(findings, today);
    const a = r.countries.find((c) => c.countryId === 'A');
    expect(a?.years).toEqual([
      {
        year: 2025,
        due: 2,
        closed: 2,
        closedOnTime: 1,
        rate: { numerator: 1, denominator: 2, percent: 50 },
      },
    ]);
  });

  it('a finding not yet due is not counted, and a country with nothing due has no rate (not 0 %)', () => {
    const r = systemImplementationRates([f('C', '2026-12-31', null)], today);
    expect(r.countries).toEqual([{ countryId: 'C', years: [], total: null }]);
    expect(r.overall.total).toBeNull();
  });

  it('overall per year adds up every country; the total covers every year', () => {
    const r = systemImplementationRates(findings, today);
    expect(r.overall.years.map((y) => [y.year, y.due, y.closedOnTime, y.closed])).toEqual([
      [2025, 3, 1, 2],
      [2026, 1, 1, 1],
    ]);
    expect(r.overall.total).toMatchObject({
      year: 0,
      due: 4,
      closedOnTime: 2,
      closed: 3,
      rate: { numerator: 1, denominator: 2, percent: 50 },
    });
  });

  it('keeps only the years asked for', () => {
    const r = systemImplementationRates(findings, today, { fromYear: 2026, toYear: 2026 });
    expect(r.overall.years.map((y) => y.year)).toEqual([2026]);
    expect(r.countries.map((c) => c.countryId)).toEqual(['A', 'B']);
    expect(r.countries.find((c) => c.countryId === 'A')?.total).toBeNull();
  });
});
