import { abilitiesOf, requiresSecondFactor } from '@fieldsafe/core';
import { z } from 'zod';
import type { App } from '../http/types.ts';
import { actorOf, CSRF_COOKIE, SESSION_COOKIE } from '../http/auth-hooks.ts';
import type { RequestActor } from '../access/actor.ts';
import type { FastifyReply } from 'fastify';
import type { AuthService, NewSession } from './auth.service.ts';
import {
  ApiToken,
  ChangePasswordBody,
  CreateApiTokenBody,
  LocaleBody,
  LoginBody,
  Me,
} from './auth.schema.ts';

const tags = ['auth'];

function me(actor: RequestActor, csrfToken: string | null): z.infer<typeof Me> {
  return {
    userId: actor.userId,
    email: actor.email,
    locale: actor.locale,
    personId: actor.personId,
    isSystemAdmin: actor.isSystemAdmin,
    homeCountryId: actor.homeCountryId,
    appointments: [...actor.appointments],
    abilities: abilitiesOf(actor),
    csrfToken,
    secondFactor: actor.session?.secondFactor ?? 'satisfied',
    totpEnabled: actor.session?.totpEnabled ?? false,
    secondFactorRequired: requiresSecondFactor(actor),
    signInMethod: actor.session?.method ?? 'token',
  };
}

/** Sets the session cookie (HTTP-only) and the CSRF cookie the web app reads. */
export function setSessionCookies(reply: FastifyReply, s: NewSession, secureCookies: boolean) {
  const cookie = { path: '/', sameSite: 'lax' as const, secure: secureCookies };
  reply.setCookie(SESSION_COOKIE, s.token, { ...cookie, httpOnly: true, expires: s.expiresAt });
  reply.setCookie(CSRF_COOKIE, s.csrfToken, { ...cookie, httpOnly: false, expires: s.expiresAt });
}

export function registerAuthRoutes(app: App, auth: AuthService, opts: { secureCookies: boolean }) {
  const cookie = { path: '/', sameSite: 'lax' as const, secure: opts.secureCookies };

  app.post('/api/auth/login', {
    schema: {
      tags,
      summary: 'Sign in with e-mail and password',
      body: LoginBody,
      response: { 200: Me },
    },
    handler: async (req, reply) => {
      const s = await auth.login(req.body.email, req.body.password, req.ip);
      setSessionCookies(reply, s, opts.secureCookies);
      return me(s.actor, s.csrfToken);
    },
  });

  app.post('/api/auth/logout', {
    schema: { tags, summary: 'Sign out', response: { 204: z.null() } },
    handler: async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await auth.logout(token);
      reply.clearCookie(SESSION_COOKIE, cookie).clearCookie(CSRF_COOKIE, cookie);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/auth/me', {
    schema: {
      tags,
      summary: 'The signed-in user and their appointments in force',
      response: { 200: Me },
    },
    handler: async (req) => me(actorOf(req), req.sessionCsrf),
  });

  app.put('/api/auth/me/locale', {
    schema: {
      tags,
      summary:
        'Set my language (ar, en, es, fr, ru, zh): the default of the web app and of the messages sent to me',
      body: LocaleBody,
      response: { 200: Me },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      await auth.setLocale(actor, req.body.locale);
      return me({ ...actor, locale: req.body.locale }, req.sessionCsrf);
    },
  });

  app.post('/api/auth/password', {
    schema: {
      tags,
      summary: 'Change my password (ends my other sessions)',
      body: ChangePasswordBody,
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await auth.changePassword(actorOf(req), req.body.currentPassword, req.body.newPassword);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/auth/tokens', {
    schema: {
      tags,
      summary: 'My personal API tokens',
      response: { 200: z.object({ items: z.array(ApiToken) }) },
    },
    handler: async (req) => ({ items: await auth.listApiTokens(actorOf(req)) }),
  });

  app.post('/api/auth/tokens', {
    schema: {
      tags,
      summary: 'Create a personal API token (shown once) for `Authorization: Bearer`',
      body: CreateApiTokenBody,
      response: { 201: ApiToken.extend({ token: z.string() }) },
    },
    handler: async (req, reply) => {
      const created = await auth.createApiToken(actorOf(req), req.body.name, req.body.expiresAt);
      return reply.code(201).send(created);
    },
  });

  app.delete('/api/auth/tokens/:id', {
    schema: {
      tags,
      summary: 'Revoke a personal API token',
      params: z.object({ id: z.uuid() }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await auth.revokeApiToken(actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
