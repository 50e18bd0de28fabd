import { z } from 'zod';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import { registerEvacuationRoutes } from './evacuation.routes.ts';
import { createEvacuationService } from './evacuation.service.ts';
import type { Db } from '../db/client.ts';
import { createBroadcastService, type BroadcastService } from './broadcast.service.ts';
import { registerCheckinRoutes } from './checkin.routes.ts';
import { createCallListService, type CallListService } from './call-list.service.ts';
import {
  Board,
  BoardQuery,
  BroadcastBody,
  BroadcastPreview,
  BroadcastPreviewBody,
  BroadcastResult,
  CallList,
  CallListQuery,
  CallListRow,
  CheckinBody,
  CheckinResult,
  Crisis,
  CrisisListQuery,
  CrisisPersonParams,
  DeclareBody,
  DeliveryStats,
  LogBody,
  LogEntry,
  MarkBody,
  MyCheckin,
  ReachBody,
} from './crisis.schema.ts';
import { createCrisisService, type CrisisService } from './crisis.service.ts';
import type { SmsGateway } from '../sms/gateways.ts';

const tags = ['crisis'];

export function registerCrisisRoutes(
  app: App,
  crisis: CrisisService,
  broadcasts: BroadcastService,
  callList: CallListService,
) {
  app.get('/api/crises', {
    schema: {
      tags,
      summary: 'Crises I may see',
      querystring: CrisisListQuery,
      response: { 200: z.array(Crisis) },
    },
    handler: async (req) => crisis.list(actorOf(req), req.query.countryId),
  });

  app.post('/api/crises', {
    schema: {
      tags,
      summary:
        'Declare a crisis for an area or a whole country: everyone there is asked to check in',
      body: DeclareBody,
      response: { 201: Crisis },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await crisis.declare(actorOf(req), req.body)),
  });

  app.get('/api/crises/mine', {
    schema: {
      tags,
      summary: 'Active crises asking me to check in, with my answer so far',
      response: { 200: z.array(MyCheckin) },
    },
    handler: async (req) => crisis.mine(actorOf(req)),
  });

  app.post('/api/crises/:id/checkin', {
    config: { changesNoSessions: true },
    schema: {
      tags,
      summary: 'Check in myself (signed in): safe or need help',
      params: IdParams,
      body: CheckinBody,
      response: { 200: CheckinResult },
    },
    handler: async (req) => crisis.checkinSelf(actorOf(req), req.params.id, req.body),
  });

  app.get('/api/crises/:id', {
    schema: { tags, summary: 'One crisis', params: IdParams, response: { 200: Crisis } },
    handler: async (req) => crisis.get(actorOf(req), req.params.id),
  });

  app.post('/api/crises/:id/close', {
    schema: {
      tags,
      summary: 'Close a crisis (precise positions are erased)',
      params: IdParams,
      response: { 200: Crisis },
    },
    handler: async (req) => crisis.close(actorOf(req), req.params.id),
  });

  app.get('/api/crises/:id/board', {
    schema: {
      tags,
      summary:
        'Status board: safe, need help, no answer — counts per zone and organization, and a page of the people (filter by status, zone, organization; pageSize=0 for the counts alone)',
      params: IdParams,
      querystring: BoardQuery,
      response: { 200: Board },
    },
    handler: async (req) => crisis.board(actorOf(req), req.params.id, req.query),
  });

  app.get('/api/crises/:id/events', {
    schema: {
      tags,
      summary: 'Live board counts as server-sent events (`event: board`)',
      params: IdParams,
    },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      await crisis.get(actor, req.params.id);
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      let last = '';
      let open = true;
      const push = async () => {
        const data = JSON.stringify(await crisis.counts(actor, req.params.id));
        if (data !== last) {
          last = data;
          reply.raw.write(`event: board\ndata: ${data}\n\n`);
        } else reply.raw.write(': keep-alive\n\n');
      };
      const timer = setInterval(() => {
        if (open) push().catch(() => reply.raw.end());
      }, 2000);
      req.raw.on('close', () => {
        open = false;
        clearInterval(timer);
      });
      await push();
    },
  });

  app.post('/api/crises/:id/people/:personId/status', {
    schema: {
      tags,
      summary: 'Mark a person as reached by phone, radio or in person',
      params: CrisisPersonParams,
      body: MarkBody,
      response: { 200: Board },
    },
    handler: async (req) => crisis.mark(actorOf(req), req.params.id, req.params.personId, req.body),
  });

  app.get('/api/crises/:id/call-list', {
    schema: {
      tags,
      summary:
        'The call list: the people I account for (a warden: my zone), still silent first; filter by status or name, paged',
      params: IdParams,
      querystring: CallListQuery,
      response: { 200: CallList },
    },
    handler: async (req) => callList.list(actorOf(req), req.params.id, req.query),
  });

  app.post('/api/crises/:id/people/:personId/reach', {
    schema: {
      tags,
      summary: 'Record what a call found: reached safe, reached needing help, or no answer',
      params: CrisisPersonParams,
      body: ReachBody,
      response: { 200: CallListRow },
    },
    handler: async (req) =>
      callList.reach(actorOf(req), req.params.id, req.params.personId, req.body),
  });

  app.get('/api/crises/:id/log', {
    schema: {
      tags,
      summary: 'Crisis log and timeline',
      params: IdParams,
      response: { 200: z.array(LogEntry) },
    },
    handler: async (req) => crisis.log(actorOf(req), req.params.id),
  });

  app.post('/api/crises/:id/log', {
    schema: {
      tags,
      summary: 'Record a decision (alternate work, relocation, evacuation) or a note',
      params: IdParams,
      body: LogBody,
      response: { 201: LogEntry },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await crisis.addLog(actorOf(req), req.params.id, req.body)),
  });

  app.post('/api/broadcasts/preview', {
    schema: {
      tags,
      summary:
        'Before sending: recipients, SMS encoding and segments, estimated cost per country (nothing is sent)',
      body: BroadcastPreviewBody,
      response: { 200: BroadcastPreview },
    },
    handler: async (req) => broadcasts.preview(actorOf(req), req.body),
  });

  app.post('/api/broadcasts', {
    schema: {
      tags,
      summary: 'Broadcast to a scope through the delivery queue, with the warden cascade',
      body: BroadcastBody,
      response: { 201: BroadcastResult },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await broadcasts.send(actorOf(req), req.body)),
  });

  app.get('/api/broadcasts/:id/delivery', {
    schema: {
      tags,
      summary: 'Delivery status of a broadcast',
      params: IdParams,
      response: { 200: DeliveryStats },
    },
    handler: async (req) => broadcasts.delivery(actorOf(req), req.params.id),
  });
}

/** Wires the crisis capability: services from the database and the parsed configuration. */
export function registerCrisis(
  app: App,
  db: Db,
  config: { publicUrl: string; smsGateways: readonly SmsGateway[] },
) {
  const crisis = createCrisisService(db);
  registerCrisisRoutes(
    app,
    crisis,
    createBroadcastService(db, config.smsGateways),
    createCallListService(db),
  );
  registerCheckinRoutes(app, crisis);
  registerEvacuationRoutes(app, createEvacuationService(db));
}
