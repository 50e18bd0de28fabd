import { z } from 'zod';
import { actorOf } from '../http/auth-hooks.ts';
import { Abilities, IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import { Plan, PlanBody, PlanPatch, PlanSummary } from './plans.schema.ts';
import type { PlanService } from './plans.service.ts';

const tags = ['governance'];

export function registerPlanRoutes(app: App, plans: PlanService) {
  app.get('/api/countries/:id/security-plans', {
    schema: {
      tags,
      summary: 'The DO’s yearly security management plans of a country, newest first',
      params: IdParams,
      response: { 200: z.object({ items: z.array(PlanSummary), abilities: Abilities }) },
    },
    handler: async (req) => plans.list(actorOf(req), req.params.id),
  });

  app.get('/api/security-plans/:id', {
    schema: {
      tags,
      summary: 'A security management plan with its indicators',
      params: IdParams,
      response: { 200: Plan },
    },
    handler: async (req) => plans.get(actorOf(req), req.params.id),
  });

  app.post('/api/countries/:id/security-plans', {
    schema: {
      tags,
      summary: 'Adopt the yearly security management plan with measurable indicators',
      params: IdParams,
      body: PlanBody,
      response: { 201: Plan },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await plans.create(actorOf(req), req.params.id, req.body)),
  });

  app.patch('/api/security-plans/:id', {
    schema: {
      tags,
      summary: 'Change a plan; `indicators` replaces the list (record results and whether met)',
      params: IdParams,
      body: PlanPatch,
      response: { 200: Plan },
    },
    handler: async (req) => plans.update(actorOf(req), req.params.id, req.body),
  });
}
