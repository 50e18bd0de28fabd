/**
 * Scheduled check-ins (SPEC §10): a person on mission travel or working alone is asked to check
 * in at set times — every `everyMinutes` from `startsAt` until `endsAt` ("every 4 h while in
 * Kessa"). A check-in in the half period before a due time, or any time after it, answers it;
 * one still unanswered `graceMinutes` after its due time is missed and alerts the person's
 * warden and Area Security Coordinator.
 */

export interface CheckinSchedule {
  startsAt: Date;
  endsAt: Date;
  everyMinutes: number;
  graceMinutes: number;
}

export type ScheduledStatus = 'upcoming' | 'ok' | 'due' | 'missed' | 'ended';

export interface ScheduledState {
  status: ScheduledStatus;
  /** The due time the state is about (the latest one reached), or null before the first. */
  dueAt: Date | null;
  /** When the current due time becomes missed (due + grace). */
  missedAt: Date | null;
  /** The next due time after now, or null when the schedule has no more. */
  nextDueAt: Date | null;
}

const MINUTE = 60_000;

export function scheduleIssues(s: CheckinSchedule): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (!Number.isInteger(s.everyMinutes) || s.everyMinutes < 15 || s.everyMinutes > 7 * 24 * 60)
    issues.push({ path: 'everyMinutes', message: 'must be 15 minutes to 7 days' });
  if (!Number.isInteger(s.graceMinutes) || s.graceMinutes < 0 || s.graceMinutes > s.everyMinutes)
    issues.push({ path: 'graceMinutes', message: 'must be 0 to the interval between check-ins' });
  if (!(s.endsAt.getTime() > s.startsAt.getTime()))
    issues.push({ path: 'endsAt', message: 'must be after the start' });
  return issues;
}

/** The k-th due time (k ≥ 1), or null past the end. */
function slot(s: CheckinSchedule, k: number): Date | null {
  const t = s.startsAt.getTime() + k * s.everyMinutes * MINUTE;
  return k >= 1 && t <= s.endsAt.getTime() ? new Date(t) : null;
}

/** Whether a check-in at `last` answers the due time `due`. */
export function answers(s: CheckinSchedule, due: Date, last: Date | null): boolean {
  return last !== null && last.getTime() >= due.getTime() - (s.everyMinutes * MINUTE) / 2;
}

export function scheduledState(
  s: CheckinSchedule,
  lastCheckinAt: Date | null,
  now: Date,
): ScheduledState {
  const every = s.everyMinutes * MINUTE;
  const k = Math.floor(
    (Math.min(now.getTime(), s.endsAt.getTime()) - s.startsAt.getTime()) / every,
  );
  const dueAt = k >= 1 ? slot(s, k) : null;
  const nextDueAt = slot(s, Math.max(1, k + 1));
  const upcoming = nextDueAt && nextDueAt.getTime() > now.getTime() ? nextDueAt : null;
  if (!dueAt)
    return {
      status: upcoming ? 'upcoming' : 'ended',
      dueAt: null,
      missedAt: null,
      nextDueAt: upcoming,
    };
  const missedAt = new Date(dueAt.getTime() + s.graceMinutes * MINUTE);
  if (answers(s, dueAt, lastCheckinAt))
    return { status: upcoming ? 'ok' : 'ended', dueAt, missedAt, nextDueAt: upcoming };
  return {
    status: now.getTime() >= missedAt.getTime() ? 'missed' : 'due',
    dueAt,
    missedAt,
    nextDueAt: upcoming,
  };
}
