import '@fastify/cookie';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RequestActor } from '../access/actor.ts';
import type { SessionCache } from '../auth/session-cache.ts';

/** The Fastify instance with zod schemas as the type provider. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route's writes change no one's session, user, person or roles: its answers leave this
     * process's resolved sessions as they are (a hot write path: incident reports, check-ins).
     * Any other write empties them (see auth/session-cache.ts).
     */
    changesNoSessions?: boolean;
  }
  interface FastifyInstance {
    /** The sessions this process resolved lately (auth/session-cache.ts). */
    sessions: SessionCache;
  }
  interface FastifyRequest {
    actor: RequestActor | null;
    /** Set when the request is authenticated by session cookie (CSRF then applies). */
    sessionCsrf: string | null;
  }
}
