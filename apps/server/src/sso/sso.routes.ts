import { z } from 'zod';
import type { App } from '../http/types.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { notFound } from '../http/errors.ts';
import { setSessionCookies } from '../auth/auth.routes.ts';
import { SsoError, type OidcService } from './oidc.service.ts';
import type { SsoAdminService } from './sso-admin.service.ts';
import {
  CreateProviderBody,
  OrganizationSignIn,
  Provider,
  PublicProvider,
  UpdateProviderBody,
} from './sso.schema.ts';

const tags = ['identity'];
/** The state of a sign-in under way, bound to the browser that started it. */
const STATE_COOKIE = 'fs_sso_state';
const idParams = z.object({ id: z.uuid() });

export function registerSsoRoutes(
  app: App,
  oidc: OidcService,
  admin: SsoAdminService,
  opts: { secureCookies: boolean },
) {
  app.get('/api/auth/sso/providers', {
    schema: {
      tags,
      summary: 'Single sign-on providers, for the sign-in page (no sign-in needed)',
      response: { 200: z.object({ items: z.array(PublicProvider) }) },
    },
    handler: async () => ({ items: await oidc.publicList() }),
  });

  app.get('/api/auth/sso/:id/start', {
    schema: {
      tags,
      summary: "Start signing in with a provider: redirects to the provider's sign-in page",
      params: idParams,
      querystring: z.object({ returnTo: z.string().max(2000).optional() }),
    },
    handler: async (req, reply) => {
      const started = await oidc.start(req.params.id, req.query.returnTo);
      if (!started) throw notFound('Provider');
      reply.setCookie(STATE_COOKIE, started.state, {
        path: '/api/auth/sso/',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.secureCookies,
        maxAge: 600,
      });
      return reply.redirect(started.url.href, 302);
    },
  });

  app.get('/api/auth/sso/callback', {
    schema: {
      tags,
      summary:
        "The provider's redirect back: opens a session and returns to the app (errors: /login?ssoError=…)",
    },
    handler: async (req, reply) => {
      const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
      try {
        const browserState = req.cookies[STATE_COOKIE];
        reply.clearCookie(STATE_COOKIE, { path: '/api/auth/sso/' });
        const { session, returnTo } = await oidc.callback(query, browserState, req.ip);
        setSessionCookies(reply, session, opts.secureCookies);
        return reply.redirect(returnTo, 303);
      } catch (e) {
        if (e instanceof SsoError) return reply.redirect(`/login?ssoError=${e.code}`, 303);
        throw e;
      }
    },
  });

  app.get('/api/sso/providers', {
    schema: {
      tags,
      summary: 'OpenID Connect providers (system administrators; the client secret is never shown)',
      response: { 200: z.object({ items: z.array(Provider), redirectUri: z.string() }) },
    },
    handler: async (req) => ({
      items: await admin.list(actorOf(req)),
      redirectUri: oidc.redirectUri,
    }),
  });

  app.post('/api/sso/providers', {
    schema: {
      tags,
      summary: 'Add an OpenID Connect provider serving one or more organizations',
      body: CreateProviderBody,
      response: { 201: Provider },
    },
    handler: async (req, reply) => reply.code(201).send(await admin.create(actorOf(req), req.body)),
  });

  app.patch('/api/sso/providers/:id', {
    schema: {
      tags,
      summary: 'Change an OpenID Connect provider',
      params: idParams,
      body: UpdateProviderBody,
      response: { 200: Provider },
    },
    handler: async (req) => admin.update(actorOf(req), req.params.id, req.body),
  });

  app.delete('/api/sso/providers/:id', {
    schema: { tags, summary: 'Remove a provider', params: idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await admin.remove(actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/sso/organizations', {
    schema: {
      tags,
      summary: 'Organizations: local passwords on or off, and their providers',
      response: { 200: z.object({ items: z.array(OrganizationSignIn) }) },
    },
    handler: async (req) => ({ items: await admin.organizations(actorOf(req)) }),
  });

  app.put('/api/sso/organizations/:id', {
    schema: {
      tags,
      summary:
        "Switch an organization's local passwords on or off (break-glass accounts keep theirs)",
      params: idParams,
      body: z.object({ localPasswords: z.boolean() }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await admin.setLocalPasswords(actorOf(req), req.params.id, req.body.localPasswords);
      return reply.code(204).send(null);
    },
  });

  app.put('/api/users/:id/break-glass', {
    schema: {
      tags,
      summary: 'Mark a login as break-glass: it keeps its local password (system administrators)',
      params: idParams,
      body: z.object({ breakGlass: z.boolean() }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await admin.setBreakGlass(actorOf(req), req.params.id, req.body.breakGlass);
      return reply.code(204).send(null);
    },
  });
}
