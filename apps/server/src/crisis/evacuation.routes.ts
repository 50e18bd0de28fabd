import { z } from 'zod';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  EvacuationList,
  LogEntry,
  MovementBody,
  MovementStatusBody,
  UsgReportBody,
} from './crisis.schema.ts';
import type { EvacuationService } from './evacuation.service.ts';

const tags = ['crisis'];
const Uuid = z.uuid('must be a UUID');
const Movement = EvacuationList.shape.items.element.shape.movement.unwrap();

export function registerEvacuationRoutes(app: App, evacuation: EvacuationService) {
  app.get('/api/crises/:id/evacuation', {
    schema: {
      tags,
      summary:
        'Evacuation list: international staff and eligible dependants; local staff and visitors case by case; per-person decisions',
      params: IdParams,
      response: { 200: EvacuationList },
    },
    handler: async (req) => evacuation.list(actorOf(req), req.params.id),
  });

  app.post('/api/crises/:id/log/:entryId/usg-report', {
    schema: {
      tags,
      summary: 'Record the report to the USG of a DO decision taken in exigent circumstances',
      params: z.object({ id: Uuid, entryId: Uuid }),
      body: UsgReportBody,
      response: { 200: LogEntry },
    },
    handler: async (req) =>
      evacuation.reportToUsg(actorOf(req), req.params.id, req.params.entryId, req.body),
  });

  app.post('/api/crises/:id/movements', {
    schema: {
      tags,
      summary:
        "Decide one person's evacuation or relocation (exceptional cases need a reason and, for local staff, the staff association)",
      params: IdParams,
      body: MovementBody,
      response: { 201: Movement },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await evacuation.decide(actorOf(req), req.params.id, req.body)),
  });

  app.post('/api/crises/:id/movements/:personId/status', {
    schema: {
      tags,
      summary: 'Mark a person moved, then arrived',
      params: z.object({ id: Uuid, personId: Uuid }),
      body: MovementStatusBody,
      response: { 200: Movement },
    },
    handler: async (req) =>
      evacuation.advance(actorOf(req), req.params.id, req.params.personId, req.body.status),
  });
}
