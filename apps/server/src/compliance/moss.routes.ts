import { DEFAULT_ESCALATION_THRESHOLDS, type EscalationThresholds } from '@fieldsafe/core';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  AdoptBody,
  Compliance,
  BulkStatusBody,
  MossAdoptionList,
  MossMeasure,
  MossStatus,
  MossStatusPage,
  StatusBody,
  StatusQuery,
} from './moss.schema.ts';
import { registerChecklistRoutes } from './checklists.routes.ts';
import { createChecklistService } from './checklists.service.ts';
import { registerMissionRoutes } from './missions.routes.ts';
import { createMissionService } from './missions.service.ts';
import { createMossService } from './moss.service.ts';

const tags = ['compliance'];

export function registerComplianceRoutes(
  app: App,
  db: Db,
  escalation: EscalationThresholds = DEFAULT_ESCALATION_THRESHOLDS,
) {
  const moss = createMossService(db);
  registerMissionRoutes(
    app,
    createMissionService(db, (actor, countryId) => moss.countryRate(actor, countryId), escalation),
  );
  registerChecklistRoutes(app, createChecklistService(db));

  app.get('/api/moss/catalogue', {
    schema: {
      tags,
      summary: 'The default MOSS and residential security catalogue',
      response: { 200: z.object({ items: z.array(MossMeasure) }) },
    },
    handler: async (req) => {
      actorOf(req);
      return { items: moss.catalogue() };
    },
  });

  app.get('/api/countries/:id/moss', {
    schema: {
      tags,
      summary: 'The catalogue with what the SMT/DO adopted in this country',
      params: IdParams,
      response: { 200: MossAdoptionList },
    },
    handler: async (req) => moss.adoptions(actorOf(req), req.params.id),
  });

  app.put('/api/countries/:id/moss', {
    schema: {
      tags,
      summary: 'Adopt MOSS measures for a country (DO, DO a.i., SMT)',
      params: IdParams,
      body: AdoptBody,
      response: { 200: MossAdoptionList },
    },
    handler: async (req) => moss.adopt(actorOf(req), req.params.id, req.body),
  });

  app.get('/api/countries/:id/moss/status', {
    schema: {
      tags,
      summary:
        'Status of every adopted measure per duty station and organization: filtered by area, duty station, organization, MOSS area and status; paged',
      params: IdParams,
      querystring: StatusQuery,
      response: { 200: MossStatusPage },
    },
    handler: async (req) => moss.statuses(actorOf(req), req.params.id, req.query),
  });

  app.post('/api/moss/status/bulk', {
    schema: {
      tags,
      summary:
        'Report one status for many rows (duty station × organization × measure) at once: all or nothing, each row audited',
      body: BulkStatusBody,
      response: { 200: z.object({ updated: z.number() }) },
    },
    handler: async (req) => moss.setStatuses(actorOf(req), req.body),
  });

  app.put('/api/moss/status', {
    schema: {
      tags,
      summary: 'Report the implementation of a measure at a duty station for an organization',
      body: StatusBody,
      response: { 200: MossStatus },
    },
    handler: async (req) => moss.setStatus(actorOf(req), req.body),
  });

  app.get('/api/countries/:id/moss/compliance', {
    schema: {
      tags,
      summary: 'MOSS compliance rate per duty station, organization and for the country',
      params: IdParams,
      response: { 200: Compliance },
    },
    handler: async (req) => moss.compliance(actorOf(req), req.params.id),
  });
}
