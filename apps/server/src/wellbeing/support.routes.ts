import type { Db } from '../db/client.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import { createCounsellorService } from './counsellors.service.ts';
import {
  CaseBody,
  CasePatch,
  CounsellorBody,
  CounsellorPatch,
  Counsellors,
  Session,
  SessionBody,
  SupportCase,
  SupportCases,
  SupportEvents,
  SupportSummary,
} from './support.schema.ts';
import { createSupportService } from './support.service.ts';

const tags = ['stress-support'];

/** Critical-incident stress support (SPEC §7) [003 ¶169, 000 §26b]. */
export function registerStressSupportRoutes(app: App, db: Db) {
  const support = createSupportService(db);
  const counsellors = createCounsellorService(db);

  app.get('/api/countries/:id/stress-support', {
    schema: {
      tags,
      summary:
        'Counts of a country’s stress support (sessions, people followed, overdue follow-ups); never names',
      params: IdParams,
      response: { 200: SupportSummary },
    },
    handler: async (req) => support.summary(actorOf(req), req.params.id),
  });

  app.get('/api/countries/:id/stress-support/cases', {
    schema: {
      tags,
      summary: 'The individual follow-up cases of a country: counsellors designated there only',
      params: IdParams,
      response: { 200: SupportCases },
    },
    handler: async (req) => support.list(actorOf(req), req.params.id),
  });

  app.get('/api/countries/:id/stress-support/events', {
    schema: {
      tags,
      summary: 'The crises and incidents of a country a counsellor attaches cases and sessions to',
      params: IdParams,
      response: { 200: SupportEvents },
    },
    handler: async (req) => support.events(actorOf(req), req.params.id),
  });

  app.post('/api/countries/:id/stress-support/cases', {
    schema: {
      tags,
      summary: 'Open the follow-up of an affected staff or family member (counsellor)',
      params: IdParams,
      body: CaseBody,
      response: { 201: SupportCase },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await support.openCase(actorOf(req), req.params.id, req.body)),
  });

  app.get('/api/stress-support/cases/:id', {
    schema: {
      tags,
      summary: 'One follow-up case with its sessions: its counsellors and the person concerned',
      params: IdParams,
      response: { 200: SupportCase },
    },
    handler: async (req) => support.get(actorOf(req), req.params.id),
  });

  app.patch('/api/stress-support/cases/:id', {
    schema: {
      tags,
      summary: 'Plan the next follow-up, close the case, or change the notes (counsellor)',
      params: IdParams,
      body: CasePatch,
      response: { 200: SupportCase },
    },
    handler: async (req) => support.updateCase(actorOf(req), req.params.id, req.body),
  });

  app.post('/api/countries/:id/stress-support/sessions', {
    schema: {
      tags,
      summary:
        'Record a counselling session: individual or family (of a case), or group (of a crisis or incident)',
      params: IdParams,
      body: SessionBody,
      response: { 201: Session },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await support.recordSession(actorOf(req), req.params.id, req.body)),
  });

  app.get('/api/stress-support/mine', {
    schema: {
      tags,
      summary: 'My own follow-up, as the person concerned',
      response: { 200: SupportCases },
    },
    handler: async (req) => support.mine(actorOf(req)),
  });

  app.get('/api/countries/:id/stress-counsellors', {
    schema: {
      tags,
      summary: 'The stress counsellors designated for a country',
      params: IdParams,
      response: { 200: Counsellors },
    },
    handler: async (req) => counsellors.list(actorOf(req), req.params.id),
  });

  app.post('/api/countries/:id/stress-counsellors', {
    schema: {
      tags,
      summary: 'Designate a stress counsellor for a country, or for one organization in it',
      params: IdParams,
      body: CounsellorBody,
      response: { 201: Counsellors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await counsellors.designate(actorOf(req), req.params.id, req.body)),
  });

  app.patch('/api/stress-counsellors/:id', {
    schema: {
      tags,
      summary: 'End a counsellor’s designation or change its note',
      params: IdParams,
      body: CounsellorPatch,
      response: { 200: Counsellors },
    },
    handler: async (req) => counsellors.update(actorOf(req), req.params.id, req.body),
  });
}
