/**
 * Security Management Team meetings (SPEC §9; seed 002 Annex, DO 10): a country whose SMT has
 * not met within the last `days` days is flagged.
 */

/** The date `days` days before `today` (both `YYYY-MM-DD`, UTC calendar). */
export function dateDaysBefore(today: string, days: number): string {
  const t = Date.parse(`${today}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Whether a country is flagged for lack of SMT meetings: no meeting held on or after
 * `today − days` (and not in the future). A country that never met is flagged.
 */
export function smtMeetingOverdue(lastHeldOn: string | null, today: string, days: number): boolean {
  return lastHeldOn === null || lastHeldOn < dateDaysBefore(today, days);
}
