import { remindersDue } from '@fieldsafe/core';
import { today } from '../access/actor.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import { enqueue } from '../messaging/queue.ts';
import { cascadeToWardens } from './cascade.ts';
import {
  countryCsas,
  lockCrisis,
  putSilentOnCallList,
  scheduledCrises,
  silentPeople,
  updateCrisis,
} from './crisis.queries.ts';

/**
 * The reminder schedules of the active crises (run by the jobs mechanism): resends the
 * check-in to those who have not answered when a reminder is due, then puts the still-silent
 * on their wardens' call lists (the warden cascade) and tells the country's CSA. Each step
 * happens once: the crisis row is locked and its progress recorded in the same transaction.
 */
export async function runCrisisReminders(db: Db, now = new Date()): Promise<number> {
  const active = await scheduledCrises(db);
  let steps = 0;
  for (const { id } of active) {
    const did = await db.transaction(async (tx) => {
      const c = await lockCrisis(tx, id);
      if (!c || c.status !== 'active' || !c.reminderSchedule) return false;
      const schedule = c.reminderSchedule;
      const due = remindersDue(
        schedule,
        c.declaredAt,
        c.remindersDone,
        c.escalatedAt !== null,
        now,
      );
      if (due.send === null && !due.escalate && due.done === c.remindersDone) return false;
      const silent = await silentPeople(tx, id);
      let reminded = 0;
      if (due.send !== null && silent.length > 0) {
        const step = schedule.reminders[due.send]!;
        const expiresAt = Math.floor(c.declaredAt.getTime() / 1000) + c.tokenHours * 3600;
        reminded = await enqueue(
          tx,
          {
            messageId: `crisis:${id}:reminder:${due.send + 1}`,
            template: 'crisis.reminder',
            countryId: c.countryId,
            channels: step.channels,
          },
          silent.map((p) => ({
            personId: p.personId,
            params: { title: c.title, checkin: { crisisId: id, expiresAt } },
          })),
        );
      }
      let wardens = 0;
      let csas = 0;
      if (due.escalate) {
        await putSilentOnCallList(tx, id, now);
        wardens = await cascadeToWardens(
          tx,
          {
            messageId: `crisis:${id}:call-list`,
            countryId: c.countryId,
            title: c.title,
            channels: ['in_app', 'email', 'sms'],
            crisisId: id,
          },
          silent,
        );
        const day = today();
        const advisers = await countryCsas(tx, c.countryId, day);
        csas = await enqueue(
          tx,
          {
            messageId: `crisis:${id}:escalation`,
            template: 'crisis.escalation',
            countryId: c.countryId,
            channels: ['in_app', 'email', 'sms'],
          },
          [...new Set(advisers.map((a) => a.personId))].map((personId) => ({
            personId,
            params: { title: c.title, count: silent.length, path: `/crisis/${id}` },
          })),
        );
      }
      await updateCrisis(tx, id, {
        remindersDone: due.done,
        ...(due.escalate ? { escalatedAt: now } : {}),
        updatedAt: now,
      });
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: due.escalate ? 'crisis.escalate' : 'crisis.remind',
        entity: 'crisis',
        entityId: id,
        countryId: c.countryId,
        after: {
          reminder: due.send === null ? null : due.send + 1,
          silent: silent.length,
          messagesQueued: reminded,
          callList: due.escalate,
          wardensTold: wardens,
          csaNotified: csas,
        },
      });
      return true;
    });
    if (did) steps++;
  }
  return steps;
}
