import { INDICATOR_CSV_HEADER, indicatorCsvRows } from '@fieldsafe/core';
import { countryReport } from '../access/country-report.ts';
import { z } from 'zod';
import { toCsv } from '../common/csv.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import { DomainError } from '../http/errors.ts';
import type { App } from '../http/types.ts';
import { CERTIFICATE_COLUMNS, type CertificateImportService } from './import.service.ts';
import {
  Briefing,
  BriefingBody,
  Certificate,
  CertificateBody,
  CertificateImportSummary,
  CountryQuery,
  Course,
  CourseBody,
  CourseList,
  Exemption,
  ExemptionBody,
  ExemptionList,
  ImportQuery,
  IndicatorQuery,
  Mandate,
  MandateBody,
  MandateList,
  PersonTraining,
  TrainingIndicators,
  TrainingReport,
} from './training.schema.ts';
import type { TrainingService } from './training.service.ts';

const tags = ['training'];

export function registerTrainingRoutes(
  app: App,
  training: TrainingService,
  imports: CertificateImportService,
) {
  app.get('/api/training/courses', {
    schema: {
      tags,
      summary: 'The course catalogue: core courses and others',
      response: { 200: CourseList },
    },
    handler: async () => training.courses(),
  });
  app.post('/api/training/courses', {
    schema: {
      tags,
      summary: 'Add a course (system administrators)',
      body: CourseBody,
      response: { 201: Course },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await training.addCourse(actorOf(req), req.body)),
  });
  app.get('/api/training/people/:id', {
    schema: {
      tags,
      summary: 'A person’s certificates, exemptions and briefings',
      params: IdParams,
      response: { 200: PersonTraining },
    },
    handler: async (req) => training.ofPerson(actorOf(req), req.params.id),
  });
  app.post('/api/training/certificates', {
    schema: {
      tags,
      summary: 'Record a certificate',
      body: CertificateBody,
      response: { 201: Certificate },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await training.addCertificate(actorOf(req), req.body)),
  });
  app.post('/api/training/certificates/import', {
    bodyLimit: 30 * 1024 * 1024,
    schema: {
      tags,
      summary: `Import certificates from a learning-system export (CSV). Columns: ${CERTIFICATE_COLUMNS.join(', ')}. dryRun=true previews; otherwise all rows are written or none.`,
      querystring: ImportQuery,
      body: z.string('must be the CSV text (Content-Type: text/csv)'),
      response: { 200: CertificateImportSummary },
    },
    handler: async (req) => {
      const summary = await imports.importCertificates(
        actorOf(req),
        req.query.countryId,
        req.body,
        req.query.dryRun,
      );
      if (!summary.dryRun && summary.errors.length > 0) {
        const first = summary.errors[0];
        throw new DomainError(
          'validation_error',
          `${summary.errors.length} error(s) in the file; nothing was imported. First: line ${first?.line}, ${first?.field}: ${first?.message}`,
          summary.errors.map((e) => ({ path: `line ${e.line}.${e.field}`, message: e.message })),
        );
      }
      return summary;
    },
  });
  app.get('/api/training/ssafe-mandates', {
    schema: {
      tags,
      summary: 'Where SSAFE is mandatory in a country',
      querystring: CountryQuery,
      response: { 200: MandateList },
    },
    handler: async (req) => training.mandates(actorOf(req), req.query.countryId),
  });
  app.post('/api/training/ssafe-mandates', {
    schema: {
      tags,
      summary: 'Make SSAFE mandatory at a duty station or area (DO)',
      body: MandateBody,
      response: { 201: Mandate },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await training.addMandate(actorOf(req), req.body)),
  });
  app.get('/api/training/ssafe-exemptions', {
    schema: {
      tags,
      summary: 'SSAFE exemptions in force or to come in a country (at most 500, soonest end first)',
      querystring: CountryQuery,
      response: { 200: ExemptionList },
    },
    handler: async (req) => training.exemptions(actorOf(req), req.query.countryId),
  });
  app.post('/api/training/ssafe-exemptions', {
    schema: {
      tags,
      summary: 'Exempt a person from SSAFE at a location (DO)',
      body: ExemptionBody,
      response: { 201: Exemption },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await training.addExemption(actorOf(req), req.body)),
  });
  app.post('/api/training/briefings', {
    schema: {
      tags,
      summary: 'Record an arrival briefing',
      body: BriefingBody,
      response: { 201: Briefing },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await training.addBriefing(actorOf(req), req.body)),
  });
  app.post('/api/training/briefings/:id/acknowledge', {
    schema: {
      tags,
      summary: 'Acknowledge my arrival briefing in writing',
      params: IdParams,
      response: { 200: Briefing },
    },
    handler: async (req) => training.acknowledgeBriefing(actorOf(req), req.params.id),
  });
  app.get('/api/training/report', {
    preHandler: countryReport('training.read'),
    schema: {
      tags,
      summary:
        'Trained personnel per organization in a country; certificates expiring within 90 days',
      querystring: CountryQuery,
      response: { 200: TrainingReport },
    },
    handler: async (req) => training.report(actorOf(req), req.query.countryId),
  });
  app.get('/api/training/indicators', {
    preHandler: countryReport('training.read'),
    schema: {
      tags,
      summary:
        'Core and specialized training indicators by staff type and management level, for a country or (headquarters roles) system-wide',
      querystring: IndicatorQuery,
      response: { 200: TrainingIndicators },
    },
    handler: async (req) => training.indicators(actorOf(req), req.query.countryId),
  });
  app.get('/api/training/indicators.csv', {
    preHandler: countryReport('training.read'),
    schema: {
      tags,
      summary: 'The training indicators as CSV (one line per group)',
      querystring: IndicatorQuery,
    },
    handler: async (req, reply) => {
      const ind = await training.indicators(actorOf(req), req.query.countryId);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="training-indicators-${ind.onDate}.csv"`,
        )
        .send(toCsv([INDICATOR_CSV_HEADER, ...indicatorCsvRows(ind).map((r) => r.map(String))]));
    },
  });
}
