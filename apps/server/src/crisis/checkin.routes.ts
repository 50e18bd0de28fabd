import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, STATUS } from '../http/errors.ts';
import type { App } from '../http/types.ts';
import { CheckinBody, CheckinResult } from './crisis.schema.ts';
import type { CrisisService } from './crisis.service.ts';

const tags = ['crisis'];
const TokenParams = z.object({ token: z.string().min(10, 'is not a check-in link').max(400) });

const TEXT = {
  en: {
    heading: 'Check in',
    intro: 'A crisis has been declared:',
    safe: 'I am safe',
    help: 'I need help',
    note: 'Note (where you are, what you need)',
    send: 'Send',
    thanks: 'Thank you. Your answer has been recorded:',
    again: 'You can answer again if your situation changes.',
    expired:
      'This check-in link has expired or the crisis is closed. Call your warden or security focal point.',
    invalid: 'This check-in link is not valid.',
    error: 'Your answer could not be recorded. Please try again.',
  },
  fr: {
    heading: 'Signalez-vous',
    intro: 'Une crise a été déclarée :',
    safe: 'Je suis en sécurité',
    help: 'J’ai besoin d’aide',
    note: 'Remarque (où vous êtes, ce dont vous avez besoin)',
    send: 'Envoyer',
    thanks: 'Merci. Votre réponse a été enregistrée :',
    again: 'Vous pouvez répondre à nouveau si votre situation change.',
    expired:
      'Ce lien a expiré ou la crise est close. Appelez votre gardien ou votre point focal pour la sécurité.',
    invalid: 'Ce lien n’est pas valide.',
    error: 'Votre réponse n’a pas pu être enregistrée. Veuillez réessayer.',
  },
} as const;

type Lang = keyof typeof TEXT;

function langOf(req: FastifyRequest): Lang {
  const q = (req.query as { lang?: string } | undefined)?.lang;
  if (q === 'fr' || q === 'en') return q;
  return /^fr\b/i.test(req.headers['accept-language'] ?? '') ? 'fr' : 'en';
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A tiny page: no script, no external resources, readable on a basic phone browser. */
function page(lang: Lang, body: string) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Fieldsafe — ${TEXT[lang].heading}</title><style>body{font-family:sans-serif;max-width:30em;margin:1em auto;padding:0 1em;line-height:1.4}label{display:block;margin:.6em 0}button{font-size:1.2em;padding:.5em 1em}textarea{width:100%}</style></head><body><h1>${TEXT[lang].heading}</h1>${body}<p><a href="?lang=en">English</a> · <a href="?lang=fr">Français</a></p></body></html>`;
}

function form(lang: Lang, token: string, title: string) {
  const t = TEXT[lang];
  return page(
    lang,
    `<p>${t.intro} <strong>${esc(title)}</strong></p><form method="post" action="/checkin/${esc(token)}?lang=${lang}"><label><input type="radio" name="status" value="safe" checked> ${t.safe}</label><label><input type="radio" name="status" value="need_help"> ${t.help}</label><label>${t.note}<br><textarea name="note" rows="3" maxlength="2000"></textarea></label><button type="submit">${t.send}</button></form>`,
  );
}

function failure(reply: FastifyReply, lang: Lang, error: unknown) {
  if (error instanceof DomainError) {
    const t = TEXT[lang];
    const text =
      error.code === 'gone' ? t.expired : error.code === 'not_found' ? t.invalid : t.error;
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
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 8192 },
      (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    scope.get(
      '/checkin/:token',
      { schema: { hide: true, params: TokenParams } },
      async (req, reply) => {
        const lang = langOf(req);
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
        const lang = langOf(req);
        const raw = (req.body ?? {}) as Record<string, string>;
        const parsed = CheckinBody.safeParse({ status: raw.status, note: raw.note || null });
        if (!parsed.success)
          return reply
            .code(400)
            .type('text/html; charset=utf-8')
            .send(page(lang, `<p>${TEXT[lang].error}</p>`));
        try {
          const result = await crisis.checkin(req.params.token, parsed.data);
          const t = TEXT[lang];
          const answer = result.status === 'safe' ? t.safe : t.help;
          return reply
            .type('text/html; charset=utf-8')
            .send(
              page(
                lang,
                `<p>${t.thanks} <strong>${answer}</strong></p><p>${t.again}</p><p><a href="/checkin/${esc(req.params.token)}?lang=${lang}">${t.heading}</a></p>`,
              ),
            );
        } catch (error) {
          return failure(reply, lang, error);
        }
      },
    );
  });
}
