import path from 'node:path';
import helmet from 'helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RATE_LIMIT_DEFAULTS, type RateLimits } from '../config.ts';
import { DomainError } from './errors.ts';
import type { App } from './types.ts';

/** A JSON body: an API answer or error, never rendered as a page. */
const isJsonType = (type: unknown) =>
  typeof type === 'string' && /^application\/(?:[\w.-]+\+)?json\b/i.test(type);

/**
 * The headers of a response that is data, not a document (OWASP REST Security: the headers an
 * API answer needs): no framing, no sniffing, no loading from other origins, no referrer, and a
 * policy that lets nothing load should it ever be opened as a page. The document headers below
 * (script sources, opener and agent-cluster isolation, legacy IE and Flash switches) say nothing
 * to a fetch of JSON; leaving them off saves about 450 bytes on every API answer, which a phone
 * on a slow link pays for.
 */
function apiHeaders(opts: { secureCookies: boolean }): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    ...(opts.secureCookies
      ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' }
      : {}),
  };
}

/**
 * Security headers on every response. Every response starts with the API headers (so a stream
 * written directly, like the live board's events, has them too); one whose body is not JSON — a
 * page, a script, a stylesheet, an image, a download — then gets helmet's document headers: a
 * Content-Security-Policy that allows scripts from this origin only (no inline script anywhere:
 * the web app, the API documentation, the check-in page and the printable reports all work
 * under it), no framing, no MIME sniffing, no Referer (check-in links carry their token in the
 * URL), and HSTS behind HTTPS.
 */
export function registerSecurityHeaders(app: App, opts: { secureCookies: boolean }) {
  const api = Object.entries(apiHeaders(opts));
  // The middleware is built once: @fastify/helmet built it again for every request (parsing the
  // policy each time), a twentieth of a check-in's server time.
  const documentHeaders = helmet({
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
  app.addHook('onRequest', (_req, reply, done) => {
    for (const [name, value] of api) reply.raw.setHeader(name, value);
    done();
  });
  app.addHook('onSend', (req, reply, payload, done) => {
    if (isJsonType(reply.getHeader('content-type'))) done(null, payload);
    else
      documentHeaders(req.raw, reply.raw, (err) =>
        err ? done(err as Error) : done(null, payload),
      );
  });
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
