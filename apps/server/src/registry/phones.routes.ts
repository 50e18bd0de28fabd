import { and, asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { people, phoneIssues } from '../db/schema/index.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { PageQuery, paged } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import { peopleScope } from './people.queries.ts';

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
    handler: async (req) => {
      const actor = actorOf(req);
      const { page, pageSize } = req.query;
      const where = and(eq(people.phone, phoneIssues.phone), peopleScope(actor, 'personnel.write'));
      const [items, [total]] = await Promise.all([
        db
          .select({
            personId: phoneIssues.personId,
            givenName: people.givenName,
            familyName: people.familyName,
            phone: phoneIssues.phone,
            reason: phoneIssues.reason,
            foundAt: phoneIssues.foundAt,
          })
          .from(phoneIssues)
          .innerJoin(people, eq(people.id, phoneIssues.personId))
          .where(where)
          .orderBy(asc(people.familyName), asc(people.givenName), asc(people.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db
          .select({ n: count() })
          .from(phoneIssues)
          .innerJoin(people, eq(people.id, phoneIssues.personId))
          .where(where),
      ]);
      return { items, total: total?.n ?? 0, page, pageSize };
    },
  });
}
