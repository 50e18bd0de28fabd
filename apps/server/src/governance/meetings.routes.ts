import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  CountryMeetings,
  DaysQuery,
  Meeting,
  MeetingBody,
  MeetingFlags,
  MeetingPatch,
} from './meetings.schema.ts';
import type { MeetingService } from './meetings.service.ts';

const tags = ['governance'];

export function registerMeetingRoutes(app: App, meetings: MeetingService) {
  app.get('/api/smt-meetings/flags', {
    schema: {
      tags,
      summary: 'Countries I may see with their last SMT meeting; flagged when none in `days` days',
      querystring: DaysQuery,
      response: { 200: MeetingFlags },
    },
    handler: async (req) => meetings.flags(actorOf(req), req.query.days),
  });

  app.get('/api/countries/:id/smt-meetings', {
    schema: {
      tags,
      summary:
        'A country’s meetings of the SMT (default) or of the security cell chaired by the CSA (`body=security_cell`), newest first; flagged when no SMT meeting in the last `days` days',
      params: IdParams,
      querystring: DaysQuery,
      response: { 200: CountryMeetings },
    },
    handler: async (req) =>
      meetings.list(actorOf(req), req.params.id, req.query.days, req.query.body),
  });

  app.post('/api/countries/:id/smt-meetings', {
    schema: {
      tags,
      summary:
        'Record a meeting of the SMT or of the security cell (`body`): date, agenda, attending organizations, minutes and decisions, sent to DSS',
      params: IdParams,
      body: MeetingBody,
      response: { 201: Meeting },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await meetings.create(actorOf(req), req.params.id, req.body)),
  });

  app.patch('/api/smt-meetings/:id', {
    schema: {
      tags,
      summary: 'Change an SMT meeting (e.g. add the minutes, record when they were sent to DSS)',
      params: IdParams,
      body: MeetingPatch,
      response: { 200: Meeting },
    },
    handler: async (req) => meetings.update(actorOf(req), req.params.id, req.body),
  });
}
