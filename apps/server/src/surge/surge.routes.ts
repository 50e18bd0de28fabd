import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import type { Db } from '../db/client.ts';
import {
  Deployment,
  DeploymentBody,
  DeploymentPatch,
  RequestBody,
  RequestPage,
  RequestPatch,
  RequestQuery,
  RosterBody,
  RosterOfficer,
  RosterPage,
  RosterPatch,
  RosterQuery,
  StatsQuery,
  SurgeRequest,
  SurgeStatistics,
} from './surge.schema.ts';
import { createSurgeService } from './surge.service.ts';

const tags = ['surge'];

/** Surge roster, requests, deployments and statistics (SPEC §7). */
export function registerSurgeRoutes(app: App, db: Db) {
  const surge = createSurgeService(db);

  app.get('/api/surge/roster', {
    schema: {
      tags,
      summary: 'Roster of deployable security officers (status available / deployed / unavailable)',
      querystring: RosterQuery,
      response: { 200: RosterPage },
    },
    handler: async (req) => surge.roster(actorOf(req), req.query),
  });

  app.post('/api/surge/roster', {
    schema: {
      tags,
      summary: 'Put a security officer on the surge roster (headquarters)',
      body: RosterBody,
      response: { 201: RosterOfficer },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await surge.addOfficer(actorOf(req), req.body)),
  });

  app.get('/api/surge/roster/:id', {
    schema: {
      tags,
      summary: 'One roster officer',
      params: IdParams,
      response: { 200: RosterOfficer },
    },
    handler: async (req) => surge.officer(actorOf(req), req.params.id),
  });

  app.patch('/api/surge/roster/:id', {
    schema: {
      tags,
      summary: 'Change a roster officer’s grade, languages or availability (headquarters)',
      params: IdParams,
      body: RosterPatch,
      response: { 200: RosterOfficer },
    },
    handler: async (req) => surge.updateOfficer(actorOf(req), req.params.id, req.body),
  });

  app.get('/api/surge/requests', {
    schema: {
      tags,
      summary: 'Surge requests with their deployments, newest first',
      querystring: RequestQuery,
      response: { 200: RequestPage },
    },
    handler: async (req) => surge.requests(actorOf(req), req.query),
  });

  app.post('/api/surge/requests', {
    schema: {
      tags,
      summary: 'Request surge officers for a country (DO, CSA or headquarters)',
      body: RequestBody,
      response: { 201: SurgeRequest },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await surge.createRequest(actorOf(req), req.body)),
  });

  app.get('/api/surge/requests/:id', {
    schema: {
      tags,
      summary: 'One surge request',
      params: IdParams,
      response: { 200: SurgeRequest },
    },
    handler: async (req) => surge.request(actorOf(req), req.params.id),
  });

  app.patch('/api/surge/requests/:id', {
    schema: {
      tags,
      summary: 'Change, cancel, reopen or (headquarters) close a surge request',
      params: IdParams,
      body: RequestPatch,
      response: { 200: SurgeRequest },
    },
    handler: async (req) => surge.updateRequest(actorOf(req), req.params.id, req.body),
  });

  app.post('/api/surge/requests/:id/deployments', {
    schema: {
      tags,
      summary:
        'Deploy a roster officer on a request (headquarters); 409 when already deployed over overlapping dates',
      params: IdParams,
      body: DeploymentBody,
      response: { 201: Deployment },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await surge.deploy(actorOf(req), req.params.id, req.body)),
  });

  app.patch('/api/surge/deployments/:id', {
    schema: {
      tags,
      summary: 'Record the end date, cost or visa dates of a deployment (headquarters)',
      params: IdParams,
      body: DeploymentPatch,
      response: { 200: Deployment },
    },
    handler: async (req) => surge.updateDeployment(actorOf(req), req.params.id, req.body),
  });

  app.get('/api/surge/statistics', {
    schema: {
      tags,
      summary:
        'Surge statistics by reason for a year: deployments, days, cost, share launched within 24 h, visa delay',
      querystring: StatsQuery,
      response: { 200: SurgeStatistics },
    },
    handler: async (req) => surge.statistics(actorOf(req), req.query),
  });
}
