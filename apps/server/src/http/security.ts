import path from 'node:path';
import helmet from 'helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RATE_LIMIT_DEFAULTS, type RateLimits } from '../config.ts';
import { DomainError } from './errors.ts';
import type { App } from './types.ts';

/**
 * Security headers on every response (helmet): a Content-Security-Policy that allows scripts
 * from this origin only (no inline script anywhere: the web app, the API documentation, the
 * check-in page and the printable reports all work under it), no framing, no MIME sniffing,
 * no Referer (check-in links carry their token in the URL), and HSTS behind HTTPS.
 */
export function registerSecurityHeaders(app: App, opts: { secureCookies: boolean }) {
  // The middleware is built once: @fastify/helmet built it again for every request (parsing the
  // policy each time), a twentieth of a check-in's server time.
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Inline style attributes (React `style`, the printable reports' <style>) are allowed;
        // inline script never is.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: opts.secureCookies ? [] : null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: opts.secureCookies
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (req, reply, done) =>
    headers(req.raw, reply.raw, (err) => done(err as Error | undefined)),
  );
}

/** Cache headers of the web app's files: hashed assets forever, everything else revalidated. */
export function staticCacheHeaders(reply: FastifyReply, filePath: string) {
  const rel = filePath.split(path.sep).join('/');
  if (/\/assets\/[^/]+$/.test(rel)) {
    reply.header('cache-control', 'public, max-age=31536000, immutable');
  } else {
    reply.header('cache-control', 'no-cache');
  }
}

type Kind = keyof RateLimits;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Which request-rate limit a request counts against, if any. */
export function rateLimitKind(method: string, url: string): Kind | null {
  const p = url.split('?')[0] ?? '';
  if (p === '/api/auth/login' && method === 'POST') return 'login';
  if (p.startsWith('/api/auth/sso/') && p !== '/api/auth/sso/providers') return 'login';
  if (p === '/api/auth/second-factor/challenge') return 'login';
  if (p.startsWith('/api/checkin/') || p.startsWith('/checkin/')) return 'checkin';
  // A signed SMS gateway posting a crisis's replies (the signature is checked first, cheaply).
  if (p.startsWith('/api/sms/')) return null;
  if (p.startsWith('/api/') && WRITE_METHODS.has(method)) return 'writes';
  return null;
}

/**
 * Request-rate limits (@fastify/rate-limit, per minute): sign-in and public check-in per client
 * address, writes per signed-in user (per address when signed out). Runs after authentication.
 */
export async function registerRateLimits(app: App, limits: RateLimits = RATE_LIMIT_DEFAULTS) {
  await app.register(fastifyRateLimit, { global: false });
  const keyOf = (req: FastifyRequest) => req.actor?.userId ?? req.ip;
  const limiters = {
    login: app.createRateLimit({
      max: limits.login,
      timeWindow: 60_000,
      keyGenerator: (req) => `login:${req.ip}`,
    }),
    checkin: app.createRateLimit({
      max: limits.checkin,
      timeWindow: 60_000,
      keyGenerator: (req) => `checkin:${req.ip}`,
    }),
    writes: app.createRateLimit({
      max: limits.writes,
      timeWindow: 60_000,
      keyGenerator: (req) => `writes:${keyOf(req)}`,
    }),
  };
  app.addHook('onRequest', async (req) => {
    const kind = rateLimitKind(req.method, req.url);
    if (!kind) return;
    const result = await limiters[kind](req);
    if (!result.isAllowed && result.isExceeded) {
      throw new DomainError(
        'rate_limited',
        `Too many requests; try again in ${result.ttlInSeconds} seconds`,
        [],
        result.ttlInSeconds,
      );
    }
  });
}
