import { z } from 'zod';
import { countryReport } from '../access/country-report.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams, paged } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  EvidenceBody,
  ImplementationRates,
  Recommendation,
  RecommendationBody,
  RecommendationListQuery,
  RecommendationPatch,
  RecommendationSummary,
} from './recommendations.schema.ts';
import type { RecommendationService } from './recommendations.service.ts';

const tags = ['governance'];

export function registerRecommendationRoutes(app: App, recs: RecommendationService) {
  app.get('/api/recommendations', {
    schema: {
      tags,
      summary:
        'Recommendations (IASMN, HLCM, CEB, JIU, compliance missions) I may see; overdue=true lists the overdue ones',
      querystring: RecommendationListQuery,
      response: { 200: paged(RecommendationSummary) },
    },
    handler: async (req) => {
      const { items, total } = await recs.list(actorOf(req), req.query);
      return { items, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  });

  app.get('/api/recommendations/implementation-rate', {
    preHandler: countryReport('recommendation.read'),
    schema: {
      tags,
      summary: 'Implementation rate per body and per addressed organization',
      querystring: z.object({ countryId: z.uuid('must be a UUID').optional() }),
      response: { 200: ImplementationRates },
    },
    handler: async (req) => recs.rates(actorOf(req), req.query.countryId),
  });

  app.get('/api/recommendations/:id', {
    schema: {
      tags,
      summary: 'One recommendation with its status history and evidence',
      params: IdParams,
      response: { 200: Recommendation },
    },
    handler: async (req) => recs.get(actorOf(req), req.params.id),
  });

  app.post('/api/recommendations', {
    schema: {
      tags,
      summary: 'Record a recommendation',
      body: RecommendationBody,
      response: { 201: Recommendation },
    },
    handler: async (req, reply) => reply.code(201).send(await recs.create(actorOf(req), req.body)),
  });

  app.patch('/api/recommendations/:id', {
    schema: {
      tags,
      summary: 'Change a recommendation; a status change is kept in its history',
      params: IdParams,
      body: RecommendationPatch,
      response: { 200: Recommendation },
    },
    handler: async (req) => recs.update(actorOf(req), req.params.id, req.body),
  });

  app.post('/api/recommendations/:id/evidence', {
    schema: {
      tags,
      summary:
        'Add evidence of implementation: a text, a link or a document uploaded with POST /api/documents',
      params: IdParams,
      body: EvidenceBody,
      response: { 201: Recommendation },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await recs.addEvidence(actorOf(req), req.params.id, req.body)),
  });
}
