import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestActor } from '../access/actor.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { SessionCache } from '../auth/session-cache.ts';
import { DomainError } from './errors.ts';

export const SESSION_COOKIE = 'fs_session';
export const CSRF_COOKIE = 'fs_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a session that has not passed its required second factor may still change. */
const OPEN_BEFORE_SECOND_FACTOR = new Set([
  '/api/auth/logout',
  '/api/auth/me/locale',
  '/api/auth/second-factor/totp/setup',
  '/api/auth/second-factor/totp/confirm',
  '/api/auth/second-factor/challenge',
]);

/** Resolves the caller from a bearer token or the session cookie, and enforces CSRF. */
export function authenticate(auth: AuthService) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    req.actor = null;
    req.sessionCsrf = null;
    if (!req.url.startsWith('/api/')) return;
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const actor = match?.[1] ? await auth.fromApiToken(match[1]) : null;
      if (!actor)
        throw new DomainError('unauthenticated', 'The API token is invalid, expired or revoked');
      req.actor = actor;
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await auth.fromSession(cookie);
    if (!session) return;
    req.actor = session.actor;
    req.sessionCsrf = session.csrfToken;
    if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== session.csrfToken) {
      throw new DomainError(
        'forbidden',
        `Missing or wrong ${CSRF_HEADER} header (CSRF protection)`,
      );
    }
    const state = session.actor.session?.secondFactor;
    if (
      (state === 'enrol' || state === 'challenge') &&
      !SAFE_METHODS.has(req.method) &&
      !OPEN_BEFORE_SECOND_FACTOR.has(req.url.split('?')[0] ?? '')
    ) {
      throw new DomainError(
        'forbidden',
        state === 'enrol'
          ? 'Your roles require a second factor: set one up before changing anything'
          : 'Enter the code of your second factor before changing anything',
        [{ path: 'secondFactor', message: state }],
      );
    }
  };
}

/**
 * After a write, the sessions this process resolved are forgotten before the answer leaves (the
 * database also announces the change to every process, a little later): the client's next
 * request meets its own change. Routes marked `changesNoSessions` keep them.
 */
export function forgetSessionsAfterWrites(sessions: Pick<SessionCache, 'clear'>) {
  return (
    req: FastifyRequest,
    _reply: FastifyReply,
    payload: unknown,
    done: (err: null, payload: unknown) => void,
  ) => {
    if (!SAFE_METHODS.has(req.method) && !req.routeOptions.config.changesNoSessions)
      sessions.clear();
    done(null, payload);
  };
}

/** The signed-in actor, or 401. */
export function actorOf(req: FastifyRequest): RequestActor {
  if (!req.actor) throw new DomainError('unauthenticated', 'Sign in first');
  return req.actor;
}
