import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  Drill,
  DrillBody,
  DrillListQuery,
  DrillPage,
  DrillResultBody,
  DrillsDueReport,
  OverdueQuery,
} from './drills.schema.ts';
import { createDrillService } from './drills.service.ts';
import {
  AckListQuery,
  AckReport,
  Distributed,
  MyAckResult,
  PlanBody,
  PlanDetail,
  PlanListQuery,
  PlanPage,
  PlanSharingPatch,
  VersionBody,
} from './plans.schema.ts';
import { createPlanService } from './plans.service.ts';
import {
  MissedQuery,
  MissedReport,
  RadioCheck,
  RadioCheckBody,
  RadioCheckPage,
  RadioListQuery,
  Roster,
  RosterQuery,
} from './radio.schema.ts';
import { createRadioService } from './radio.service.ts';

const tags = ['preparedness'];
const NoBody = z.object({}).optional();

/** Security plans, drills and the radio-check log (SPEC §7). */
export function registerPreparednessRoutes(app: App, db: Db) {
  const plans = createPlanService(db);
  const drills = createDrillService(db);
  const radio = createRadioService(db);

  app.get('/api/preparedness/plans', {
    schema: {
      tags,
      summary: 'Security plans I may read (in my scope, or that I was asked to acknowledge)',
      querystring: PlanListQuery,
      response: { 200: PlanPage },
    },
    handler: async (req) => plans.list(actorOf(req), req.query),
  });
  app.post('/api/preparedness/plans', {
    schema: {
      tags,
      summary: 'Create a country, area, contingency or relocation/evacuation plan',
      body: PlanBody,
      response: { 201: PlanDetail },
    },
    handler: async (req, reply) => reply.code(201).send(await plans.create(actorOf(req), req.body)),
  });
  app.get('/api/preparedness/plans/:id', {
    schema: {
      tags,
      summary: 'A security plan with its versions and acknowledgement progress',
      params: IdParams,
      response: { 200: PlanDetail },
    },
    handler: async (req) => plans.detail(actorOf(req), req.params.id),
  });
  app.patch('/api/preparedness/plans/:id', {
    schema: {
      tags,
      summary: 'Set who may read a plan: its classification, shareable with SLT partners',
      params: IdParams,
      body: PlanSharingPatch,
      response: { 200: PlanDetail },
    },
    handler: async (req) => plans.setSharing(actorOf(req), req.params.id, req.body),
  });
  app.post('/api/preparedness/plans/:id/versions', {
    schema: {
      tags,
      summary: 'Publish a new version (supersedes the current one; distributed by default)',
      params: IdParams,
      body: VersionBody,
      response: { 201: PlanDetail },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await plans.publish(actorOf(req), req.params.id, req.body)),
  });
  app.post('/api/preparedness/plan-versions/:id/distribute', {
    schema: {
      tags,
      summary: 'Ask everyone the plan covers and not yet asked to acknowledge this version',
      params: IdParams,
      body: NoBody,
      response: { 200: Distributed },
    },
    handler: async (req) => plans.distribute(actorOf(req), req.params.id),
  });
  app.post('/api/preparedness/plan-versions/:id/acknowledge', {
    schema: {
      tags,
      summary: 'Acknowledge a plan version I was asked to (only for myself)',
      params: IdParams,
      body: NoBody,
      response: { 200: MyAckResult },
    },
    handler: async (req) => plans.acknowledge(actorOf(req), req.params.id),
  });
  app.get('/api/preparedness/plan-versions/:id/acknowledgements', {
    schema: {
      tags,
      summary: 'Who was asked to acknowledge a version and who did (pending first)',
      params: IdParams,
      querystring: AckListQuery,
      response: { 200: AckReport },
    },
    handler: async (req) => plans.acknowledgements(actorOf(req), req.params.id, req.query),
  });

  app.get('/api/drills', {
    schema: {
      tags,
      summary: 'Drills scheduled and held in my scope, newest first',
      querystring: DrillListQuery,
      response: { 200: DrillPage },
    },
    handler: async (req) => drills.list(actorOf(req), req.query),
  });
  app.get('/api/drills/overdue', {
    schema: {
      tags,
      summary:
        'Drills due per duty station of a country, from its area’s risk; overdue ones by default',
      querystring: OverdueQuery,
      response: { 200: DrillsDueReport },
    },
    handler: async (req) => drills.due(actorOf(req), req.query.countryId, req.query.all === 'true'),
  });
  app.post('/api/drills', {
    schema: {
      tags,
      summary: 'Schedule a drill at a country, area or duty station',
      body: DrillBody,
      response: { 201: Drill },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await drills.schedule(actorOf(req), req.body)),
  });
  app.get('/api/drills/:id', {
    schema: { tags, summary: 'A drill', params: IdParams, response: { 200: Drill } },
    handler: async (req) => drills.one(actorOf(req), req.params.id),
  });
  app.post('/api/drills/:id/record', {
    schema: {
      tags,
      summary: 'Record a held drill: start and end, participants, findings, follow-up actions',
      params: IdParams,
      body: DrillResultBody,
      response: { 200: Drill },
    },
    handler: async (req) => drills.record(actorOf(req), req.params.id, req.body),
  });

  app.get('/api/radio-checks', {
    schema: {
      tags,
      summary: 'Radio checks in my scope, newest first, with missed counts',
      querystring: RadioListQuery,
      response: { 200: RadioCheckPage },
    },
    handler: async (req) => radio.list(actorOf(req), req.query),
  });
  app.get('/api/radio-checks/roster', {
    schema: {
      tags,
      summary: 'The personnel of a country, area or zone with their call signs, for a roll call',
      querystring: RosterQuery,
      response: { 200: Roster },
    },
    handler: async (req) => radio.roster(actorOf(req), req.query),
  });
  app.get('/api/radio-checks/missed', {
    schema: {
      tags,
      summary: 'Missed radio checks per person over a period, most first',
      querystring: MissedQuery,
      response: { 200: MissedReport },
    },
    handler: async (req) => radio.missed(actorOf(req), req.query),
  });
  app.post('/api/radio-checks', {
    schema: {
      tags,
      summary: 'Record a roll call: each call sign answered or missed',
      body: RadioCheckBody,
      response: { 201: RadioCheck },
    },
    handler: async (req, reply) => reply.code(201).send(await radio.record(actorOf(req), req.body)),
  });
  app.get('/api/radio-checks/:id', {
    schema: {
      tags,
      summary: 'A radio check with every call',
      params: IdParams,
      response: { 200: RadioCheck },
    },
    handler: async (req) => radio.one(actorOf(req), req.params.id),
  });
}
