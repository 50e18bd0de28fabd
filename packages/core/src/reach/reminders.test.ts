import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SCHEDULE, remindersDue, scheduleIssues } from './reminders.ts';

const declared = new Date('2026-03-01T10:00:00Z');
const at = (minutes: number) => new Date(declared.getTime() + minutes * 60_000);
const s = DEFAULT_REMINDER_SCHEDULE;

describe('crisis reminders and escalation', () => {
  it('nothing is due before the first reminder', () => {
    expect(remindersDue(s, declared, 0, false, at(14))).toEqual({
      send: null,
      done: 0,
      escalate: false,
      nextAt: at(15),
    });
  });
  it('the first reminder is due at 15 minutes, the second at 45, then escalation at 60', () => {
    expect(remindersDue(s, declared, 0, false, at(15))).toMatchObject({
      send: 0,
      done: 1,
      nextAt: at(45),
    });
    expect(remindersDue(s, declared, 1, false, at(30))).toMatchObject({ send: null, done: 1 });
    expect(remindersDue(s, declared, 1, false, at(45))).toMatchObject({
      send: 1,
      done: 2,
      nextAt: at(60),
    });
    expect(remindersDue(s, declared, 2, false, at(60))).toMatchObject({
      send: null,
      escalate: true,
      nextAt: null,
    });
    expect(remindersDue(s, declared, 2, true, at(90))).toMatchObject({
      send: null,
      escalate: false,
    });
  });
  it('a reminder already done is not sent again (a second run, another server process)', () => {
    expect(remindersDue(s, declared, 1, false, at(16)).send).toBe(null);
  });
  it('after a pause of the server, only the latest overdue reminder is sent', () => {
    expect(remindersDue(s, declared, 0, false, at(50))).toMatchObject({
      send: 1,
      done: 2,
      escalate: false,
    });
    expect(remindersDue(s, declared, 0, false, at(70))).toMatchObject({
      send: 1,
      done: 2,
      escalate: true,
    });
  });
  it('a schedule without escalation never escalates', () => {
    const none = {
      reminders: [{ afterMinutes: 5, channels: ['sms' as const] }],
      escalateAfterMinutes: null,
    };
    expect(remindersDue(none, declared, 1, false, at(10_000))).toMatchObject({
      escalate: false,
      nextAt: null,
    });
  });
  it('reminders must come in order and before the escalation', () => {
    expect(scheduleIssues(s)).toEqual([]);
    expect(
      scheduleIssues({
        reminders: [
          { afterMinutes: 30, channels: ['sms'] },
          { afterMinutes: 20, channels: [] },
        ],
        escalateAfterMinutes: 10,
      }).map((i) => i.path),
    ).toEqual(['reminders.1.afterMinutes', 'reminders.1.channels', 'escalateAfterMinutes']);
    expect(
      scheduleIssues({
        reminders: [{ afterMinutes: 0, channels: ['sms'] }],
        escalateAfterMinutes: null,
      })[0]?.path,
    ).toBe('reminders.0.afterMinutes');
  });
});
