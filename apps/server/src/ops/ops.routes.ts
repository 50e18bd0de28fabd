import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { appliedMigrations, expectedMigrations, type Database } from '../db/client.ts';
import { errorBody } from '../http/error-handler.ts';
import type { App } from '../http/types.ts';
import type { Metrics } from './metrics.ts';

const READY_TIMEOUT_MS = 2_000;

const digest = (s: string) => createHash('sha256').update(s).digest();

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * `GET /readyz`: 200 when the database answers and holds every migration this code knows (a
 * database ahead of the code — an upgrade in progress — is fine), else 503 with the reason.
 * `GET /metrics` (Prometheus text format) only when a token is configured, and only with it.
 */
export function registerOpsRoutes(
  app: App,
  database: Database,
  options: { metrics: Metrics | null; metricsToken: string | undefined },
) {
  const expected = expectedMigrations();
  app.get('/readyz', {
    schema: {
      hide: true,
      response: {
        200: z.object({
          status: z.literal('ready'),
          database: z.string(),
          migrations: z.object({ applied: z.number(), expected: z.number() }),
        }),
        503: z.object({ status: z.literal('not_ready'), database: z.string(), reason: z.string() }),
      },
    },
    handler: async (_req, reply) => {
      let applied: { count: number; latest: number };
      try {
        applied = await withTimeout(appliedMigrations(database.db), READY_TIMEOUT_MS);
      } catch (e) {
        return reply.code(503).send({
          status: 'not_ready' as const,
          database: database.kind,
          reason: `database unreachable: ${(e as Error).message}`,
        });
      }
      if (applied.latest < expected.latest) {
        return reply.code(503).send({
          status: 'not_ready' as const,
          database: database.kind,
          reason: `migrations pending: the database has ${applied.count} of ${expected.count}`,
        });
      }
      return {
        status: 'ready' as const,
        database: database.kind,
        migrations: { applied: applied.count, expected: expected.count },
      };
    },
  });

  const token = options.metricsToken;
  const metrics = options.metrics;
  // Without a token the endpoint does not exist (404 like any unknown path).
  if (!token || !metrics) return;
  const expectedDigest = digest(`Bearer ${token}`);
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    const given = req.headers.authorization ?? '';
    if (!timingSafeEqual(digest(given), expectedDigest)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="metrics"')
        .send(errorBody('unauthenticated', 'Send the metrics token as Authorization: Bearer …'));
    }
    const text = await metrics.text();
    return reply
      .header('content-type', metrics.registry.contentType)
      .header('cache-control', 'no-store')
      .send(text);
  });
}
