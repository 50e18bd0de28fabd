import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { PageQuery, paged } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import { phoneIssuesOf } from './phones.ts';

const PhoneIssue = z
  .object({
    personId: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    phone: z.string(),
    reason: z.string(),
    foundAt: z.date(),
  })
  .meta({ id: 'PhoneIssue' });

/**
 * `GET /api/people/phone-issues`: the stored numbers that could not be read as E.164 (migration
 * 0041 and the start-up pass), of the people the caller may edit, paged. A number corrected on the
 * person (the form normalises it) leaves the list.
 */
export function registerPhoneIssueRoutes(app: App, db: Db) {
  app.get('/api/people/phone-issues', {
    schema: {
      tags: ['personnel'],
      summary:
        'Phone numbers that could not be read as E.164, of the people I may edit, to correct (paged)',
      querystring: PageQuery,
      response: { 200: paged(PhoneIssue) },
    },
    handler: async (req) => phoneIssuesOf(db, actorOf(req), req.query.page, req.query.pageSize),
  });
}
