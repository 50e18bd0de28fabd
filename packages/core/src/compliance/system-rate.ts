import { exactRate } from './rate.ts';
import { parseCalendarDate, type CalendarDate } from './dates.ts';
import {
  implementationRate,
  isFindingDue,
  isFindingOpen,
  type ComplianceFinding,
  type ImplementationRate,
} from './findings.ts';

/**
 * The system-wide implementation rate of compliance missions' recommendations, fed back to the
 * IASMN [001 §36: "IASMN requests that feedback on the implementation rate be provided to it"]:
 * for each country and overall, per year, the findings due that were closed (verified) by their
 * deadline. A finding belongs to the year of its deadline, the year its outcome is judged.
 */

export interface CountryFinding extends ComplianceFinding {
  countryId: string;
}

export interface YearRate extends ImplementationRate {
  year: number;
  /** Findings due that year that are closed by now, on time or late. */
  closed: number;
}

export interface SystemRates {
  countries: { countryId: string; years: YearRate[]; total: YearRate | null }[];
  overall: { years: YearRate[]; total: YearRate | null };
}

function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

function byYear(findings: readonly ComplianceFinding[], today: CalendarDate): YearRate[] {
  const years = [...new Set(findings.map((f) => yearOf(f.deadline)))].sort((a, b) => a - b);
  return years
    .map((year) =>
      rateOf(
        findings.filter((f) => yearOf(f.deadline) === year),
        today,
        year,
      ),
    )
    .filter((r) => r.due > 0);
}

function rateOf(findings: readonly ComplianceFinding[], today: CalendarDate, year: number) {
  const closed = findings.filter((f) => isFindingDue(f, today) && !isFindingOpen(f)).length;
  return { year, closed, ...implementationRate(findings, today) };
}

/** All years together: `year` is 0. Null when nothing is due. */
function totalOf(years: readonly YearRate[]): YearRate | null {
  if (years.length === 0) return null;
  const sum = (k: 'due' | 'closedOnTime' | 'closed') => years.reduce((n, y) => n + y[k], 0);
  const due = sum('due');
  const closedOnTime = sum('closedOnTime');
  return {
    year: 0,
    due,
    closed: sum('closed'),
    closedOnTime,
    rate: exactRate(closedOnTime, due),
  };
}

/**
 * Rates per country and overall, each per year and over all years, as of `today`. Only years
 * with findings due appear; a country with nothing due yet has no rate (null), not 0 %.
 * `fromYear`/`toYear` (inclusive) keep the years asked for.
 */
export function systemImplementationRates(
  findings: readonly CountryFinding[],
  today: CalendarDate,
  range: { fromYear?: number; toYear?: number } = {},
): SystemRates {
  const parsed = parseCalendarDate(today, 'today');
  if (!parsed.ok) throw new RangeError(parsed.error.message);
  const inRange = findings.filter((f) => {
    const y = yearOf(f.deadline);
    return (range.fromYear ?? y) <= y && y <= (range.toYear ?? y);
  });
  const ids = [...new Set(inRange.map((f) => f.countryId))].sort();
  const countries = ids.map((countryId) => {
    const years = byYear(
      inRange.filter((f) => f.countryId === countryId),
      today,
    );
    return { countryId, years, total: totalOf(years) };
  });
  const years = byYear(inRange, today);
  return { countries, overall: { years, total: totalOf(years) } };
}
