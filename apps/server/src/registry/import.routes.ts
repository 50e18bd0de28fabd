import { z } from 'zod';
import { actorOf } from '../http/auth-hooks.ts';
import type { App } from '../http/types.ts';
import { DomainError } from '../http/errors.ts';
import type { ImportService } from './import.service.ts';
import { IMPORT_COLUMNS } from './import.schema.ts';

const Summary = z
  .object({
    dryRun: z.boolean(),
    rows: z.number(),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    errors: z.array(z.object({ line: z.number(), field: z.string(), message: z.string() })),
    preview: z.array(
      z.object({
        line: z.number(),
        action: z.enum(['create', 'update', 'unchanged']),
        staffId: z.string(),
        name: z.string(),
      }),
    ),
  })
  .meta({ id: 'ImportSummary' });

export function registerImportRoutes(app: App, imports: ImportService) {
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: 30 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  app.post('/api/people/import', {
    bodyLimit: 30 * 1024 * 1024,
    schema: {
      tags: ['personnel'],
      summary: `Import personnel of one country from an HR export (CSV). Columns: ${IMPORT_COLUMNS.join(', ')}. Send the file as the body with Content-Type text/csv. dryRun=true previews; without it, all rows are written or none.`,
      querystring: z.object({
        countryId: z.uuid('must be a UUID'),
        dryRun: z.enum(['true', 'false']).default('false'),
      }),
      body: z.string('must be the CSV text (Content-Type: text/csv)'),
      response: { 200: Summary },
    },
    handler: async (req) => {
      const summary = await imports.importPersonnel(
        actorOf(req),
        req.query.countryId,
        req.body,
        req.query.dryRun === 'true',
      );
      if (!summary.dryRun && summary.errors.length > 0) {
        const details = summary.errors.map((e) => ({
          path: `line ${e.line}.${e.field}`,
          message: e.message,
        }));
        throw new DomainError(
          'validation_error',
          `${summary.errors.length} error(s) in the file; nothing was imported. First: line ${summary.errors[0]?.line}, ${summary.errors[0]?.field}: ${summary.errors[0]?.message}`,
          details,
        );
      }
      return summary;
    },
  });
}
