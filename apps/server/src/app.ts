import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import { registerInLineCompression } from './http/compression.ts';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { createNotificationService } from './notifications/notification.service.ts';
import { registerNotificationRoutes } from './notifications/notification.routes.ts';
import { registerHomeRoutes } from './home/home.routes.ts';
import { createHomeService } from './home/home.service.ts';
import { createCertificateImportService } from './training/import.service.ts';
import { registerTrainingRoutes } from './training/training.routes.ts';
import { createTrainingService } from './training/training.service.ts';
import { createAdvisoryService } from './travel/advisory.service.ts';
import { registerTravelRoutes } from './travel/travel.routes.ts';
import { createTravelService } from './travel/travel.service.ts';
import { createAuthService } from './auth/auth.service.ts';
import { listeningSessionCache } from './auth/session-cache.ts';
import { registerAuthRoutes } from './auth/auth.routes.ts';
import { createSecondFactorService } from './auth/second-factor.service.ts';
import { registerSecondFactorRoutes } from './auth/second-factor.routes.ts';
import { createScimService } from './scim/scim.service.ts';
import { createScimTokenService } from './scim/scim-token.service.ts';
import { registerScimRoutes } from './scim/scim.routes.ts';
import { registerScimTokenRoutes } from './scim/scim-token.routes.ts';
import { createOidcService } from './sso/oidc.service.ts';
import { createSsoAdminService } from './sso/sso-admin.service.ts';
import { registerSsoRoutes } from './sso/sso.routes.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { authenticate, forgetSessionsAfterWrites } from './http/auth-hooks.ts';
import { errorBody, handleError } from './http/error-handler.ts';
import {
  parseJsonBody,
  rejectUnstorableInput,
  strictValidatorCompiler,
} from './http/input-boundary.ts';
import {
  registerRateLimits,
  registerSecurityHeaders,
  staticCacheHeaders,
} from './http/security.ts';
import type { App } from './http/types.ts';
import { createAppointmentService } from './registry/appointments.service.ts';
import { registerAppointmentRoutes } from './registry/appointments.routes.ts';
import { createCountryService } from './registry/country.service.ts';
import { registerImportRoutes } from './registry/import.routes.ts';
import { createImportService } from './registry/import.service.ts';
import { createPeopleService } from './registry/people.service.ts';
import { registerPeopleRoutes } from './registry/people.routes.ts';
import { registerPhoneIssueRoutes } from './registry/phones.routes.ts';
import { registerResponsibilityRoutes } from './registry/responsibilities.routes.ts';
import { registerAppraisalRoutes } from './accountability/appraisal.routes.ts';
import { createAppraisalService } from './accountability/appraisal.service.ts';
import { createIncidentService } from './incidents/incident.service.ts';
import { registerIncidentRoutes } from './incidents/incident.routes.ts';
import { createFollowupService } from './incidents/followup.service.ts';
import { registerFollowupRoutes } from './incidents/followup.routes.ts';
import { createRoadRulesService } from './incidents/road-rules.service.ts';
import { createStructureService } from './registry/structure.service.ts';
import { registerStructureRoutes } from './registry/structure.routes.ts';
import { registerRiskRoutes } from './risk/risk.routes.ts';
import { registerComplianceRoutes } from './compliance/moss.routes.ts';
import { registerBudgetRoutes } from './budget/budget.routes.ts';
import { registerGovernanceRoutes } from './governance/governance.routes.ts';
import { registerStressSupportRoutes } from './wellbeing/support.routes.ts';
import { registerAgreementRoutes } from './agreements/agreements.routes.ts';
import { registerLocationRoutes } from './location/location.routes.ts';
import { registerPartnerRoutes } from './sharing/partners.routes.ts';
import { registerCrisis } from './crisis/crisis.routes.ts';
import { registerSurgeRoutes } from './surge/surge.routes.ts';
import { registerPreparednessRoutes } from './preparedness/preparedness.routes.ts';
import { registerCapRoutes } from './travel/cap.routes.ts';
import { registerScheduledCheckinRoutes } from './sms/scheduled.routes.ts';
import { registerSmsRoutes } from './sms/sms.routes.ts';
import { createMetrics } from './ops/metrics.ts';
import { registerOpsRoutes } from './ops/ops.routes.ts';
import { requestIdGenerator } from './ops/request-id.ts';

/** Pino writes JSON lines; the terminal gets "12:00:01 INFO GET /api/x 200 12ms" instead. */
const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const shortLines = {
  write(line: string): void {
    try {
      const entry = JSON.parse(line) as {
        level?: number;
        time?: number;
        msg?: string;
        err?: { stack?: string };
      };
      const time = new Date(entry.time ?? Date.now()).toISOString().slice(11, 19);
      const level = LEVELS[entry.level ?? 30] ?? 'INFO';
      const stack = entry.err?.stack ? `\n${entry.err.stack}` : '';
      process.stdout.write(`${time} ${level} ${entry.msg ?? ''}${stack}\n`);
    } catch {
      process.stdout.write(line);
    }
  },
};

/**
 * Fastify's own two entries per request ("incoming request", "request completed") are replaced
 * by the one line written in onResponse; every other entry (errors, lost streams) stays.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(): void {}
}

export type AppConfig = Pick<Config, 'secureCookies' | 'sessionHours' | 'webDist' | 'logLevel'> &
  Partial<
    Pick<
      Config,
      | 'escalationThresholds'
      | 'trustedProxies'
      | 'rateLimits'
      | 'logFormat'
      | 'metricsToken'
      | 'publicUrl'
      | 'smsGateways'
    >
  > & {
    /** Where log lines go (default: stdout). */
    logStream?: NodeJS.WritableStream;
    /** Inbound SMS webhook keys (default: none; the routes then refuse what they cannot check). */
    smsInbound?: Partial<Config['smsInbound']>;
  };

/** Builds the HTTP application: API, OpenAPI document and, when built, the web app. */
export async function buildApp(database: Database, config: AppConfig): Promise<App> {
  const trustedProxies = config.trustedProxies ?? [];
  const app = Fastify({
    // One short line per request ("GET /api/x 200 12ms"), not pino's raw JSON on the terminal;
    // with FIELDSAFE_LOG_FORMAT=json, pino's JSON lines (each with its reqId) for a collector.
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            ...(config.logStream
              ? { stream: config.logStream }
              : config.logFormat === 'json'
                ? {}
                : { stream: shortLines }),
          },
    logController: new OneLinePerRequest(),
    // Each request's log entries carry its id: a UUID, or a trusted proxy's X-Request-ID.
    genReqId: requestIdGenerator(trustedProxies),
    // Only the configured proxies may say who the client is (X-Forwarded-For); by default none.
    trustProxy: trustedProxies.length ? trustedProxies : false,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, parseJsonBody);
  app.addHook('preValidation', rejectUnstorableInput);
  app.setValidatorCompiler(strictValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionCsrf', null);

  registerSecurityHeaders(app, { secureCookies: config.secureCookies });

  // Without a metrics token nobody can read them: none are kept.
  const metrics = config.metricsToken ? createMetrics(database) : null;
  app.addHook('onResponse', async (req, reply) => {
    const ms = reply.elapsedTime;
    const route = req.routeOptions.url;
    metrics?.observe(req.method, route, reply.statusCode, ms);
    const path = req.url.split('?')[0];
    req.log.info(
      { method: req.method, path, route, statusCode: reply.statusCode, ms: Math.round(ms) },
      `${req.method} ${path} ${reply.statusCode} ${Math.round(ms)}ms`,
    );
  });

  // Brotli or gzip for every compressible response over 1 KB (JSON, scripts, styles, HTML):
  // in line for an answer in memory, through @fastify/compress's streams for a file or stream.
  registerInLineCompression(app);
  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Fieldsafe API',
        version: '0.1.0',
        description:
          'The UN Security Management System as software. Sign in with POST /api/auth/login (session cookie; send the `x-csrf-token` header on writes) or use a personal API token as `Authorization: Bearer <token>`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'fs_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    // No badge fetched from validator.swagger.io: the page loads from this server only.
    uiConfig: { validatorUrl: null },
  });

  const db = database.db;
  const sessions = listeningSessionCache(database);
  app.decorate('sessions', sessions);
  app.addHook('onClose', () => sessions.stop());
  const auth = createAuthService(db, { sessionHours: config.sessionHours, sessions });
  app.addHook('onRequest', authenticate(auth));
  app.addHook('onSend', forgetSessionsAfterWrites(sessions));
  await registerRateLimits(app, config.rateLimits);

  app.get('/healthz', {
    schema: {
      hide: true,
      response: { 200: z.object({ status: z.literal('ok'), database: z.string() }) },
    },
    handler: async () => {
      await db.execute('select 1');
      return { status: 'ok' as const, database: database.kind };
    },
  });
  registerOpsRoutes(app, database, { metrics, metricsToken: config.metricsToken });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuthRoutes(app, auth, { secureCookies: config.secureCookies });
  registerSecondFactorRoutes(app, createSecondFactorService(db));
  const publicUrl = (config.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, '');
  const oidc = createOidcService(db, auth, publicUrl);
  registerSsoRoutes(app, oidc, createSsoAdminService(db, oidc.redirectUri), {
    secureCookies: config.secureCookies,
  });
  const scimTokens = createScimTokenService(db);
  registerScimTokenRoutes(app, scimTokens);
  registerScimRoutes(app, createScimService(db, publicUrl), scimTokens, publicUrl);
  registerAuditRoutes(app, db);
  const people = createPeopleService(db);
  registerStructureRoutes(app, createStructureService(db), createCountryService(db));
  registerPeopleRoutes(app, people);
  registerPhoneIssueRoutes(app, db);
  registerAppointmentRoutes(app, createAppointmentService(db));
  registerImportRoutes(app, createImportService(db));
  registerResponsibilityRoutes(app, db);
  registerAppraisalRoutes(app, createAppraisalService(db));
  registerRiskRoutes(app, db);
  registerComplianceRoutes(app, db, config.escalationThresholds);
  registerBudgetRoutes(app, db);
  registerGovernanceRoutes(app, db);
  registerStressSupportRoutes(app, db);
  registerAgreementRoutes(app, db);
  registerLocationRoutes(app, db);
  registerPartnerRoutes(app, db);
  registerCrisis(app, db, { publicUrl, smsGateways: config.smsGateways ?? [] });
  registerSmsRoutes(app, db, { ...config.smsInbound, publicUrl });
  registerScheduledCheckinRoutes(app, db);
  registerSurgeRoutes(app, db);
  registerPreparednessRoutes(app, db);
  registerCapRoutes(app, db);
  registerIncidentRoutes(app, createIncidentService(db), db);
  registerFollowupRoutes(app, createFollowupService(db), createRoadRulesService(db));
  registerTrainingRoutes(app, createTrainingService(db), createCertificateImportService(db));
  registerTravelRoutes(app, createTravelService(db), createAdvisoryService(db));
  registerNotificationRoutes(app, createNotificationService(db));
  registerHomeRoutes(app, createHomeService(db));

  const hasWeb = existsSync(path.join(config.webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: config.webDist,
      wildcard: false,
      cacheControl: false,
      setHeaders: staticCacheHeaders,
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !hasWeb || req.method !== 'GET') {
      return reply
        .code(404)
        .send(errorBody('not_found', `No route ${req.method} ${req.url.split('?')[0]}`));
    }
    // The single-page app handles its own routes.
    return reply.sendFile('index.html');
  });
  return app;
}
