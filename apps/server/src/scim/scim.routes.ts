import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../http/types.ts';
import { parseJsonBody } from '../http/input-boundary.ts';
import { DomainError } from '../http/errors.ts';
import type { ScimClient, ScimTokenService } from './scim-token.service.ts';
import type { ScimService } from './scim.service.ts';
import { listOf, schemas, serviceProviderConfig, userResourceType } from './scim.discovery.ts';
import { parseFilter, parsePatch, parseUser, ScimError, scimErrorBody } from './scim.schema.ts';

const SCIM_TYPE = 'application/scim+json; charset=utf-8';

declare module 'fastify' {
  interface FastifyRequest {
    scimClient: ScimClient | null;
  }
}

function clientOf(req: FastifyRequest): ScimClient {
  if (!req.scimClient) throw new ScimError(401, undefined, 'Bearer token required');
  return req.scimClient;
}

const positive = (value: unknown, fallback: number, name: string, max: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < (name === 'count' ? 0 : 1)) {
    throw new ScimError(400, 'invalidValue', `${name}: must be a whole number`);
  }
  return Math.min(n, max);
};

/**
 * SCIM 2.0 (RFC 7643/7644) at /scim/v2: the organization's directory provisions its people's
 * logins. Its own authentication (a token per organization) and its own error format.
 */
export function registerScimRoutes(
  app: App,
  service: ScimService,
  tokens: ScimTokenService,
  base: string,
) {
  app.decorateRequest('scimClient', null);
  void app.register(
    async (scim) => {
      scim.addContentTypeParser('application/scim+json', { parseAs: 'string' }, parseJsonBody);
      scim.addHook('onRequest', async (req) => {
        const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
        req.scimClient = m?.[1] ? await tokens.resolve(m[1]) : null;
        if (!req.scimClient)
          throw new ScimError(401, undefined, 'A valid SCIM bearer token is required');
      });
      scim.addHook('onSend', async (_req, reply, payload) => {
        reply.header('content-type', SCIM_TYPE);
        return payload;
      });
      scim.setErrorHandler((err: unknown, req: FastifyRequest, reply: FastifyReply) => {
        if (err instanceof ScimError) {
          return reply.code(err.status).send(scimErrorBody(err.status, err.message, err.scimType));
        }
        if (err instanceof DomainError || (err as { statusCode?: number }).statusCode === 400) {
          const message = err instanceof Error ? err.message : 'invalid request';
          return reply.code(400).send(scimErrorBody(400, message, 'invalidSyntax'));
        }
        const status = (err as { statusCode?: number }).statusCode;
        if (status && status >= 400 && status < 500) {
          return reply.code(status).send(scimErrorBody(status, (err as Error).message));
        }
        req.log.error({ err }, 'SCIM request failed');
        return reply.code(500).send(scimErrorBody(500, 'Internal error'));
      });

      const hide = { hide: true };
      scim.get('/ServiceProviderConfig', { schema: hide }, async () => serviceProviderConfig(base));
      scim.get('/ResourceTypes', { schema: hide }, async () => listOf([userResourceType(base)]));
      scim.get('/ResourceTypes/User', { schema: hide }, async () => userResourceType(base));
      scim.get('/Schemas', { schema: hide }, async () => listOf(schemas(base)));
      scim.get<{ Params: { id: string } }>('/Schemas/:id', { schema: hide }, async (req) => {
        const found = schemas(base).find((s) => s.id === req.params.id);
        if (!found) throw new ScimError(404, undefined, `Schema ${req.params.id} not found`);
        return found;
      });

      scim.get<{ Querystring: Record<string, string> }>('/Users', { schema: hide }, async (req) => {
        const q = req.query;
        return service.list(
          clientOf(req),
          parseFilter(q.filter),
          positive(q.startIndex, 1, 'startIndex', Number.MAX_SAFE_INTEGER),
          positive(q.count, 100, 'count', 200),
        );
      });
      scim.post('/Users', { schema: hide }, async (req, reply) => {
        const client = clientOf(req);
        const created = await service.create(client, parseUser(req.body, client.organizationCode));
        return reply.code(201).header('location', created.meta.location).send(created);
      });
      scim.get<{ Params: { id: string } }>('/Users/:id', { schema: hide }, async (req) =>
        service.get(clientOf(req), req.params.id),
      );
      scim.put<{ Params: { id: string } }>('/Users/:id', { schema: hide }, async (req) => {
        const client = clientOf(req);
        return service.replace(client, req.params.id, parseUser(req.body, client.organizationCode));
      });
      scim.patch<{ Params: { id: string } }>('/Users/:id', { schema: hide }, async (req) => {
        const client = clientOf(req);
        return service.patch(client, req.params.id, parsePatch(req.body, client.organizationCode));
      });
      scim.delete<{ Params: { id: string } }>(
        '/Users/:id',
        { schema: hide },
        async (req, reply) => {
          await service.remove(clientOf(req), req.params.id);
          return reply.code(204).send();
        },
      );
    },
    { prefix: '/scim/v2' },
  );
}
