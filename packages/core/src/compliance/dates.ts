import { isIsoDate } from '../dates.ts';

/**
 * Calendar dates as ISO 8601 strings (`YYYY-MM-DD`), compared in whole days. Deadlines and
 * closing dates of findings are days, not instants, so no time zone is involved. The arithmetic
 * is core's one date module (`../dates.ts`); this adds the validation result findings report.
 */
export type CalendarDate = string;

export interface DateError {
  code: 'INVALID_DATE';
  field: string;
  message: string;
}

export type DateResult = { ok: true; value: CalendarDate } | { ok: false; error: DateError };

export function parseCalendarDate(value: unknown, field: string): DateResult {
  if (isIsoDate(value)) return { ok: true, value };
  return {
    ok: false,
    error: {
      code: 'INVALID_DATE',
      field,
      message: `${field} must be a date written YYYY-MM-DD, got ${JSON.stringify(value) ?? 'nothing'}`,
    },
  };
}
