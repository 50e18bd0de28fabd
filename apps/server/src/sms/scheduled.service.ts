/**
 * Scheduled check-ins (SPEC §10): "every 4 h while in Kessa". Set by the person or by whoever
 * accounts for them (warden, ASC, security officer); answered by the app, by the link's page or by
 * SMS; a missed one alerts the person's warden and ASC once per due time (a job), and is listed for
 * the CSA's home.
 */
import { can, checkinScheduleIssues, scheduledState, type ScheduledState } from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, invalid, invalidFields, notFound } from '../http/errors.ts';
import { enqueue } from '../messaging/queue.ts';
import { findPersonRow } from '../registry/lookups.queries.ts';
import {
  activeSchedulesOf,
  findSchedule,
  insertSchedule,
  recentSchedules,
  travelRequestById,
  updateSchedule,
  wardensAndAscs,
  type ScheduleRow,
} from './scheduled.queries.ts';

export interface ScheduleInput {
  personId?: string | null | undefined;
  travelRequestId?: string | null | undefined;
  reason: 'travel' | 'working_alone';
  label: string;
  startsAt?: Date | null | undefined;
  endsAt?: Date | null | undefined;
  everyMinutes: number;
  graceMinutes: number;
}

type Row = ScheduleRow;

/** Whether the actor may change or cancel the schedule: the person, or whoever accounts for them. */
const mayChange = (actor: RequestActor | null, r: Row) =>
  actor !== null &&
  r.status === 'active' &&
  (r.personId === actor.personId || can(actor, 'crisis.account', keysOf(r)));

const withState = (r: Row, actor: RequestActor | null, now = new Date()) => {
  const state: ScheduledState =
    r.status === 'cancelled'
      ? { status: 'ended', dueAt: null, missedAt: null, nextDueAt: null }
      : scheduledState(
          {
            startsAt: r.startsAt,
            endsAt: r.endsAt,
            everyMinutes: r.everyMinutes,
            graceMinutes: r.graceMinutes,
          },
          r.lastCheckinAt,
          now,
        );
  return {
    id: r.id,
    personId: r.personId,
    travelRequestId: r.travelRequestId,
    reason: r.reason,
    label: r.label,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    everyMinutes: r.everyMinutes,
    graceMinutes: r.graceMinutes,
    status: r.status,
    lastCheckinAt: r.lastCheckinAt,
    state: state.status,
    dueAt: state.dueAt,
    missedAt: state.missedAt,
    nextDueAt: state.nextDueAt,
    abilities: { canEdit: mayChange(actor, r) },
  };
};

const keysOf = (r: {
  countryId: string;
  areaId: string;
  zoneId: string | null;
  organizationId: string;
  personId?: string;
}) => ({
  countryId: r.countryId,
  areaId: r.areaId,
  zoneId: r.zoneId,
  organizationId: r.organizationId,
  personId: r.personId ?? null,
});

export interface ScheduleChanges {
  label?: string | undefined;
  startsAt?: Date | undefined;
  endsAt?: Date | undefined;
  everyMinutes?: number | undefined;
  graceMinutes?: number | undefined;
}

export function createScheduledCheckinService(db: Db) {
  /**
   * A schedule the actor may change: their own, or one of a person they account for (warden,
   * ASC, CSA). One they may not even see is not found; one they see but may not change is
   * forbidden.
   */
  const changeable = async (actor: RequestActor, id: string) => {
    const row = await findSchedule(db, id);
    if (!row) throw notFound('Check-in schedule');
    const keys = keysOf(row);
    if (row.personId === actor.personId || can(actor, 'crisis.account', keys)) {
      if (row.status !== 'active') throw conflict('This check-in schedule was cancelled');
      return row;
    }
    if (can(actor, 'crisis.read', keys))
      throw forbidden('You may not change check-ins for this person');
    throw notFound('Check-in schedule');
  };

  return {
    /** Changes the times or label of a running or upcoming schedule (the person or whoever accounts for them). */
    async update(actor: RequestActor, id: string, changes: ScheduleChanges) {
      const row = await changeable(actor, id);
      const next = {
        label: changes.label ?? row.label,
        startsAt: changes.startsAt ?? row.startsAt,
        endsAt: changes.endsAt ?? row.endsAt,
        everyMinutes: changes.everyMinutes ?? row.everyMinutes,
        graceMinutes: changes.graceMinutes ?? row.graceMinutes,
      };
      const issues = checkinScheduleIssues(next);
      if (issues.length) throw invalidFields(issues);
      return audited(db, actor, async (tx) => {
        const updated = await updateSchedule(tx, id, { ...next, updatedAt: new Date() });
        return {
          result: withState(updated!, actor),
          audit: {
            action: 'checkin_schedule.update',
            entity: 'checkin_schedule',
            entityId: id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            before: {
              label: row.label,
              startsAt: row.startsAt,
              endsAt: row.endsAt,
              everyMinutes: row.everyMinutes,
              graceMinutes: row.graceMinutes,
            },
            after: next,
          },
        };
      });
    },

    /** Cancels a schedule: no more due times, no more alerts. */
    async cancel(actor: RequestActor, id: string) {
      const row = await changeable(actor, id);
      return audited(db, actor, async (tx) => {
        const updated = await updateSchedule(tx, id, {
          status: 'cancelled',
          updatedAt: new Date(),
        });
        return {
          result: withState(updated!, actor),
          audit: {
            action: 'checkin_schedule.cancel',
            entity: 'checkin_schedule',
            entityId: id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            before: { status: row.status },
            after: { status: 'cancelled' },
          },
        };
      });
    },

    async create(actor: RequestActor, input: ScheduleInput) {
      let personId = input.personId ?? null;
      let startsAt = input.startsAt ?? null;
      let endsAt = input.endsAt ?? null;
      if (input.travelRequestId) {
        const tr = await travelRequestById(db, input.travelRequestId);
        if (!tr || (personId && tr.personId !== personId))
          throw invalid('travelRequestId', 'is not a travel request of this person');
        if (tr.status !== 'approved')
          throw invalid('travelRequestId', 'is not an approved clearance');
        personId ??= tr.personId;
        startsAt ??= new Date(`${tr.startsOn}T00:00:00Z`);
        endsAt ??= new Date(`${tr.endsOn}T23:59:59Z`);
      } else if (input.reason === 'travel')
        throw invalid('travelRequestId', 'is needed for travel (the approved clearance)');
      personId ??= actor.personId;
      if (!personId) throw invalid('personId', 'is needed');
      if (!startsAt) throw invalid('startsAt', 'is needed');
      if (!endsAt) throw invalid('endsAt', 'is needed');
      const person = await findPersonRow(db, personId);
      if (!person) throw invalid('personId', 'unknown person');
      const keys = keysOf({ ...person, personId: person.id });
      if (person.id !== actor.personId && !can(actor, 'crisis.account', keys))
        throw forbidden('You may not set check-ins for this person');
      const issues = checkinScheduleIssues({
        startsAt,
        endsAt,
        everyMinutes: input.everyMinutes,
        graceMinutes: input.graceMinutes,
      });
      if (issues.length) throw invalidFields(issues);
      return audited(db, actor, async (tx) => {
        const row = await insertSchedule(tx, {
          personId: person.id,
          countryId: person.countryId,
          areaId: person.areaId,
          zoneId: person.zoneId,
          organizationId: person.organizationId,
          travelRequestId: input.travelRequestId ?? null,
          reason: input.reason,
          label: input.label,
          startsAt,
          endsAt,
          everyMinutes: input.everyMinutes,
          graceMinutes: input.graceMinutes,
          createdBy: actor.label,
        });
        if (!row) throw new Error('schedule not created');
        return {
          result: withState(row, actor),
          audit: {
            action: 'checkin_schedule.create',
            entity: 'checkin_schedule',
            entityId: row.id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            after: row,
          },
        };
      });
    },

    async mine(actor: RequestActor) {
      if (!actor.personId) return [];
      const rows = await activeSchedulesOf(db, actor.personId);
      return rows.map((r) => withState(r, actor));
    },

    /** The person checks in (app or page): answers the current due time. */
    async checkin(actor: RequestActor, id: string, via: string) {
      const row = await findSchedule(db, id);
      if (!row || row.personId !== actor.personId) throw notFound('Check-in schedule');
      if (row.status !== 'active') throw conflict('This check-in schedule was cancelled');
      return audited(db, actor, async (tx) => {
        const now = new Date();
        const updated = await updateSchedule(tx, id, { lastCheckinAt: now, updatedAt: now });
        return {
          result: withState(updated!, actor, now),
          audit: {
            action: 'checkin_schedule.checkin',
            entity: 'checkin_schedule',
            entityId: id,
            countryId: row.countryId,
            after: { at: now, via },
          },
        };
      });
    },

    /** Missed scheduled check-ins the actor accounts for (the CSA's, warden's and ASC's homes). */
    async missed(actor: RequestActor, countryId?: string, now = new Date()) {
      const rows = await recentSchedules(db, now, countryId);
      return rows
        .filter((r) => can(actor, 'crisis.read', keysOf(r.s)))
        .map((r) => ({ ...withState(r.s, actor, now), name: `${r.family}, ${r.given}` }))
        .filter((r) => r.state === 'missed');
    },

    /**
     * The job: each missed due time alerts the person's wardens (their zone) and ASCs (their
     * area) once, on in-app, e-mail and SMS. Returns how many schedules alerted.
     */
    async runMissed(now = new Date()) {
      const rows = await recentSchedules(db, now);
      let alerted = 0;
      const day = today();
      for (const r of rows) {
        const state = withState(r.s, null, now);
        if (state.state !== 'missed' || !state.dueAt) continue;
        if (r.s.alertedDueAt && r.s.alertedDueAt.getTime() === state.dueAt.getTime()) continue;
        const dueAt = state.dueAt;
        await db.transaction(async (tx) => {
          const responsible = await wardensAndAscs(tx, r.s, day);
          const to = [...new Set(responsible.map((a) => a.personId))];
          if (to.length)
            await enqueue(
              tx,
              {
                messageId: `scheduled:${r.s.id}:missed:${dueAt.toISOString()}`,
                template: 'checkin.missed',
                countryId: r.s.countryId,
                channels: ['in_app', 'email', 'sms'],
              },
              to.map((personId) => ({
                personId,
                params: {
                  name: `${r.given} ${r.family}`,
                  label: r.s.label,
                  due: `${dueAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
                  phone: r.phone,
                  // The in-app notification opens the person's record (phone, whereabouts).
                  path: `/people/${r.s.personId}`,
                },
              })),
            );
          await updateSchedule(tx, r.s.id, { alertedDueAt: dueAt, updatedAt: now });
          await recordAudit(tx, SYSTEM_ACTOR, {
            action: 'checkin_schedule.missed',
            entity: 'checkin_schedule',
            entityId: r.s.id,
            countryId: r.s.countryId,
            after: { dueAt, alerted: to },
          });
        });
        alerted++;
      }
      return alerted;
    },
  };
}

export type ScheduledCheckinService = ReturnType<typeof createScheduledCheckinService>;
