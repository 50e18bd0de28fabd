import { z } from 'zod';
import { countryReport } from '../access/country-report.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams, paged } from '../http/common.schema.ts';
import { DomainError } from '../http/errors.ts';
import type { App } from '../http/types.ts';
import { readUpload, registerUploadRoutes, uploadForm } from '../http/upload.ts';
import type { Db } from '../db/client.ts';
import {
  exportIncidentsCsv,
  exportIncidentsGeoJson,
  importIncidents,
  INCIDENT_COLUMNS,
} from './incident.exchange.ts';
import {
  Incident,
  IncidentBody,
  IncidentCorrection,
  IncidentDetail,
  IncidentListQuery,
  IncidentTransition,
  Statistics,
  StatisticsQuery,
} from './incident.schema.ts';
import type { IncidentService } from './incident.service.ts';
import { DocumentMeta } from '../registry/appointments.schema.ts';

const tags = ['incidents'];
const ExportQuery = IncidentListQuery.pick({ countryId: true, category: true });

export function registerIncidentRoutes(app: App, incidents: IncidentService, db: Db) {
  app.get('/api/incidents', {
    schema: {
      tags,
      summary: 'Incidents I may see (scope and classification), newest first',
      querystring: IncidentListQuery,
      response: { 200: paged(Incident) },
    },
    handler: async (req) => ({
      ...(await incidents.list(actorOf(req), req.query)),
      page: req.query.page,
      pageSize: req.query.pageSize,
    }),
  });
  app.get('/api/incidents/statistics', {
    preHandler: countryReport('incident.read'),
    schema: {
      tags,
      summary: 'Category × year table (personnel affected or incidents); totals are sums of cells',
      querystring: StatisticsQuery,
      response: { 200: Statistics },
    },
    handler: async (req) => incidents.statistics(actorOf(req), req.query),
  });
  app.get('/api/incidents/export.csv', {
    preHandler: countryReport('incident.read'),
    schema: { tags, summary: 'Export incidents as CSV', querystring: ExportQuery },
    handler: async (req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="incidents.csv"')
        .send(await exportIncidentsCsv(db, actorOf(req), req.query)),
  });
  app.get('/api/incidents/export.geojson', {
    preHandler: countryReport('incident.read'),
    schema: { tags, summary: 'Export incidents as RFC 7946 GeoJSON', querystring: ExportQuery },
    handler: async (req, reply) =>
      reply
        .header('content-type', 'application/geo+json')
        .send(JSON.stringify(await exportIncidentsGeoJson(db, actorOf(req), req.query))),
  });
  app.post('/api/incidents/import', {
    bodyLimit: 50 * 1024 * 1024,
    schema: {
      tags,
      summary: `Import incidents from CSV (Content-Type text/csv). Columns: ${INCIDENT_COLUMNS.join(', ')}. Every row or none.`,
      querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
      body: z.string('must be the CSV text (Content-Type: text/csv)'),
      response: {
        200: z.object({
          rows: z.number(),
          imported: z.number(),
          dryRun: z.boolean(),
          errors: z.array(z.object({ line: z.number(), field: z.string(), message: z.string() })),
        }),
      },
    },
    handler: async (req) => {
      const result = await importIncidents(db, actorOf(req), req.body, req.query.dryRun === 'true');
      if (!result.dryRun && result.errors.length) {
        const first = result.errors[0];
        throw new DomainError(
          'validation_error',
          `${result.errors.length} error(s); nothing was imported. First: line ${first?.line}, ${first?.field}: ${first?.message}`,
          result.errors.map((e) => ({ path: `line ${e.line}.${e.field}`, message: e.message })),
        );
      }
      return result;
    },
  });
  app.get('/api/incidents/:id', {
    schema: {
      tags,
      summary: 'One incident with affected people and its correction history',
      params: IdParams,
      response: { 200: IncidentDetail },
    },
    handler: async (req) => incidents.get(actorOf(req), req.params.id),
  });
  app.post('/api/incidents', {
    config: { changesNoSessions: true },
    schema: {
      tags,
      summary:
        'Report an incident (or save a draft). A retry with the same clientRef returns the first report (200).',
      body: IncidentBody,
      response: { 200: Incident, 201: Incident },
    },
    handler: async (req, reply) => {
      const { created, incident } = await incidents.report(actorOf(req), req.body);
      return reply.code(created ? 201 : 200).send(incident);
    },
  });
  registerUploadRoutes(app, (form) =>
    form.post('/api/incidents/:id/attachments', {
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Attach a file to an incident as multipart/form-data: `file` (PDF, PNG, JPEG or text, 5 MB at most); download with GET /api/documents/:id',
        consumes: ['multipart/form-data'],
        params: IdParams,
        body: uploadForm({}),
        response: { 201: DocumentMeta },
      },
      handler: async (req, reply) => {
        const upload = await readUpload(req, []);
        return reply.code(201).send(await incidents.attach(actorOf(req), req.params.id, upload));
      },
    }),
  );
  app.patch('/api/incidents/:id', {
    schema: {
      tags,
      summary: 'Correct an incident (the earlier version is kept, with the reason)',
      params: IdParams,
      body: IncidentCorrection,
      response: { 200: Incident },
    },
    handler: async (req) => incidents.correct(actorOf(req), req.params.id, req.body),
  });
  app.post('/api/incidents/:id/status', {
    schema: {
      tags,
      summary: 'Submit a draft, verify or close an incident',
      params: IdParams,
      body: IncidentTransition,
      response: { 200: Incident },
    },
    handler: async (req) =>
      incidents.transition(actorOf(req), req.params.id, req.body.status, req.body.comment),
  });
}
