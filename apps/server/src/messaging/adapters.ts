import net from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type { Db } from '../db/client.ts';
import { insertNotifications } from '../notifications/notification.queries.ts';
import type { Config } from '../config.ts';
import { sendWebhook, smsGatewayAdapter } from '../sms/gateways.ts';
import { composePlainText } from './mime.ts';
import type { Rendered } from './templates.ts';
import type { Adapter, Adapters, Delivery } from './worker.ts';

/**
 * The kind of a queued message in the notification centre: a warden cascade is told apart, so the
 * web app opens its call list rather than showing its list of names as a paragraph.
 */
const kindOf = (template: string) => (template === 'warden.cascade' ? 'warden_cascade' : 'message');

const notificationOf = (d: Delivery, content: Rendered) => ({
  personId: d.recipientId,
  countryId: d.countryId,
  kind: kindOf(d.template),
  title: content.subject,
  body: content.text,
  link: typeof d.params.path === 'string' ? d.params.path : null,
  cause: `msg:${d.messageId}`,
});

/** In-app: a notification per person and message (unique (person, cause)); a round in one INSERT. */
export function inAppAdapter(db: Db): Adapter {
  return {
    async send(d, content) {
      await insertNotifications(db, [notificationOf(d, content)]);
    },
    async sendMany(items) {
      await insertNotifications(
        db,
        items.map((it) => notificationOf(it.delivery, it.content)),
      );
      return items.map(() => null);
    },
  };
}

/**
 * Pooled SMTP options from an smtp:// or smtps:// URL (query parameters as nodemailer reads them,
 * e.g. `?tls.rejectUnauthorized=false`). Sockets are opened with Nagle's algorithm off: SMTP's
 * small pipelined commands otherwise wait for delayed ACKs (40 ms a message on loopback).
 */
function smtpOptions(smtpUrl: string, maxConnections: number): SMTPPool.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const options: Record<string, unknown> = {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port,
    secure,
    ...(url.username
      ? {
          auth: {
            user: decodeURIComponent(url.username),
            pass: decodeURIComponent(url.password),
          },
        }
      : {}),
  };
  for (const [key, raw] of url.searchParams) {
    const value =
      raw === 'true'
        ? true
        : raw === 'false'
          ? false
          : raw !== '' && !isNaN(Number(raw))
            ? Number(raw)
            : raw;
    const [head, sub] = key.split('.', 2) as [string, string | undefined];
    if (sub === undefined) options[head] = value;
    else
      options[head] = { ...(options[head] as Record<string, unknown> | undefined), [sub]: value };
  }
  return {
    ...(options as unknown as SMTPPool.Options),
    pool: true,
    maxConnections,
    maxMessages: 1000,
    getSocket: (_o, callback) => {
      const socket = net.connect({ host: options.host as string, port });
      socket.setNoDelay(true);
      const failed = (e: Error) => callback(e, undefined as never);
      socket.once('error', failed);
      socket.once('connect', () => {
        socket.off('error', failed);
        callback(null, { connection: socket });
      });
    },
  };
}

/**
 * E-mail over SMTP. The queue row's id is the Message-ID, so a receiver seeing a retry of a
 * message it already accepted can drop it. Connections are pooled (a few, each carrying many
 * messages) while there is mail to send, and closed after a second without any.
 */
export function emailAdapter(
  smtpUrl: string,
  from = 'Fieldsafe <no-reply@fieldsafe.invalid>',
  pool: { maxConnections?: number; idleMs?: number } = {},
): Adapter {
  const options = smtpOptions(smtpUrl, pool.maxConnections ?? 8);
  let transport: Transporter | null = null;
  let sending = 0;
  let idle: NodeJS.Timeout | null = null;
  return {
    async send(d, content) {
      if (!d.address) throw new Error('no e-mail address');
      if (idle) clearTimeout(idle);
      idle = null;
      const t = (transport ??= nodemailer.createTransport(options));
      sending++;
      try {
        const message = {
          from,
          to: d.address,
          subject: content.subject,
          text: content.text,
          messageId: `<${d.id}@fieldsafe>`,
        };
        const composed = composePlainText({ ...message, date: new Date() });
        await t.sendMail(
          composed
            ? {
                envelope: { from: composed.envelopeFrom, to: [d.address] },
                raw: composed.raw,
                // Also given apart, or nodemailer would generate one it does not send.
                messageId: message.messageId,
              }
            : message,
        );
      } finally {
        if (--sending === 0) {
          idle = setTimeout(() => {
            idle = null;
            if (sending === 0 && transport === t) {
              transport = null;
              t.close();
            }
          }, pool.idleMs ?? 1000);
          idle.unref();
        }
      }
    },
  };
}

/** SMS through a provider's HTTP webhook; the queue row's id is the Idempotency-Key. */
export function smsWebhookAdapter(url: string): Adapter {
  return {
    async send(d, content) {
      if (!d.address) throw new Error('no phone number');
      await sendWebhook(url, d, content);
    },
  };
}

/** The adapters the configuration sets up: in-app always, e-mail and SMS when configured. */
export function adaptersOf(
  db: Db,
  config: Pick<Config, 'smtp' | 'smsGateways' | 'publicUrl'>,
): Adapters {
  return {
    in_app: inAppAdapter(db),
    ...(config.smtp ? { email: emailAdapter(config.smtp.url, config.smtp.from) } : {}),
    ...(config.smsGateways.length
      ? {
          sms: smsGatewayAdapter(config.smsGateways, {
            statusCallback: `${config.publicUrl}/api/sms/status`,
          }),
        }
      : {}),
  };
}
