import { z } from 'zod';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { Db } from '../db/client.ts';
import type { App } from '../http/types.ts';
import {
  AcceptanceBody,
  Assessment,
  AssessmentBody,
  AssessmentListQuery,
  AssessmentSummary,
  FlagBody,
  HeatMap,
  Register,
  RegisterQuery,
  RiskParams,
  UnassessedLocation,
} from './risk.schema.ts';
import { createRiskService } from './risk.service.ts';
import {
  Sanction,
  SanctionBody,
  SanctionEndBody,
  SecurityLevel,
  SecurityLevelBody,
  SecurityLevelList,
} from './security-levels.schema.ts';
import { createSecurityLevelService } from './security-levels.service.ts';
import { levelsInForce } from './levels-in-force.service.ts';

const tags = ['risk'];

export function registerRiskRoutes(app: App, db: Db) {
  const risk = createRiskService(db);
  const levels = createSecurityLevelService(db);

  app.get('/api/risk/assessments', {
    schema: {
      tags,
      summary: 'Security risk assessments of a country (current ones unless asked otherwise)',
      querystring: AssessmentListQuery,
      response: {
        200: z.object({
          items: z.array(AssessmentSummary),
          abilities: z.object({ canAssess: z.boolean() }),
        }),
      },
    },
    handler: async (req) => risk.list(actorOf(req), req.query),
  });

  app.get('/api/risk/assessments/:id', {
    schema: {
      tags,
      summary: 'One assessment: goals, threats, risks, decisions',
      params: IdParams,
      response: { 200: Assessment },
    },
    handler: async (req) => risk.get(actorOf(req), req.params.id),
  });

  app.get('/api/risk/assessments/:id/versions', {
    schema: {
      tags,
      summary: 'Every version of the assessment of this location, newest first',
      params: IdParams,
      response: { 200: z.object({ items: z.array(AssessmentSummary) }) },
    },
    handler: async (req) => ({ items: await risk.versions(actorOf(req), req.params.id) }),
  });

  app.post('/api/risk/assessments', {
    schema: {
      tags,
      summary: 'Record a new assessment of a location; it supersedes the current one',
      body: AssessmentBody,
      response: { 201: Assessment },
    },
    handler: async (req, reply) => reply.code(201).send(await risk.create(actorOf(req), req.body)),
  });

  app.post('/api/risk/assessments/:id/flag', {
    schema: {
      tags,
      summary: 'Flag an assessment for review, with the reason',
      params: IdParams,
      body: FlagBody,
      response: { 200: Assessment },
    },
    handler: async (req) => risk.flag(actorOf(req), req.params.id, req.body.reason),
  });

  app.post('/api/risk/assessments/:id/risks/:riskId/acceptance', {
    schema: {
      tags,
      summary:
        'Accept a residual risk above the acceptable level (DO or DO a.i.; who, when and why recorded)',
      params: RiskParams,
      body: AcceptanceBody,
      response: { 200: Assessment },
    },
    handler: async (req) => risk.accept(actorOf(req), req.params.id, req.params.riskId, req.body),
  });

  app.get('/api/countries/:id/risk/unassessed', {
    schema: {
      tags,
      summary: 'Areas and duty stations of a country without a current assessment',
      params: IdParams,
      response: { 200: z.object({ items: z.array(UnassessedLocation) }) },
    },
    handler: async (req) => ({ items: await risk.unassessed(actorOf(req), req.params.id) }),
  });

  app.get('/api/countries/:id/risk/heatmap', {
    schema: {
      tags,
      summary: 'Risks per likelihood × impact cell, inherent and residual, of current assessments',
      params: IdParams,
      querystring: RegisterQuery,
      response: { 200: HeatMap },
    },
    handler: async (req) => risk.heatMap(actorOf(req), req.params.id, req.query),
  });

  app.get('/api/countries/:id/risk/register', {
    schema: {
      tags,
      summary: 'Risk register: every risk of the current assessments, most pressing first',
      params: IdParams,
      querystring: RegisterQuery,
      response: { 200: Register },
    },
    handler: async (req) => risk.register(actorOf(req), req.params.id, req.query),
  });

  app.get('/api/countries/:id/security-levels', {
    schema: {
      tags,
      summary: 'Security level decisions of a country and its areas, newest first',
      params: IdParams,
      response: { 200: SecurityLevelList },
    },
    handler: async (req) => levels.list(actorOf(req), req.params.id),
  });

  app.get('/api/countries/:id/security-levels/in-force', {
    schema: {
      tags,
      summary:
        'The security levels in force in a country, one per place (everyone at the duty station)',
      params: IdParams,
      response: {
        200: z.object({
          items: z.array(
            z.object({
              areaId: z.string().nullable(),
              areaName: z.string().nullable(),
              scale: z.string(),
              level: z.string(),
              effectiveFrom: z.string(),
            }),
          ),
        }),
      },
    },
    handler: async (req) => levelsInForce(db, actorOf(req), req.params.id),
  });

  app.post('/api/countries/:id/security-levels', {
    schema: {
      tags,
      summary: 'Record a security level decision; flags the assessments of the place for review',
      params: IdParams,
      body: SecurityLevelBody,
      response: { 201: SecurityLevel },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await levels.record(actorOf(req), req.params.id, req.body)),
  });

  app.get('/api/countries/:id/clearance-sanctions', {
    schema: {
      tags,
      summary: 'Organizations whose staff are denied security clearance in a country',
      params: IdParams,
      response: { 200: z.object({ items: z.array(Sanction) }) },
    },
    handler: async (req) => ({ items: await levels.sanctions(actorOf(req), req.params.id) }),
  });

  app.post('/api/countries/:id/clearance-sanctions', {
    schema: {
      tags,
      summary: 'Place an organization under a clearance sanction in a country',
      params: IdParams,
      body: SanctionBody,
      response: { 201: Sanction },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await levels.sanction(actorOf(req), req.params.id, req.body)),
  });

  app.post('/api/clearance-sanctions/:id/end', {
    schema: {
      tags,
      summary: 'End a clearance sanction',
      params: IdParams,
      body: SanctionEndBody,
      response: { 200: Sanction },
    },
    handler: async (req) => levels.endSanction(actorOf(req), req.params.id, req.body.endsOn),
  });
}
