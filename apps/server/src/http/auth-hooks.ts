import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestActor } from '../access/actor.ts';
import type { AuthService } from '../auth/auth.service.ts';
import { DomainError } from './errors.ts';

export const SESSION_COOKIE = 'fs_session';
export const CSRF_COOKIE = 'fs_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

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
  };
}

/** The signed-in actor, or 401. */
export function actorOf(req: FastifyRequest): RequestActor {
  if (!req.actor) throw new DomainError('unauthenticated', 'Sign in first');
  return req.actor;
}
