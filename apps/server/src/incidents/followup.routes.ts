import { z } from 'zod';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  AnnualReview,
  AnnualReviewQuery,
  Driver,
  DriverBody,
  Lesson,
  LessonBody,
  LessonPatch,
  PenaltyRules,
  PenaltyRulesBody,
  Review,
  ReviewBody,
  ReviewPatch,
  Vehicle,
  VehicleBody,
  ViolationBody,
} from './followup.schema.ts';
import type { FollowupService } from './followup.service.ts';
import type { RoadRulesService } from './road-rules.service.ts';

const tags = ['incidents'];
const CountryQuery = z.object({ countryId: z.uuid('must be a UUID') });

export function registerFollowupRoutes(app: App, f: FollowupService, rules: RoadRulesService) {
  app.get('/api/incidents/annual-review', {
    schema: {
      tags,
      summary:
        'Major incidents of a year with their investigation, after-action report and open lessons',
      querystring: AnnualReviewQuery,
      response: { 200: AnnualReview },
    },
    handler: async (req) => f.annualReview(actorOf(req), req.query),
  });
  app.get('/api/incidents/:id/reviews', {
    schema: {
      tags,
      summary: 'Investigations and after-action reports of an incident, with lessons',
      params: IdParams,
      response: { 200: z.object({ items: z.array(Review) }) },
    },
    handler: async (req) => ({ items: await f.reviews(actorOf(req), req.params.id) }),
  });
  app.post('/api/incidents/:id/reviews', {
    schema: {
      tags,
      summary: 'Open an investigation or after-action report',
      params: IdParams,
      body: ReviewBody,
      response: { 201: Review },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await f.openReview(actorOf(req), req.params.id, req.body)),
  });
  app.patch('/api/incident-reviews/:id', {
    schema: {
      tags,
      summary: 'Record findings or complete a review',
      params: IdParams,
      body: ReviewPatch,
      response: { 200: Review },
    },
    handler: async (req) => f.updateReview(actorOf(req), req.params.id, req.body),
  });
  app.post('/api/incident-reviews/:id/lessons', {
    schema: {
      tags,
      summary: 'Add a lesson learned (a recommendation with owner and due date)',
      params: IdParams,
      body: LessonBody,
      response: { 201: Lesson },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await f.addLesson(actorOf(req), req.params.id, req.body)),
  });
  app.patch('/api/lessons/:id', {
    schema: {
      tags,
      summary: 'Track a lesson to implementation (evidence required)',
      params: IdParams,
      body: LessonPatch,
      response: { 200: Lesson },
    },
    handler: async (req) => f.updateLesson(actorOf(req), req.params.id, req.body),
  });
  app.get('/api/vehicles', {
    schema: {
      tags: ['road-safety'],
      summary: 'UN vehicles of a country and their safety equipment',
      querystring: CountryQuery,
      response: { 200: z.object({ items: z.array(Vehicle) }) },
    },
    handler: async (req) => ({ items: await f.vehicles(actorOf(req), req.query.countryId) }),
  });
  app.post('/api/vehicles', {
    schema: {
      tags: ['road-safety'],
      summary: 'Register a vehicle',
      body: VehicleBody,
      response: { 201: Vehicle },
    },
    handler: async (req, reply) => reply.code(201).send(await f.addVehicle(actorOf(req), req.body)),
  });
  app.get('/api/drivers', {
    schema: {
      tags: ['road-safety'],
      summary: 'Drivers of a country, their permission and violations',
      querystring: CountryQuery,
      response: { 200: z.object({ items: z.array(Driver) }) },
    },
    handler: async (req) => ({ items: await f.drivers(actorOf(req), req.query.countryId) }),
  });
  app.post('/api/drivers', {
    schema: {
      tags: ['road-safety'],
      summary: 'Register a staff member as a driver',
      body: DriverBody,
      response: { 201: Driver },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await f.addDriver(actorOf(req), req.body.personId)),
  });
  app.post('/api/drivers/:id/violations', {
    schema: {
      tags: ['road-safety'],
      summary:
        'Record a violation; revokes the permission to drive when the road-safety rules require it',
      params: IdParams,
      body: ViolationBody,
      response: { 201: Driver.omit({ personName: true }) },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await f.addViolation(actorOf(req), req.params.id, req.body)),
  });
  app.get('/api/countries/:id/road-safety-rules', {
    schema: {
      tags: ['road-safety'],
      summary:
        "The country's road-safety penalty rules (default: driving under the influence revokes)",
      params: IdParams,
      response: { 200: PenaltyRules },
    },
    handler: async (req) => rules.get(actorOf(req), req.params.id),
  });
  app.put('/api/countries/:id/road-safety-rules', {
    schema: {
      tags: ['road-safety'],
      summary: "Set the country's road-safety penalty rules [003 ¶46–47]",
      params: IdParams,
      body: PenaltyRulesBody,
      response: { 200: PenaltyRules },
    },
    handler: async (req) => rules.set(actorOf(req), req.params.id, req.body.rules),
  });
}
