import type { FastifyError, FastifyReply } from 'fastify';
import { LOCALE_NAMES, LOCALES, type Locale } from '@fieldsafe/core';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { handleError } from '../http/error-handler.ts';
import { htmlPage, htmlTemplate } from '../http/html.ts';
import { DomainError, STATUS } from '../http/errors.ts';
import { requestLocale, st } from '../i18n/index.ts';
import type { App } from '../http/types.ts';
import { CheckinBody, CheckinResult } from './crisis.schema.ts';
import type { CrisisService } from './crisis.service.ts';

const tags = ['crisis'];
const TokenParams = z.object({ token: z.string().min(10, 'is not a check-in link').max(400) });

type Lang = Locale;

const STYLE =
  'body{font-family:sans-serif;max-width:30em;margin:1em auto;padding:0 1em;line-height:1.4}label{display:block;margin:.6em 0}button{font-size:1.2em;padding:.5em 1em}textarea{width:100%}';

type T = (key: Parameters<typeof st>[1]) => string;

/** The page's parts: a message, the form, or the answer recorded; then links to every language. */
const body = htmlTemplate<{
  t: T;
  lang: Lang;
  token: string;
  message?: string;
  form?: { title: string };
  answer?: string;
  languages: { lang: Lang; name: string }[];
}>(
  'checkin',
  `<h1><%= it.t('checkin.heading') %></h1>
<% if (it.message) { %><p><%= it.message %></p><% } %>
<% if (it.form) { %><p><%= it.t('checkin.intro') %> <strong><bdi><%= it.form.title %></bdi></strong></p><form method="post" action="/checkin/<%= encodeURIComponent(it.token) %>?lang=<%= it.lang %>"><label><input type="radio" name="status" value="safe" checked> <%= it.t('checkin.safe') %></label><label><input type="radio" name="status" value="need_help"> <%= it.t('checkin.help') %></label><label><%= it.t('checkin.note') %><br><textarea name="note" rows="3" maxlength="2000"></textarea></label><button type="submit"><%= it.t('checkin.send') %></button></form><% } %>
<% if (it.answer) { %><p><%= it.t('checkin.thanks') %> <strong><%= it.answer %></strong></p><p><%= it.t('checkin.again') %></p><p><a href="/checkin/<%= encodeURIComponent(it.token) %>?lang=<%= it.lang %>"><%= it.t('checkin.heading') %></a></p><% } %>
<p><% it.languages.forEach((l, i) => { %><%= i ? ' · ' : '' %><a href="?lang=<%= l.lang %>" lang="<%= l.lang %>" hreflang="<%= l.lang %>"><%= l.name %></a><% }) %></p>`,
);

/** A tiny page: no script, no external resources, readable on a basic phone browser. */
function page(
  lang: Lang,
  token: string,
  content: { message?: string; form?: { title: string }; answer?: string },
) {
  const t: T = (key) => st(lang, key);
  return htmlPage({
    lang,
    title: `Fieldsafe — ${t('checkin.heading')}`,
    style: STYLE,
    body: body({
      t,
      lang,
      token,
      ...content,
      languages: LOCALES.map((l) => ({ lang: l, name: LOCALE_NAMES[l] })),
    }),
  });
}

function failure(reply: FastifyReply, lang: Lang, error: unknown) {
  if (error instanceof DomainError) {
    const text = st(
      lang,
      error.code === 'gone'
        ? 'checkin.expired'
        : error.code === 'not_found'
          ? 'checkin.invalid'
          : 'checkin.error',
    );
    return reply
      .code(STATUS[error.code])
      .type('text/html; charset=utf-8')
      .send(page(lang, '', { message: text }));
  }
  throw error;
}

export function registerCheckinRoutes(app: App, crisis: CrisisService) {
  app.post('/api/checkin/:token', {
    config: { changesNoSessions: true },
    schema: {
      tags,
      summary: 'Answer a crisis check-in with the link’s token (no sign-in): safe or need help',
      security: [],
      params: TokenParams,
      body: CheckinBody,
      response: { 200: CheckinResult },
    },
    handler: async (req) => crisis.checkin(req.params.token, req.body),
  });

  // The server-rendered page for basic phones: a plain form, no script.
  void app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    // A person on a basic phone gets a page in their language, never a JSON error (e.g. a NUL
    // character refused by the input boundary before the handler runs).
    scope.setErrorHandler((error: FastifyError, req, reply) =>
      error instanceof DomainError
        ? failure(reply, requestLocale(req), error)
        : handleError(error, req, reply),
    );
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 8192 },
      (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    scope.get(
      '/checkin/:token',
      { schema: { hide: true, params: TokenParams } },
      async (req, reply) => {
        const lang = requestLocale(req);
        try {
          const { title } = await crisis.describeToken(req.params.token);
          return reply
            .type('text/html; charset=utf-8')
            .send(page(lang, req.params.token, { form: { title } }));
        } catch (error) {
          return failure(reply, lang, error);
        }
      },
    );
    scope.post(
      '/checkin/:token',
      { schema: { hide: true, params: TokenParams } },
      async (req, reply) => {
        const lang = requestLocale(req);
        const raw = (req.body ?? {}) as Record<string, string>;
        const parsed = CheckinBody.safeParse({ status: raw.status, note: raw.note || null });
        if (!parsed.success)
          return reply
            .code(400)
            .type('text/html; charset=utf-8')
            .send(page(lang, req.params.token, { message: st(lang, 'checkin.error') }));
        try {
          const result = await crisis.checkin(req.params.token, parsed.data);
          const answer = st(lang, result.status === 'safe' ? 'checkin.safe' : 'checkin.help');
          return reply
            .type('text/html; charset=utf-8')
            .send(page(lang, req.params.token, { answer }));
        } catch (error) {
          return failure(reply, lang, error);
        }
      },
    );
  });
}
