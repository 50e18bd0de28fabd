import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { DomainError, invalidFields } from '../http/errors.ts';
import type { App } from '../http/types.ts';
import { createSmsInboundService, type InboundSms } from './inbound.service.ts';
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

export function smsInboundConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SmsInboundConfig {
  return {
    secret: env.FIELDSAFE_SMS_INBOUND_SECRET || undefined,
    twilioAuthToken: env.FIELDSAFE_TWILIO_AUTH_TOKEN || undefined,
    publicUrl: (env.FIELDSAFE_PUBLIC_URL ?? `http://localhost:${env.PORT ?? '3000'}`).replace(
      /\/$/,
      '',
    ),
  };
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

/**
 * `POST /api/sms/inbound`: replies from an SMS gateway, signed. A JSON body is the generic
 * gateway's; a form post is Twilio's. No session: the signature is the authentication.
 */
export function registerSmsRoutes(app: App, db: Db, config: SmsInboundConfig) {
  const inbound = createSmsInboundService(db);

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
      schema: {
        tags: ['sms'],
        summary:
          'A reply received by an SMS gateway: generic JSON signed with x-fieldsafe-signature (HMAC-SHA256 of the raw body), or a Twilio form post signed with X-Twilio-Signature',
        security: [],
      },
      handler: async (req: FastifyRequest, reply) => {
        const raw = typeof req.body === 'string' ? req.body : '';
        const type = String(req.headers['content-type'] ?? '')
          .split(';')[0]!
          .trim();
        if (type === 'application/x-www-form-urlencoded') {
          const params = Object.fromEntries(new URLSearchParams(raw));
          if (
            !verifyTwilio(
              config.twilioAuthToken,
              config.publicUrl + req.url,
              params,
              req.headers['x-twilio-signature'],
            )
          )
            throw unsigned();
          const parsed = TwilioBody.safeParse(params);
          if (!parsed.success) throw fieldErrors(parsed.error);
          await inbound.receive({
            gateway: 'twilio',
            from: parsed.data.From,
            text: parsed.data.Body,
            receivedAt: new Date(),
            gatewayMessageId: parsed.data.MessageSid ? `twilio:${parsed.data.MessageSid}` : null,
          });
          // Replies go through the delivery queue, not in the answer.
          return reply.type('text/xml; charset=utf-8').send(EMPTY_TWIML);
        }
        if (!verifyGeneric(config.secret, raw, req.headers['x-fieldsafe-signature']))
          throw unsigned();
        let json: unknown;
        try {
          json = JSON.parse(raw);
        } catch {
          throw invalidFields([{ path: '(body)', message: 'is not JSON' }]);
        }
        const parsed = GenericBody.safeParse(json);
        if (!parsed.success) throw fieldErrors(parsed.error);
        const message: InboundSms = {
          gateway: 'generic',
          from: parsed.data.from,
          text: parsed.data.text,
          receivedAt: parsed.data.receivedAt ? new Date(parsed.data.receivedAt) : new Date(),
          gatewayMessageId: parsed.data.gatewayMessageId
            ? `generic:${parsed.data.gatewayMessageId}`
            : null,
        };
        return InboundAnswer.parse(await inbound.receive(message));
      },
    });

    scope.post('/api/sms/status', {
      schema: {
        tags: ['sms'],
        summary:
          'A delivery receipt (status callback) for an SMS we sent, signed like inbound messages; the generic gateway sends {id, status, error?}, Twilio its form post to ?id=<our message id>',
        security: [],
      },
      handler: async (req: FastifyRequest, reply) => {
        const raw = typeof req.body === 'string' ? req.body : '';
        const type = String(req.headers['content-type'] ?? '')
          .split(';')[0]!
          .trim();
        if (type === 'application/x-www-form-urlencoded') {
          const params = Object.fromEntries(new URLSearchParams(raw));
          if (
            !verifyTwilio(
              config.twilioAuthToken,
              config.publicUrl + req.url,
              params,
              req.headers['x-twilio-signature'],
            )
          )
            throw unsigned();
          const query = req.query as Record<string, string | undefined>;
          const parsed = TwilioReceipt.safeParse({ ...params, id: query.id });
          if (!parsed.success) throw fieldErrors(parsed.error);
          const recorded = await recordReceipt(
            db,
            parsed.data.id,
            twilioStatus(parsed.data.MessageStatus),
            parsed.data.ErrorCode ?? null,
          );
          return reply.send({ recorded });
        }
        if (!verifyGeneric(config.secret, raw, req.headers['x-fieldsafe-signature']))
          throw unsigned();
        let json: unknown;
        try {
          json = JSON.parse(raw);
        } catch {
          throw invalidFields([{ path: '(body)', message: 'is not JSON' }]);
        }
        const parsed = GenericReceipt.safeParse(json);
        if (!parsed.success) throw fieldErrors(parsed.error);
        const recorded = await recordReceipt(
          db,
          parsed.data.id,
          parsed.data.status,
          parsed.data.error ?? null,
        );
        return reply.send({ recorded });
      },
    });
  });
}
