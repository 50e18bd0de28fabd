import { addDays } from '../dates.ts';
/**
 * Security Management Team meetings (SPEC §9; seed 002 Annex, DO 10): a country whose SMT has
 * not met within the last `days` days is flagged.
 */

/** The date `days` days before `today` (both `YYYY-MM-DD`, UTC calendar). */
export function dateDaysBefore(today: string, days: number): string {
  return addDays(today, -days);
}

/**
 * Whether a country is flagged for lack of SMT meetings: no meeting held on or after
 * `today − days` (and not in the future). A country that never met is flagged.
 */
export function smtMeetingOverdue(lastHeldOn: string | null, today: string, days: number): boolean {
  return lastHeldOn === null || lastHeldOn < dateDaysBefore(today, days);
}
