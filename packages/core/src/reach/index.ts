export * from './phone.ts';
export * from './reply.ts';
export * from './messages.ts';
export * from './segments.ts';
export {
  DEFAULT_REMINDER_SCHEDULE,
  MAX_SCHEDULE_MINUTES,
  REMINDER_CHANNELS,
  remindersDue,
  scheduleIssues as reminderScheduleIssues,
  type ReminderChannel,
  type ReminderDue,
  type ReminderSchedule,
  type ReminderStep,
} from './reminders.ts';
export {
  answers as answersScheduledCheckin,
  scheduleIssues as checkinScheduleIssues,
  scheduledState,
  type CheckinSchedule,
  type ScheduledState,
  type ScheduledStatus,
} from './scheduled.ts';
