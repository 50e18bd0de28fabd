/**
 * The one date module: date-only arithmetic on ISO `YYYY-MM-DD` strings. No `Date`, no time
 * zone: days are counted in the proleptic Gregorian calendar (H. Hinnant's civil-day
 * algorithms), so a date never moves by a day because of the server's zone or a daylight-saving
 * change. The only place a zone enters is `todayIn`: "today" is the calendar date in a time zone
 * (the place's: the browser's zone in the web app; UTC on the server, which stores and compares
 * dates without a zone).
 */

/** A calendar date as `YYYY-MM-DD`. Well-formed values compare correctly as strings. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parse(value: string): CivilDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parseOrThrow(value: IsoDate): CivilDate {
  const parsed = parse(value);
  if (!parsed) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parsed;
}

function format({ year, month, day }: CivilDate): IsoDate {
  // No closure: this runs once per certificate in a system-wide training report.
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parse(value) !== null;
}

/** Days since 1970-01-01 (negative before). Throws a RangeError for a malformed date. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseOrThrow(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `days` days after 1970-01-01. */
export function fromDayNumber(days: number): IsoDate {
  const z = Math.trunc(days) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return format({ year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Calendar months later (or earlier, for a negative count). A day that does not exist in the
 * target month is clamped to its last day: 2024-01-31 + 1 → 2024-02-29, 2024-02-29 + 12 →
 * 2025-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseOrThrow(date);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return format({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Negative, zero or positive, for sorting. Both dates must be well formed. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Today's calendar date in `timeZone` (an IANA name; default UTC), e.g. for a deadline check.
 * Called on every request's hot path: UTC needs no formatter, and a zone's formatter is made once
 * (building an `Intl.DateTimeFormat` costs ~0.1–0.2 ms, formatting with one a few µs).
 */
export function todayIn(timeZone = 'UTC', now: Date = new Date()): IsoDate {
  if (timeZone === 'UTC') return now.toISOString().slice(0, 10);
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}
