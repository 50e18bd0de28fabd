/**
 * Resend and escalate by time (SPEC §10): a crisis resends its check-in to those who have not
 * answered after set delays, then puts everyone still silent on their warden's call list and
 * tells the Chief Security Adviser. All times are minutes after the declaration, per crisis.
 */

export const REMINDER_CHANNELS = ['sms', 'email', 'in_app'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

export interface ReminderStep {
  afterMinutes: number;
  channels: ReminderChannel[];
}

export interface ReminderSchedule {
  reminders: ReminderStep[];
  /** Minutes after the declaration when the silent go on the call lists; null: never. */
  escalateAfterMinutes: number | null;
}

export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = {
  reminders: [
    { afterMinutes: 15, channels: ['sms', 'email'] },
    { afterMinutes: 45, channels: ['sms', 'email'] },
  ],
  escalateAfterMinutes: 60,
};

/** At most a week, at most ten reminders. */
export const MAX_SCHEDULE_MINUTES = 7 * 24 * 60;

export interface ScheduleIssue {
  path: string;
  message: string;
}

/** A schedule is valid when its reminders come in order, each later than the one before,
 * and the escalation (if any) comes after the last reminder. */
export function scheduleIssues(s: ReminderSchedule): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  if (s.reminders.length > 10)
    issues.push({ path: 'reminders', message: 'may hold at most 10 reminders' });
  let previous = 0;
  s.reminders.forEach((r, i) => {
    const at = `reminders.${i}.afterMinutes`;
    if (
      !Number.isInteger(r.afterMinutes) ||
      r.afterMinutes < 1 ||
      r.afterMinutes > MAX_SCHEDULE_MINUTES
    )
      issues.push({
        path: at,
        message: `must be a whole number of minutes, 1 to ${MAX_SCHEDULE_MINUTES}`,
      });
    else if (r.afterMinutes <= previous)
      issues.push({ path: at, message: 'must be later than the reminder before' });
    previous = Math.max(previous, r.afterMinutes);
    if (r.channels.length === 0)
      issues.push({ path: `reminders.${i}.channels`, message: 'needs at least one channel' });
  });
  const e = s.escalateAfterMinutes;
  if (e !== null) {
    if (!Number.isInteger(e) || e < 1 || e > MAX_SCHEDULE_MINUTES)
      issues.push({
        path: 'escalateAfterMinutes',
        message: `must be a whole number of minutes, 1 to ${MAX_SCHEDULE_MINUTES}`,
      });
    else if (e < previous)
      issues.push({
        path: 'escalateAfterMinutes',
        message: 'must not come before the last reminder',
      });
  }
  return issues;
}

const MINUTE = 60_000;

export interface ReminderDue {
  /** The reminder to send now (index in the schedule), or null. When several are overdue
   * (the server was down), only the latest is sent: one message, not a burst. */
  send: number | null;
  /** How many reminders count as done after this run. */
  done: number;
  /** Whether the silent go on the call lists now. */
  escalate: boolean;
  /** When something is next due (null: nothing more). */
  nextAt: Date | null;
}

/**
 * What a crisis declared at `declaredAt` must do at `now`, given the reminders already done and
 * whether it has escalated.
 */
export function remindersDue(
  schedule: ReminderSchedule,
  declaredAt: Date,
  done: number,
  escalated: boolean,
  now: Date,
): ReminderDue {
  const elapsed = now.getTime() - declaredAt.getTime();
  let latest = -1;
  schedule.reminders.forEach((r, i) => {
    if (i >= done && r.afterMinutes * MINUTE <= elapsed) latest = i;
  });
  const newDone = latest >= 0 ? latest + 1 : done;
  const e = schedule.escalateAfterMinutes;
  const escalate = !escalated && e !== null && e * MINUTE <= elapsed;
  const upcoming = [
    ...schedule.reminders.slice(newDone).map((r) => r.afterMinutes),
    ...(!escalated && !escalate && e !== null ? [e] : []),
  ].filter((m) => m * MINUTE > elapsed);
  const next = upcoming.length ? Math.min(...upcoming) : null;
  return {
    send: latest >= 0 ? latest : null,
    done: newDone,
    escalate,
    nextAt: next === null ? null : new Date(declaredAt.getTime() + next * MINUTE),
  };
}
