import { toCsv } from '../common/csv.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams, listWithAbilities } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  AnswersBody,
  Checklist,
  ChecklistBody,
  DefaultChecklist,
  SpotCheck,
  SpotCheckBody,
  SystemRate,
  SystemRateQuery,
} from './checklists.schema.ts';
import { defaultChecklist, type createChecklistService } from './checklists.service.ts';

const tags = ['compliance'];

const RATE_CSV_HEADER = [
  'year',
  'country',
  'country_name',
  'findings_due',
  'closed_on_time',
  'closed',
  'implementation_rate_percent',
] as const;

type Rates = Awaited<ReturnType<ReturnType<typeof createChecklistService>['systemRate']>>;

/**
 * The system-wide rate as CSV for the IASMN: one line per country and year, then one line per
 * year for all countries (`ALL`); the year `all` covers every year.
 */
export function systemRateCsv(r: Rates): string {
  const line = (
    y: { year: number; due: number; closedOnTime: number; closed: number; percent: number | null },
    code: string,
    name: string,
  ) => [
    y.year === 0 ? 'all' : String(y.year),
    code,
    name,
    String(y.due),
    String(y.closedOnTime),
    String(y.closed),
    y.percent === null ? '' : String(y.percent),
  ];
  const rows = [
    ...r.countries.flatMap((c) =>
      [...c.years, ...(c.total ? [c.total] : [])].map((y) => line(y, c.alpha2, c.name)),
    ),
    ...[...r.overall.years, ...(r.overall.total ? [r.overall.total] : [])].map((y) =>
      line(y, 'ALL', ''),
    ),
  ];
  return toCsv([RATE_CSV_HEADER, ...rows], '\r\n');
}

export function registerChecklistRoutes(
  app: App,
  checklists: ReturnType<typeof createChecklistService>,
) {
  app.get('/api/compliance/checklist', {
    schema: {
      tags,
      summary:
        'The default checklist per actor category (duties of the Framework for Accountability), in six languages',
      response: { 200: DefaultChecklist },
    },
    handler: async (req) => {
      actorOf(req);
      return defaultChecklist();
    },
  });

  app.get('/api/compliance-missions/:id/checklists', {
    schema: {
      tags,
      summary:
        'The checklists a mission filled, one per actor met, with their summary, by actor category',
      params: IdParams,
      response: {
        200: listWithAbilities(Checklist),
      },
    },
    handler: async (req) => checklists.ofMission(actorOf(req), req.params.id),
  });

  app.post('/api/compliance-missions/:id/checklists', {
    schema: {
      tags,
      summary: 'Add an actor met by the mission, with the default checklist of their category',
      params: IdParams,
      body: ChecklistBody,
      response: { 201: Checklist },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await checklists.add(actorOf(req), req.params.id, req.body)),
  });

  app.patch('/api/compliance-checklists/:id', {
    schema: {
      tags,
      summary:
        'Answer items of an actor’s checklist: compliant, partly, not compliant or not applicable, with a note (required for a gap) and whether verified on site',
      params: IdParams,
      body: AnswersBody,
      response: { 200: Checklist },
    },
    handler: async (req) => checklists.answer(actorOf(req), req.params.id, req.body.answers),
  });

  app.get('/api/countries/:id/spot-checks', {
    schema: {
      tags,
      summary: 'Unannounced compliance spot checks in a country, newest first',
      params: IdParams,
      response: {
        200: listWithAbilities(SpotCheck),
      },
    },
    handler: async (req) => checklists.spotChecks(actorOf(req), req.params.id),
  });

  app.post('/api/countries/:id/spot-checks', {
    schema: {
      tags,
      summary: 'Record a spot check: date, items checked, result (CSA, DO or headquarters)',
      params: IdParams,
      body: SpotCheckBody,
      response: { 201: SpotCheck },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await checklists.addSpotCheck(actorOf(req), req.params.id, req.body)),
  });

  app.get('/api/compliance/system-rate', {
    schema: {
      tags,
      summary:
        'System-wide implementation rate of compliance recommendations, per country and overall, per year (headquarters roles; 403 otherwise)',
      querystring: SystemRateQuery,
      response: { 200: SystemRate },
    },
    handler: async (req) => checklists.systemRate(actorOf(req), req.query),
  });

  app.get('/api/compliance/system-rate.csv', {
    schema: {
      tags,
      summary:
        'The system-wide implementation rate as CSV for the IASMN (one line per country and year)',
      querystring: SystemRateQuery,
    },
    handler: async (req, reply) => {
      const rates = await checklists.systemRate(actorOf(req), req.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="compliance-implementation-rate-${rates.onDate}.csv"`,
        )
        .send(systemRateCsv(rates));
    },
  });
}
