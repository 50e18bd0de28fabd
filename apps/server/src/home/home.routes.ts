import { actorOf } from '../http/auth-hooks.ts';
import type { App } from '../http/types.ts';
import { Home, HomeQuery } from './home.schema.ts';
import type { HomeService } from './home.service.ts';

/** The signed-in person's home: what needs them now. */
export function registerHomeRoutes(app: App, home: HomeService) {
  app.get('/api/home', {
    schema: {
      tags: ['home'],
      summary:
        'What needs the signed-in person now: the sections their appointments and abilities call for',
      querystring: HomeQuery,
      response: { 200: Home },
    },
    handler: async (req) => home.home(actorOf(req), req.query.countryId),
  });
}
