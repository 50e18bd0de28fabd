import { countryNameIn, LOCALES } from '@fieldsafe/core';
import { z } from 'zod';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams, listWithAbilities } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  CaseBody,
  CaseQuery,
  CloseFindingBody,
  CountryRating,
  FindingBody,
  Mission,
  MissionBody,
  MissionPatch,
  NonComplianceCase,
} from './missions.schema.ts';
import type { createMissionService } from './missions.service.ts';
import { casesHtml } from './report.html.ts';
import { toCsv } from '../common/csv.ts';

const tags = ['compliance'];

const CSV_COLUMNS = ['occurred_on', 'who', 'policy', 'stage', 'action_taken'] as const;

export function casesCsv(
  rows: {
    occurredOn: string;
    who: string;
    policy: string;
    stage: string;
    actionTaken: string | null;
  }[],
): string {
  return toCsv(
    [
      CSV_COLUMNS,
      ...rows.map((r) => [r.occurredOn, r.who, r.policy, r.stage, r.actionTaken ?? '']),
    ],
    '\r\n',
  );
}

export function registerMissionRoutes(app: App, missions: ReturnType<typeof createMissionService>) {
  app.get('/api/countries/:id/compliance-missions', {
    schema: {
      tags,
      summary: 'Compliance missions to a country with their findings, newest first',
      params: IdParams,
      response: {
        200: listWithAbilities(Mission),
      },
    },
    handler: async (req) => missions.list(actorOf(req), req.params.id),
  });

  app.post('/api/countries/:id/compliance-missions', {
    schema: {
      tags,
      summary: 'Record a compliance mission',
      params: IdParams,
      body: MissionBody,
      response: { 201: Mission },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await missions.create(actorOf(req), req.params.id, req.body)),
  });

  app.get('/api/compliance-missions/:id', {
    schema: {
      tags,
      summary: 'One compliance mission',
      params: IdParams,
      response: { 200: Mission },
    },
    handler: async (req) => missions.mission(actorOf(req), req.params.id),
  });

  app.patch('/api/compliance-missions/:id', {
    schema: {
      tags,
      summary:
        'Record the briefing of the DO/SMT, the report to the focal points and the return visit',
      params: IdParams,
      body: MissionPatch,
      response: { 200: Mission },
    },
    handler: async (req) => missions.update(actorOf(req), req.params.id, req.body),
  });

  app.post('/api/compliance-missions/:id/findings', {
    schema: {
      tags,
      summary: 'Add a finding (owner, deadline, severity) to a mission',
      params: IdParams,
      body: FindingBody,
      response: { 201: Mission },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await missions.addFinding(actorOf(req), req.params.id, req.body)),
  });

  app.post('/api/compliance-findings/:id/close', {
    schema: {
      tags,
      summary: 'Close a finding: refused (409) unless verified by evidence or a named verifier',
      params: IdParams,
      body: CloseFindingBody,
      response: { 200: Mission },
    },
    handler: async (req) => missions.closeFinding(actorOf(req), req.params.id, req.body),
  });

  app.get('/api/countries/:id/compliance-rating', {
    schema: {
      tags,
      summary: 'Country compliance rating, escalation of open findings, implementation rate',
      params: IdParams,
      response: { 200: CountryRating },
    },
    handler: async (req) => missions.rating(actorOf(req), req.params.id),
  });

  app.get('/api/countries/:id/non-compliance-cases', {
    schema: {
      tags,
      summary: 'Non-compliance cases of a country (optionally of one year: the yearly report)',
      params: IdParams,
      querystring: CaseQuery,
      response: { 200: z.object({ items: z.array(NonComplianceCase) }) },
    },
    handler: async (req) => ({
      items: await missions.cases(actorOf(req), req.params.id, req.query.year),
    }),
  });

  app.get('/api/countries/:id/non-compliance-report.csv', {
    schema: {
      tags,
      summary: 'Yearly report of non-compliance cases as CSV (one row per case)',
      params: IdParams,
      querystring: z.object({
        year: z.coerce.number().int('must be a year').min(1990).max(2100),
      }),
    },
    handler: async (req, reply) => {
      const rows = await missions.cases(actorOf(req), req.params.id, req.query.year);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="non-compliance-${req.query.year}.csv"`,
        )
        .send(casesCsv(rows));
    },
  });

  app.get('/api/countries/:id/non-compliance-report.html', {
    schema: {
      tags,
      summary:
        'Yearly report of non-compliance cases as print-ready HTML (save as PDF from the browser)',
      params: IdParams,
      querystring: z.object({
        year: z.coerce.number().int('must be a year').min(1990).max(2100),
        /** The report's language; the reader's profile language when absent. */
        lang: z.enum(LOCALES).optional(),
      }),
    },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      const rows = await missions.cases(actor, req.params.id, req.query.year);
      const country = await missions.reportCountry(req.params.id);
      const locale = req.query.lang ?? actor.locale;
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .send(
          casesHtml(locale, country ? countryNameIn(country, locale) : '', req.query.year, rows),
        );
    },
  });

  app.post('/api/countries/:id/non-compliance-cases', {
    schema: {
      tags,
      summary: 'Record a case of non-fulfilment of security responsibilities',
      params: IdParams,
      body: CaseBody,
      response: { 201: NonComplianceCase },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await missions.addCase(actorOf(req), req.params.id, req.body)),
  });
}
