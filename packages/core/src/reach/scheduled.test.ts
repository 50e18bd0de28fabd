import { describe, expect, it } from 'vitest';
import { scheduledState, scheduleIssues } from './scheduled.ts';

const start = new Date('2026-03-01T08:00:00Z');
const h = (hours: number) => new Date(start.getTime() + hours * 3_600_000);
// Every 4 h for two days in Kessa, 30 minutes' grace.
const s = { startsAt: start, endsAt: h(48), everyMinutes: 240, graceMinutes: 30 };

describe('scheduled check-ins', () => {
  it('before the first due time the schedule is upcoming', () => {
    expect(scheduledState(s, null, h(1))).toEqual({
      status: 'upcoming',
      dueAt: null,
      missedAt: null,
      nextDueAt: h(4),
    });
  });
  it('at a due time without a check-in it is due, and missed once the grace period has passed', () => {
    expect(scheduledState(s, null, h(4))).toMatchObject({
      status: 'due',
      dueAt: h(4),
      nextDueAt: h(8),
    });
    expect(scheduledState(s, null, h(4.4))).toMatchObject({ status: 'due' });
    expect(scheduledState(s, null, h(4.5))).toMatchObject({ status: 'missed', missedAt: h(4.5) });
  });
  it('a check-in in the half period before a due time answers it', () => {
    expect(scheduledState(s, h(2.5), h(4.6)).status).toBe('ok');
    expect(scheduledState(s, h(1.9), h(4.6)).status).toBe('missed');
  });
  it('a late check-in answers a missed due time', () => {
    expect(scheduledState(s, h(5), h(5.1)).status).toBe('ok');
  });
  it('a check-in answers one due time, not the next', () => {
    expect(scheduledState(s, h(4.1), h(8.6))).toMatchObject({ status: 'missed', dueAt: h(8) });
  });
  it('after the end, the last due time answered means ended; unanswered it stays missed', () => {
    expect(scheduledState(s, h(47.9), h(60))).toMatchObject({ status: 'ended', nextDueAt: null });
    expect(scheduledState(s, h(40), h(60))).toMatchObject({ status: 'missed', dueAt: h(48) });
  });
  it('intervals of 15 minutes to 7 days, grace up to one interval, an end after the start', () => {
    expect(scheduleIssues(s)).toEqual([]);
    expect(
      scheduleIssues({ ...s, everyMinutes: 5, graceMinutes: 10, endsAt: start }).map((i) => i.path),
    ).toEqual(['everyMinutes', 'graceMinutes', 'endsAt']);
  });
});
