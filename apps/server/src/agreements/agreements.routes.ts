import type { Db } from '../db/client.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  Agreement,
  AgreementBody,
  AgreementFlagList,
  AgreementPatch,
  CountryAgreements,
} from './agreements.schema.ts';
import { createAgreementService } from './agreements.service.ts';

const tags = ['governance'];

/** Host country agreements with a security annex and a review date (SPEC §1) [003 Rec. 1]. */
export function registerAgreementRoutes(app: App, db: Db) {
  const agreements = createAgreementService(db);

  app.get('/api/host-agreements/flagged', {
    schema: {
      tags,
      summary: 'Agreements I may see whose review is overdue, undated, or without a security annex',
      response: { 200: AgreementFlagList },
    },
    handler: async (req) => agreements.flagged(actorOf(req)),
  });

  app.get('/api/countries/:id/host-agreements', {
    schema: {
      tags,
      summary: 'The host country agreements of a country, with their flags',
      params: IdParams,
      response: { 200: CountryAgreements },
    },
    handler: async (req) => agreements.list(actorOf(req), req.params.id),
  });

  app.post('/api/countries/:id/host-agreements', {
    schema: {
      tags,
      summary: 'Record a host country agreement of an organization (DO or CSA)',
      params: IdParams,
      body: AgreementBody,
      response: { 201: Agreement },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await agreements.create(actorOf(req), req.params.id, req.body)),
  });

  app.patch('/api/host-agreements/:id', {
    schema: {
      tags,
      summary: 'Change an agreement: annex, review date, last review (DO or CSA)',
      params: IdParams,
      body: AgreementPatch,
      response: { 200: Agreement },
    },
    handler: async (req) => agreements.update(actorOf(req), req.params.id, req.body),
  });
}
