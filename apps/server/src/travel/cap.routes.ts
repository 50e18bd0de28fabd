import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import { advisoryAlert, countryAdvisoryFeed } from './cap.service.ts';

/**
 * Travel advisories as CAP 1.2 (README "Travel advisories as CAP 1.2"): one `<alert>` per
 * advisory and an Atom feed per country. Advisories are for every signed-in user, so both only
 * require a session or an API token (feed readers use `Authorization: Bearer`).
 */
export function registerCapRoutes(app: App, db: Db) {
  const base = (req: { protocol: string; host: string }) => `${req.protocol}://${req.host}`;
  const sender = (req: { hostname: string }) =>
    `fieldsafe@${req.hostname.replace(/[^A-Za-z0-9.-]/g, '') || 'localhost'}`;

  app.get('/api/advisories/:id.cap', {
    schema: {
      tags: ['travel'],
      summary: 'A travel advisory as an OASIS CAP 1.2 alert (application/cap+xml)',
      params: IdParams,
    },
    handler: async (req, reply) => {
      actorOf(req);
      const alert = await advisoryAlert(db, req.params.id, {
        sender: sender(req),
        web: `${base(req)}/travel`,
      });
      return reply.header('content-type', 'application/cap+xml; charset=utf-8').send(alert);
    },
  });

  app.get('/api/countries/:country/advisories.cap', {
    schema: {
      tags: ['travel'],
      summary:
        'Atom feed of a country’s advisories in force or coming; each entry links to its CAP 1.2 alert',
      params: z.object({
        country: z
          .string()
          .trim()
          .regex(
            /^([A-Za-z0-9]{2,12}|[0-9a-fA-F-]{36})$/,
            'must be a country id or ISO alpha-2 code',
          ),
      }),
    },
    handler: async (req, reply) => {
      // The feed's title in the language of the user (or API token owner) reading it.
      const { locale } = actorOf(req);
      const feed = await countryAdvisoryFeed(db, locale, req.params.country, base(req));
      return reply.header('content-type', 'application/atom+xml; charset=utf-8').send(feed);
    },
  });
}
