import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { DomainError, invalidFields } from '../http/errors.ts';
import type { App } from '../http/types.ts';
import {
  createSmsInboundService,
  type InboundSms,
  type SmsInboundService,
} from './inbound.service.ts';
import { RECEIPT_STATUSES, recordReceipt } from './receipts.ts';
import { verifyGeneric, verifyTwilio } from './signature.ts';

export interface SmsInboundConfig {
  /** FIELDSAFE_SMS_INBOUND_SECRET: the generic gateway's HMAC-SHA256 key. */
  secret?: string | undefined;
  /** FIELDSAFE_TWILIO_AUTH_TOKEN: the Twilio-compatible gateway's auth token. */
  twilioAuthToken?: string | undefined;
  /** The public address the gateway posts to (Twilio signs the full URL). */
  publicUrl: string;
}

const GenericBody = z.object({
  from: z.string().trim().min(3, 'is not a phone number').max(40, 'is too long'),
  text: z.string().max(2000, 'is longer than 2,000 characters'),
  receivedAt: z.iso.datetime({ offset: true, message: 'is not an ISO date-time' }).optional(),
  gatewayMessageId: z.string().trim().min(1).max(200).optional(),
});

const TwilioBody = z.object({
  From: z.string().trim().min(3, 'is not a phone number').max(40, 'is too long'),
  Body: z.string().max(2000, 'is longer than 2,000 characters').default(''),
  MessageSid: z.string().trim().min(1).max(200).optional(),
});

const InboundAnswer = z.object({
  id: z.string().nullable(),
  outcome: z.enum([
    'received',
    'failed',
    'applied',
    'scheduled_checkin',
    'asked_which',
    'unparsed',
    'unknown_number',
    'nothing_open',
    'duplicate',
  ]),
  recorded: z.number().int(),
});

const unsigned = () =>
  new DomainError('unauthenticated', 'The message is not signed, or not signed correctly');

function fieldErrors(error: z.ZodError): DomainError {
  return invalidFields(
    error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
  );
}

const GenericReceipt = z.object({
  id: z.uuid('is not a message id of ours'),
  status: z.enum(RECEIPT_STATUSES, `must be one of ${RECEIPT_STATUSES.join(', ')}`),
  error: z.string().max(500).nullish(),
});

const TwilioReceipt = z.object({
  id: z.uuid('is not a message id of ours'),
  MessageStatus: z.string().max(40),
  ErrorCode: z.string().max(40).optional(),
});

/** Twilio's message statuses in ours. */
function twilioStatus(s: string): (typeof RECEIPT_STATUSES)[number] {
  if (s === 'delivered' || s === 'undelivered' || s === 'failed' || s === 'sent') return s;
  return 'queued';
}

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

const InboundQuery = z.object({
  /** Answer once the message is applied, with its outcome (slower; tools and tests). */
  wait: z.enum(['true', 'false', '1', '0']).optional(),
  /** Twilio status callbacks carry our message id in the query. */
  id: z.string().optional(),
});

type Signed =
  { kind: 'twilio'; params: Record<string, string> } | { kind: 'generic'; json: unknown };

/**
 * The body of a gateway's post, once its signature is verified: a form post is Twilio's (HMAC-SHA1
 * of the full URL and the sorted parameters), anything else the generic gateway's JSON (HMAC-SHA256
 * of the raw body). Unsigned or badly signed → 401; a signed body that is not JSON → 400.
 */
function signedBody(req: FastifyRequest, config: SmsInboundConfig): Signed {
  const raw = typeof req.body === 'string' ? req.body : '';
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  if (type === 'application/x-www-form-urlencoded') {
    const params = Object.fromEntries(new URLSearchParams(raw));
    const url = config.publicUrl + req.url;
    if (!verifyTwilio(config.twilioAuthToken, url, params, req.headers['x-twilio-signature']))
      throw unsigned();
    return { kind: 'twilio', params };
  }
  if (!verifyGeneric(config.secret, raw, req.headers['x-fieldsafe-signature'])) throw unsigned();
  try {
    return { kind: 'generic', json: JSON.parse(raw) as unknown };
  } catch {
    throw invalidFields([{ path: '(body)', message: 'is not JSON' }]);
  }
}

function parsed<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw fieldErrors(result.error);
  return result.data;
}

/** The inbound service of each app (tests drain its worker). */
const services = new WeakMap<object, SmsInboundService>();

/** The inbound SMS service registered on this app. */
export function smsInboundOf(app: object): SmsInboundService {
  const service = services.get(app);
  if (!service) throw new Error('registerSmsRoutes was not called on this app');
  return service;
}

/**
 * `POST /api/sms/inbound`: replies from an SMS gateway, signed. A JSON body is the generic
 * gateway's; a form post is Twilio's. No session: the signature is the authentication. The message
 * is stored and the gateway answered at once; the worker applies it shortly after.
 */
export function registerSmsRoutes(app: App, db: Db, config: SmsInboundConfig) {
  const inbound = createSmsInboundService(db, {
    onError: (error, id) => app.log.error({ err: error, id }, 'inbound SMS not applied'),
  });
  services.set(app, inbound);
  app.addHook('onClose', () => inbound.close());

  void app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    // The raw body is what is signed: keep it as received.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: 16_384 },
      (_req, body, done) => done(null, body),
    );
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 16_384 },
      (_req, body, done) => done(null, body),
    );

    scope.post('/api/sms/inbound', {
      config: { changesNoSessions: true },
      schema: {
        tags: ['sms'],
        summary:
          'A reply received by an SMS gateway: generic JSON signed with x-fieldsafe-signature (HMAC-SHA256 of the raw body), or a Twilio form post signed with X-Twilio-Signature. Stored at once (outcome `received`, or `duplicate` for a replayed gateway message id) and applied by a worker shortly after; with ?wait=true the answer comes once applied, with its outcome',
        security: [],
        querystring: InboundQuery,
      },
      handler: async (
        req: FastifyRequest<{ Querystring: z.infer<typeof InboundQuery> }>,
        reply,
      ) => {
        const body = signedBody(req, config);
        const wait = req.query.wait === 'true' || req.query.wait === '1';
        if (body.kind === 'twilio') {
          const form = parsed(TwilioBody, body.params);
          await inbound.receive(
            {
              gateway: 'twilio',
              from: form.From,
              text: form.Body,
              receivedAt: new Date(),
              gatewayMessageId: form.MessageSid ? `twilio:${form.MessageSid}` : null,
            },
            wait,
          );
          // Replies go through the delivery queue, not in the answer.
          return reply.type('text/xml; charset=utf-8').send(EMPTY_TWIML);
        }
        const json = parsed(GenericBody, body.json);
        const message: InboundSms = {
          gateway: 'generic',
          from: json.from,
          text: json.text,
          receivedAt: json.receivedAt ? new Date(json.receivedAt) : new Date(),
          gatewayMessageId: json.gatewayMessageId ? `generic:${json.gatewayMessageId}` : null,
        };
        return InboundAnswer.parse(await inbound.receive(message, wait));
      },
    });

    scope.post('/api/sms/status', {
      config: { changesNoSessions: true },
      schema: {
        tags: ['sms'],
        summary:
          'A delivery receipt (status callback) for an SMS we sent, signed like inbound messages; the generic gateway sends {id, status, error?}, Twilio its form post to ?id=<our message id>',
        security: [],
        querystring: InboundQuery,
      },
      handler: async (
        req: FastifyRequest<{ Querystring: z.infer<typeof InboundQuery> }>,
        reply,
      ) => {
        const body = signedBody(req, config);
        if (body.kind === 'twilio') {
          const form = parsed(TwilioReceipt, { ...body.params, id: req.query.id });
          const recorded = await recordReceipt(
            db,
            form.id,
            twilioStatus(form.MessageStatus),
            form.ErrorCode ?? null,
          );
          return reply.send({ recorded });
        }
        const receipt = parsed(GenericReceipt, body.json);
        const recorded = await recordReceipt(db, receipt.id, receipt.status, receipt.error ?? null);
        return reply.send({ recorded });
      },
    });
  });
}
