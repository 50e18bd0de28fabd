import type { Db } from '../db/client.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  CountryPartners,
  Partner,
  PartnerBody,
  PartnerFeed,
  PartnerPatch,
} from './partners.schema.ts';
import { createPartnerService } from './partners.service.ts';

const tags = ['governance'];

/** "Saving Lives Together" partners and what each is given [002 ¶4, 003 ¶140]. */
export function registerPartnerRoutes(app: App, db: Db) {
  const partners = createPartnerService(db);

  app.get('/api/countries/:id/slt-partners', {
    schema: {
      tags,
      summary: 'The SLT partners of a country, their MoU and flags (DO or CSA)',
      params: IdParams,
      response: { 200: CountryPartners },
    },
    handler: async (req) => partners.list(actorOf(req), req.params.id),
  });

  app.post('/api/countries/:id/slt-partners', {
    schema: {
      tags,
      summary: 'Record an SLT partner with its MoU and what it is given (DO or CSA)',
      params: IdParams,
      body: PartnerBody,
      response: { 201: Partner },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await partners.create(actorOf(req), req.params.id, req.body)),
  });

  app.patch('/api/slt-partners/:id', {
    schema: {
      tags,
      summary: 'Change an SLT partner: MoU dates, contact, shared kinds (DO or CSA)',
      params: IdParams,
      body: PartnerPatch,
      response: { 200: Partner },
    },
    handler: async (req) => partners.update(actorOf(req), req.params.id, req.body),
  });

  app.get('/api/slt-partners/:id/feed', {
    schema: {
      tags,
      summary: 'What the partner is given today (nothing while its MoU is not in force)',
      params: IdParams,
      response: { 200: PartnerFeed },
    },
    handler: async (req) => partners.feed(actorOf(req), req.params.id),
  });
}
