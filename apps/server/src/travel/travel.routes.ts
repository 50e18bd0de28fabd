import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import type { AdvisoryService } from './advisory.service.ts';
import {
  Advisory,
  AdvisoryBody,
  AdvisoryList,
  AdvisoryQuery,
  CeilingBody,
  CeilingQuery,
  DecisionBody,
  FilableTravellerList,
  Headcount,
  HeadcountQuery,
  StaffCeiling,
  StaffCeilingList,
  TravelListQuery,
  TravelRequest,
  TravelRequestBody,
  TravelRequestList,
  TravellersQuery,
  Whereabouts,
  WhereaboutsParams,
} from './travel.schema.ts';
import type { TravelService } from './travel.service.ts';

const tags = ['travel'];

export function registerTravelRoutes(app: App, travel: TravelService, advisories: AdvisoryService) {
  app.post('/api/travel/requests', {
    schema: {
      tags,
      summary: 'Request security clearance for an itinerary; evaluated at once',
      body: TravelRequestBody,
      response: { 201: TravelRequest },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await travel.create(actorOf(req), req.body)),
  });

  app.get('/api/travel/requests', {
    schema: {
      tags,
      summary: 'My requests, my approval queue, or every request in my scope',
      querystring: TravelListQuery,
      response: { 200: TravelRequestList },
    },
    handler: async (req) => travel.list(actorOf(req), req.query),
  });

  app.get('/api/travel/travellers', {
    schema: {
      tags,
      summary:
        'People I may request clearance for besides myself: my dependants, my organization’s personnel where I file for it',
      querystring: TravellersQuery,
      response: { 200: FilableTravellerList },
    },
    handler: async (req) => travel.travellers(actorOf(req), req.query.q),
  });

  app.get('/api/travel/requests/:id', {
    schema: {
      tags,
      summary: 'One request and its written clearance',
      params: IdParams,
      response: { 200: TravelRequest },
    },
    handler: async (req) => travel.get(actorOf(req), req.params.id),
  });

  app.post('/api/travel/requests/:id/decision', {
    schema: {
      tags,
      summary: 'Approve or refuse the legs I am the approver of',
      params: IdParams,
      body: DecisionBody,
      response: { 200: TravelRequest },
    },
    handler: async (req) => travel.decide(actorOf(req), req.params.id, req.body),
  });

  app.post('/api/travel/requests/:id/cancel', {
    schema: {
      tags,
      summary: 'Cancel my request',
      params: IdParams,
      response: { 200: TravelRequest },
    },
    handler: async (req) => travel.cancel(actorOf(req), req.params.id),
  });

  app.get('/api/travel/people/:id/whereabouts', {
    schema: {
      tags,
      summary: 'A traveller’s current and planned whereabouts',
      params: WhereaboutsParams,
      response: { 200: Whereabouts },
    },
    handler: async (req) => travel.whereabouts(actorOf(req), req.params.id),
  });

  app.get('/api/travel/headcount', {
    schema: {
      tags,
      summary: 'Headcount at a location on a date',
      querystring: HeadcountQuery,
      response: { 200: Headcount },
    },
    handler: async (req) => travel.headcount(actorOf(req), req.query.locationId, req.query.date),
  });

  app.get('/api/travel/ceilings', {
    schema: {
      tags,
      summary:
        'Staff ceilings of the duty stations and areas of a country (the same ceilings the security risk assessments show)',
      querystring: CeilingQuery,
      response: { 200: StaffCeilingList },
    },
    handler: async (req) => travel.ceilings(actorOf(req), req.query.countryId),
  });

  app.delete('/api/travel/ceilings/:id', {
    schema: {
      tags,
      summary: 'Lift the staff ceiling of a duty station or area',
      params: IdParams,
    },
    handler: async (req, reply) => {
      await travel.liftCeiling(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  });

  app.put('/api/travel/ceilings/:id', {
    schema: {
      tags,
      summary:
        'Set the staff ceiling of a duty station or area (shown on its security risk assessment too)',
      params: IdParams,
      body: CeilingBody,
      response: { 200: StaffCeiling },
    },
    handler: async (req) => travel.setCeiling(actorOf(req), req.params.id, req.body),
  });

  app.get('/api/travel/advisories', {
    schema: {
      tags,
      summary: 'Travel advisories in force',
      querystring: AdvisoryQuery,
      response: { 200: AdvisoryList },
    },
    handler: async (req) => advisories.list(actorOf(req), req.query),
  });

  app.post('/api/travel/advisories', {
    schema: {
      tags,
      summary: 'Issue a travel advisory; travellers there or bound there are notified',
      body: AdvisoryBody,
      response: { 201: Advisory },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await advisories.issue(actorOf(req), req.body)),
  });
}
