import { z } from 'zod';
import type { App } from '../http/types.ts';
import { actorOf } from '../http/auth-hooks.ts';
import type { ScimTokenService } from './scim-token.service.ts';

const tags = ['identity'];

const ScimToken = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    organizationCode: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.date(),
    lastUsedAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
  })
  .meta({ id: 'ScimToken' });

export function registerScimTokenRoutes(app: App, tokens: ScimTokenService) {
  app.get('/api/scim/tokens', {
    schema: {
      tags,
      summary: 'SCIM tokens of every organization (system administrators)',
      response: { 200: z.object({ items: z.array(ScimToken) }) },
    },
    handler: async (req) => ({ items: await tokens.list(actorOf(req)) }),
  });

  app.post('/api/scim/tokens', {
    schema: {
      tags,
      summary:
        "Create a SCIM bearer token for an organization's directory (shown once; system administrators)",
      body: z.object({
        organizationId: z.uuid(),
        name: z.string().trim().min(1, 'is required').max(100),
      }),
      response: { 201: ScimToken.extend({ token: z.string() }) },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await tokens.create(actorOf(req), req.body)),
  });

  app.delete('/api/scim/tokens/:id', {
    schema: {
      tags,
      summary: 'Revoke a SCIM token (system administrators)',
      params: z.object({ id: z.uuid() }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await tokens.revoke(actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
