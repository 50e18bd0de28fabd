import { toCsv } from '../common/csv.ts';
import { actorOf } from '../http/auth-hooks.ts';
import type { App } from '../http/types.ts';
import { Appraisal, AppraisalQuery, IdParams } from './appraisal.schema.ts';
import { APPRAISAL_CSV_HEADER, type AppraisalService } from './appraisal.service.ts';

const tags = ['accountability'];

export function registerAppraisalRoutes(app: App, appraisals: AppraisalService) {
  app.get('/api/countries/:id/appraisal', {
    schema: {
      tags,
      summary:
        'Security duties for the performance appraisal: per appointment holder in the country, the year’s measured indicators of their duties (DO for their country; headquarters for their organization)',
      params: IdParams,
      querystring: AppraisalQuery,
      response: { 200: Appraisal },
    },
    handler: async (req) => appraisals.forYear(actorOf(req), req.params.id, req.query.year),
  });

  app.get('/api/countries/:id/appraisal.csv', {
    schema: {
      tags,
      summary: 'The same appraisal indicators as CSV (one line per holder and indicator)',
      params: IdParams,
      querystring: AppraisalQuery,
    },
    handler: async (req, reply) => {
      const a = await appraisals.forYear(actorOf(req), req.params.id, req.query.year);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="appraisal-${a.year}.csv"`)
        .send(toCsv([APPRAISAL_CSV_HEADER, ...appraisals.csvRows(a)]));
    },
  });
}
