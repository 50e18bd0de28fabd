import type { Db } from '../db/client.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  Activation,
  ActivationBody,
  CountryActivations,
  DelegationBody,
  MyLocation,
} from './location.schema.ts';
import { createLocationService } from './location.service.ts';

const tags = ['crisis'];

/** Precise location under the DO's control [SPEC "Across everything"]. */
export function registerLocationRoutes(app: App, db: Db) {
  const location = createLocationService(db);

  app.get('/api/location/mine', {
    schema: {
      tags,
      summary: 'The precise-location activation in force where I am counted, if any',
      response: { 200: MyLocation },
    },
    handler: async (req) => location.mine(actorOf(req)),
  });

  app.get('/api/countries/:id/location-activations', {
    schema: {
      tags,
      summary: 'A country’s precise-location activations, newest first, and the CSA’s delegation',
      params: IdParams,
      response: { 200: CountryActivations },
    },
    handler: async (req) => location.list(actorOf(req), req.params.id),
  });

  app.post('/api/countries/:id/location-activations', {
    schema: {
      tags,
      summary: 'Activate precise location for an area or the whole country (DO; CSA by delegation)',
      params: IdParams,
      body: ActivationBody,
      response: { 201: Activation },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await location.activate(actorOf(req), req.params.id, req.body)),
  });

  app.post('/api/location-activations/:id/end', {
    schema: {
      tags,
      summary: 'End an activation early: positions it no longer covers are erased',
      params: IdParams,
      response: { 200: Activation },
    },
    handler: async (req) => location.end(actorOf(req), req.params.id),
  });

  app.put('/api/countries/:id/location-delegation', {
    schema: {
      tags,
      summary: 'Delegate activating precise location to the CSA, or take it back (DO)',
      params: IdParams,
      body: DelegationBody,
      response: { 200: CountryActivations },
    },
    handler: async (req) => location.delegate(actorOf(req), req.params.id, req.body.delegated),
  });
}
