import { z } from 'zod';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams, paged } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import type { PeopleService } from './people.service.ts';
import {
  MaipBody,
  Person,
  PersonBody,
  PersonListQuery,
  PersonPatch,
  WhereaboutsBody,
} from './people.schema.ts';

const tags = ['personnel'];

export function registerPeopleRoutes(app: App, people: PeopleService) {
  app.get('/api/people', {
    schema: {
      tags,
      summary: 'Personnel, dependants and visitors in my scope: search, filter, page',
      querystring: PersonListQuery,
      response: { 200: paged(Person) },
    },
    handler: async (req) => {
      const { items, total } = await people.list(actorOf(req), req.query);
      return { items, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  });

  app.get('/api/people/:id', {
    schema: { tags, summary: 'One person', params: IdParams, response: { 200: Person } },
    handler: async (req) => people.get(actorOf(req), req.params.id),
  });

  app.post('/api/people', {
    schema: {
      tags,
      summary: 'Add a staff member, dependant or visitor',
      body: PersonBody,
      response: { 201: Person },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await people.create(actorOf(req), req.body)),
  });

  app.patch('/api/people/:id', {
    schema: {
      tags,
      summary: 'Change a person’s record',
      params: IdParams,
      body: PersonPatch,
      response: { 200: Person },
    },
    handler: async (req) => people.update(actorOf(req), req.params.id, req.body),
  });

  app.put('/api/people/:id/whereabouts', {
    schema: {
      tags,
      summary: 'Record where a person is now (country and area)',
      params: IdParams,
      body: WhereaboutsBody,
      response: { 200: Person },
    },
    handler: async (req) => people.setWhereabouts(actorOf(req), req.params.id, req.body),
  });

  app.put('/api/people/:id/maip', {
    schema: {
      tags,
      summary:
        'Record a person’s malicious-acts insurance coverage (valid until), checked by every clearance',
      params: IdParams,
      body: MaipBody,
      response: { 200: Person },
    },
    handler: async (req) => people.setMaip(actorOf(req), req.params.id, req.body),
  });

  app.post('/api/countries/:id/personnel-lists/:organizationId/confirm', {
    schema: {
      tags,
      summary: 'Confirm that an organization’s personnel list in a country is current',
      params: z.object({ id: z.uuid('must be a UUID'), organizationId: z.uuid('must be a UUID') }),
      response: { 201: z.object({ id: z.string(), confirmedAt: z.date() }) },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(await people.confirmList(actorOf(req), req.params.id, req.params.organizationId)),
  });
}
