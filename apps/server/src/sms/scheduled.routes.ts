import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import { createScheduledCheckinService } from './scheduled.service.ts';

const tags = ['scheduled check-ins'];

const ScheduleBody = z.object({
  personId: z.uuid('must be a UUID').nullish(),
  travelRequestId: z.uuid('must be a UUID').nullish(),
  reason: z.enum(['travel', 'working_alone'], 'must be travel or working_alone'),
  label: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  startsAt: z.coerce.date('must be a date-time').nullish(),
  endsAt: z.coerce.date('must be a date-time').nullish(),
  everyMinutes: z.number().int('must be a whole number of minutes'),
  graceMinutes: z.number().int('must be a whole number of minutes').default(30),
});

const Schedule = z
  .object({
    id: z.string(),
    personId: z.string(),
    travelRequestId: z.string().nullable(),
    reason: z.string(),
    label: z.string(),
    startsAt: z.date(),
    endsAt: z.date(),
    everyMinutes: z.number(),
    graceMinutes: z.number(),
    status: z.string(),
    lastCheckinAt: z.date().nullable(),
    /** upcoming | ok | due | missed | ended */
    state: z.string(),
    dueAt: z.date().nullable(),
    missedAt: z.date().nullable(),
    nextDueAt: z.date().nullable(),
    /** The person, or whoever accounts for them, may change or cancel it while it runs. */
    abilities: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: 'CheckinSchedule' });

const ScheduleChanges = z.object({
  label: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(200, 'must be at most 200 characters')
    .optional(),
  startsAt: z.coerce.date('must be a date-time').optional(),
  endsAt: z.coerce.date('must be a date-time').optional(),
  everyMinutes: z.number().int('must be a whole number of minutes').optional(),
  graceMinutes: z.number().int('must be a whole number of minutes').optional(),
});

export function registerScheduledCheckinRoutes(app: App, db: Db) {
  const service = createScheduledCheckinService(db);
  app.post('/api/checkin-schedules', {
    schema: {
      tags,
      summary:
        'Ask a person on approved travel or working alone to check in every N minutes (themself, or whoever accounts for them)',
      body: ScheduleBody,
      response: { 201: Schedule },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await service.create(actorOf(req), req.body)),
  });
  app.get('/api/checkin-schedules/mine', {
    schema: {
      tags,
      summary: 'My scheduled check-ins with their state (due, missed …)',
      response: { 200: z.array(Schedule) },
    },
    handler: async (req) => service.mine(actorOf(req)),
  });
  app.patch('/api/checkin-schedules/:id', {
    schema: {
      tags,
      summary:
        'Change a scheduled check-in (label, times, interval, grace): the person, or whoever accounts for them',
      params: IdParams,
      body: ScheduleChanges,
      response: { 200: Schedule },
    },
    handler: async (req) => service.update(actorOf(req), req.params.id, req.body),
  });
  app.post('/api/checkin-schedules/:id/cancel', {
    schema: {
      tags,
      summary: 'Cancel a scheduled check-in: no more due times or alerts',
      params: IdParams,
      response: { 200: Schedule },
    },
    handler: async (req) => service.cancel(actorOf(req), req.params.id),
  });
  app.post('/api/checkin-schedules/:id/checkin', {
    config: { changesNoSessions: true },
    schema: {
      tags,
      summary: 'Check in now (answers the current due time)',
      params: IdParams,
      response: { 200: Schedule },
    },
    handler: async (req) => service.checkin(actorOf(req), req.params.id, 'app'),
  });
  app.get('/api/checkin-schedules/missed', {
    schema: {
      tags,
      summary: 'Missed scheduled check-ins of the people I account for (warden, ASC, CSA homes)',
      querystring: z.object({ countryId: z.uuid('must be a UUID').optional() }),
      response: { 200: z.array(Schedule.extend({ name: z.string() })) },
    },
    handler: async (req) => service.missed(actorOf(req), req.query.countryId),
  });
}
