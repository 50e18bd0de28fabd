import type { FastifyError, FastifyReply } from 'fastify';
import { LOCALE_NAMES, LOCALES, textDirection, type Locale } from '@fieldsafe/core';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { handleError } from '../http/error-handler.ts';
import { DomainError, STATUS } from '../http/errors.ts';
import { requestLocale, st } from '../i18n/index.ts';
import type { App } from '../http/types.ts';
import { CheckinBody, CheckinResult } from './crisis.schema.ts';
import type { CrisisService } from './crisis.service.ts';

const tags = ['crisis'];
const TokenParams = z.object({ token: z.string().min(10, 'is not a check-in link').max(400) });

type Lang = Locale;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Links to the page in every language, each named in its own language. */
const switcher = () =>
  LOCALES.map(
    (l) => `<a href="?lang=${l}" lang="${l}" hreflang="${l}">${LOCALE_NAMES[l]}</a>`,
  ).join(' · ');

/** A tiny page: no script, no external resources, readable on a basic phone browser. */
function page(lang: Lang, body: string) {
  const dir = textDirection(lang);
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Fieldsafe — ${st(lang, 'checkin.heading')}</title><style>body{font-family:sans-serif;max-width:30em;margin:1em auto;padding:0 1em;line-height:1.4}label{display:block;margin:.6em 0}button{font-size:1.2em;padding:.5em 1em}textarea{width:100%}</style></head><body><h1>${st(lang, 'checkin.heading')}</h1>${body}<p>${switcher()}</p></body></html>`;
}

function form(lang: Lang, token: string, title: string) {
  return page(
    lang,
    `<p>${st(lang, 'checkin.intro')} <strong><bdi>${esc(title)}</bdi></strong></p><form method="post" action="/checkin/${esc(token)}?lang=${lang}"><label><input type="radio" name="status" value="safe" checked> ${st(lang, 'checkin.safe')}</label><label><input type="radio" name="status" value="need_help"> ${st(lang, 'checkin.help')}</label><label>${st(lang, 'checkin.note')}<br><textarea name="note" rows="3" maxlength="2000"></textarea></label><button type="submit">${st(lang, 'checkin.send')}</button></form>`,
  );
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
      .send(page(lang, `<p>${text}</p>`));
  }
  throw error;
}

export function registerCheckinRoutes(app: App, crisis: CrisisService) {
  app.post('/api/checkin/:token', {
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
          return reply.type('text/html; charset=utf-8').send(form(lang, req.params.token, title));
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
            .send(page(lang, `<p>${st(lang, 'checkin.error')}</p>`));
        try {
          const result = await crisis.checkin(req.params.token, parsed.data);
          const answer = st(lang, result.status === 'safe' ? 'checkin.safe' : 'checkin.help');
          return reply
            .type('text/html; charset=utf-8')
            .send(
              page(
                lang,
                `<p>${st(lang, 'checkin.thanks')} <strong>${answer}</strong></p><p>${st(lang, 'checkin.again')}</p><p><a href="/checkin/${esc(req.params.token)}?lang=${lang}">${st(lang, 'checkin.heading')}</a></p>`,
              ),
            );
        } catch (error) {
          return failure(reply, lang, error);
        }
      },
    );
  });
}
