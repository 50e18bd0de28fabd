/**
 * Calendar dates as ISO 8601 strings (`YYYY-MM-DD`), compared in whole days. Deadlines and
 * closing dates of findings are days, not instants, so no time zone is involved.
 */
export type CalendarDate = string;

export interface DateError {
  code: 'INVALID_DATE';
  field: string;
  message: string;
}

export type DateResult = { ok: true; value: CalendarDate } | { ok: false; error: DateError };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01, or null when `value` is not a real `YYYY-MM-DD` date. */
function dayNumberOrNull(value: string): number | null {
  const match = PATTERN.exec(value);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1) return null;
  if (back.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

export function parseCalendarDate(value: unknown, field: string): DateResult {
  if (typeof value === 'string' && dayNumberOrNull(value) !== null) return { ok: true, value };
  return {
    ok: false,
    error: {
      code: 'INVALID_DATE',
      field,
      message: `${field} must be a date written YYYY-MM-DD, got ${JSON.stringify(value) ?? 'nothing'}`,
    },
  };
}

/** Days since 1970-01-01. Throws a RangeError for a malformed date: validate input first. */
export function dayNumber(date: CalendarDate): number {
  const day = dayNumberOrNull(date);
  if (day === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return day;
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}
