import { z } from 'zod';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import { invalid } from '../http/errors.ts';
import type { App } from '../http/types.ts';
import { readUpload, registerUploadRoutes } from '../http/upload.ts';
import {
  AdInterimConfirmationBody,
  Appointment,
  AppointmentBody,
  AppointmentListQuery,
  AppointmentPatch,
  DocumentForm,
  DocumentMeta,
} from './appointments.schema.ts';
import type { AppointmentService } from './appointments.service.ts';

const tags = ['appointments'];

export function registerAppointmentRoutes(app: App, appointments: AppointmentService) {
  app.get('/api/appointments', {
    schema: {
      tags,
      summary: 'Appointments I may see (active by default)',
      querystring: AppointmentListQuery,
      response: { 200: z.object({ items: z.array(Appointment) }) },
    },
    handler: async (req) => ({ items: await appointments.list(actorOf(req), req.query) }),
  });
  app.get('/api/appointments/:id', {
    schema: { tags, summary: 'One appointment', params: IdParams, response: { 200: Appointment } },
    handler: async (req) => appointments.get(actorOf(req), req.params.id),
  });
  app.post('/api/appointments', {
    schema: {
      tags,
      summary: 'Appoint a person to a Framework role (in writing)',
      body: AppointmentBody,
      response: { 201: Appointment },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await appointments.create(actorOf(req), req.body)),
  });
  app.patch('/api/appointments/:id', {
    schema: {
      tags,
      summary: 'Change or end an appointment',
      params: IdParams,
      body: AppointmentPatch,
      response: { 200: Appointment },
    },
    handler: async (req) => appointments.update(actorOf(req), req.params.id, req.body),
  });
  app.post('/api/appointments/:id/ad-interim-confirmation', {
    schema: {
      tags,
      summary:
        'The DO confirms in writing a single-agency security officer acting as CSA/SA ad interim: when, the reference [002 Annex B ¶24]',
      params: IdParams,
      body: AdInterimConfirmationBody,
      response: { 200: Appointment },
    },
    handler: async (req) => appointments.confirmAdInterim(actorOf(req), req.params.id, req.body),
  });
  registerUploadRoutes(app, (form) =>
    form.post('/api/documents', {
      schema: {
        tags,
        summary:
          'Upload a document (e.g. a letter of appointment) as multipart/form-data: `file` (PDF, PNG, JPEG or text, 5 MB at most) and optionally `countryId`',
        consumes: ['multipart/form-data'],
        body: DocumentForm,
        response: { 201: DocumentMeta },
      },
      bodyLimit: 6 * 1024 * 1024,
      handler: async (req, reply) => {
        const upload = await readUpload(req, ['countryId']);
        const countryId = upload.fields.countryId || null;
        if (countryId !== null && !z.uuid().safeParse(countryId).success)
          throw invalid('countryId', 'must be a UUID');
        return reply
          .code(201)
          .send(await appointments.uploadDocument(actorOf(req), { ...upload, countryId }));
      },
    }),
  );
  app.get('/api/documents/:id', {
    schema: { tags, summary: 'Download a document', params: IdParams },
    handler: async (req, reply) => {
      const doc = await appointments.document(actorOf(req), req.params.id);
      return reply
        .header('content-type', doc.mediaType)
        .header(
          'content-disposition',
          `attachment; filename="${doc.filename.replace(/[^\w.-]/g, '_')}"`,
        )
        .send(Buffer.from(doc.content, 'base64'));
    },
  });
}
