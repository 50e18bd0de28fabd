import nodemailer from 'nodemailer';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { notifications } from '../db/schema/index.ts';
import type { Adapter, Adapters } from './worker.ts';

/** In-app: a notification per person and message (unique (person, cause)). */
export function inAppAdapter(db: Db): Adapter {
  return {
    async send(d, content) {
      await db
        .insert(notifications)
        .values({
          personId: d.recipientId,
          countryId: d.countryId,
          kind: 'message',
          title: content.subject,
          body: content.text,
          link: typeof d.params.path === 'string' ? d.params.path : null,
          cause: `msg:${d.messageId}`,
        })
        .onConflictDoNothing({ target: [notifications.personId, notifications.cause] });
    },
  };
}

/**
 * E-mail over SMTP. The queue row's id is the Message-ID, so a receiver seeing a retry of a
 * message it already accepted can drop it.
 */
export function emailAdapter(
  smtpUrl: string,
  from = 'Fieldsafe <no-reply@fieldsafe.invalid>',
): Adapter {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(d, content) {
      if (!d.address) throw new Error('no e-mail address');
      await transport.sendMail({
        from,
        to: d.address,
        subject: content.subject,
        text: content.text,
        messageId: `<${d.id}@fieldsafe>`,
      });
    },
  };
}

/** SMS through a provider's HTTP webhook; the queue row's id is the Idempotency-Key. */
export function smsWebhookAdapter(url: string): Adapter {
  return {
    async send(d, content) {
      if (!d.address) throw new Error('no phone number');
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': d.id },
        body: JSON.stringify({ id: d.id, to: d.address, text: content.text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`SMS webhook answered ${res.status}`);
    },
  };
}

const MessagingEnv = z.object({
  FIELDSAFE_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  FIELDSAFE_SMTP_FROM: z.string().min(3).optional(),
  FIELDSAFE_SMS_WEBHOOK_URL: z.url('must be an http(s) URL').optional(),
});

/** The adapters the environment configures; in-app always. Fails loudly on a bad value. */
export function adaptersFromEnv(db: Db, env: NodeJS.ProcessEnv = process.env): Adapters {
  const parsed = MessagingEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid messaging configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    in_app: inAppAdapter(db),
    ...(e.FIELDSAFE_SMTP_URL
      ? { email: emailAdapter(e.FIELDSAFE_SMTP_URL, e.FIELDSAFE_SMTP_FROM) }
      : {}),
    ...(e.FIELDSAFE_SMS_WEBHOOK_URL ? { sms: smsWebhookAdapter(e.FIELDSAFE_SMS_WEBHOOK_URL) } : {}),
  };
}
