/**
 * Outbound SMS gateways: the generic webhook and a Twilio-compatible REST API, one per country
 * (by the recipient number's region) with a default, each with its own send rate (messages per
 * second) and price per segment for the broadcast preview.
 */
import { phoneRegion } from '@fieldsafe/core';
import { request } from 'undici';
import { z } from 'zod';
import type { Rendered } from '../messaging/templates.ts';
import { DeferDelivery, type Adapter, type Delivery } from '../messaging/worker.ts';

export const DEFAULT_SMS_RATE = 50;
export const DEFAULT_PRICE_PER_SEGMENT = 0.05;

const Gateway = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('webhook'),
    /** ISO 3166 alpha-2 of the numbers it sends to, or `*` for every other number. */
    country: z.string().regex(/^([A-Z]{2}|\*)$/, 'must be a two-letter country code or *'),
    url: z.url('must be an http(s) URL'),
    rate: z.number().positive('must be more than 0 messages per second').default(DEFAULT_SMS_RATE),
    pricePerSegment: z.number().min(0).max(10).default(DEFAULT_PRICE_PER_SEGMENT),
  }),
  z.object({
    kind: z.literal('twilio'),
    country: z.string().regex(/^([A-Z]{2}|\*)$/, 'must be a two-letter country code or *'),
    /** The API's base address (https://api.twilio.com, or a compatible provider's). */
    url: z.url('must be an http(s) URL'),
    accountSid: z.string().min(1),
    authToken: z.string().min(16, 'must be at least 16 characters'),
    from: z.string().min(3),
    rate: z.number().positive('must be more than 0 messages per second').default(DEFAULT_SMS_RATE),
    pricePerSegment: z.number().min(0).max(10).default(DEFAULT_PRICE_PER_SEGMENT),
  }),
]);
export type SmsGateway = z.infer<typeof Gateway>;

export const SmsGatewayList = z
  .array(Gateway)
  .refine(
    (list) => new Set(list.map((g) => g.country)).size === list.length,
    'has two gateways for one country',
  );

/** The gateway for a number: its country's, else the default (`*`). */
export function gatewayFor(gateways: readonly SmsGateway[], address: string | null) {
  // The number is parsed only when a gateway is kept for some country (parsing is most of
  // choosing, and most installations have one gateway for every number).
  const region = address && gateways.some((g) => g.country !== '*') ? phoneRegion(address) : null;
  return (
    gateways.find((g) => g.country === region) ?? gateways.find((g) => g.country === '*') ?? null
  );
}

/** The price of one segment to a number (the default gateway's, else core's default). */
export function priceFor(gateways: readonly SmsGateway[], region: string | null): number {
  return (
    (gateways.find((g) => g.country === region) ?? gateways.find((g) => g.country === '*'))
      ?.pricePerSegment ?? DEFAULT_PRICE_PER_SEGMENT
  );
}

/**
 * A send-rate limit: a token bucket of `rate` per second (burst: one second's worth). `take`
 * answers how long to wait for the next slot, and reserves it, or -1 when that would be longer
 * than `maxWaitMs` (the caller then puts the message back on the queue for later).
 */
export function rateLimiter(rate: number, now: () => number = Date.now) {
  const interval = 1000 / rate;
  let next = 0;
  return {
    take(maxWaitMs: number): number {
      const t = now();
      const at = Math.max(next, t - 1000 + interval);
      const wait = Math.max(0, at - t);
      if (wait > maxWaitMs) return -1;
      next = at + interval;
      return wait;
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One POST to a gateway; resolves with the status. Through undici's `request` (kept-alive
 * connections), not `fetch`: fetch's web streams and abort signals cost a third of the server's
 * CPU while a crisis's messages go out. The answer is read to the end, so its connection is reused.
 */
async function post(url: string, headers: Record<string, string>, body: string): Promise<number> {
  const res = await request(url, {
    method: 'POST',
    headers,
    body,
    headersTimeout: 10_000,
    bodyTimeout: 10_000,
  });
  await res.body.dump().catch(() => undefined);
  return res.statusCode;
}

const ok = (status: number) => status >= 200 && status < 300;

/** Posts `{id, to, text, statusCallback}` as JSON; the queue row's id is the Idempotency-Key. */
export async function sendWebhook(
  url: string,
  d: Delivery,
  content: Rendered,
  statusCallback?: string,
) {
  const status = await post(
    url,
    { 'content-type': 'application/json', 'idempotency-key': d.id },
    JSON.stringify({
      id: d.id,
      to: d.address,
      text: content.text,
      ...(statusCallback ? { statusCallback } : {}),
    }),
  );
  if (!ok(status)) throw new Error(`SMS webhook answered ${status}`);
}

/** Twilio's Messages API (form post, basic auth); receipts come to `statusCallback?id=…`. */
async function sendTwilio(
  g: Extract<SmsGateway, { kind: 'twilio' }>,
  d: Delivery,
  content: Rendered,
  statusCallback?: string,
) {
  const form = new URLSearchParams({ To: d.address ?? '', From: g.from, Body: content.text });
  if (statusCallback) form.set('StatusCallback', `${statusCallback}?id=${d.id}`);
  const status = await post(
    `${g.url.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(g.accountSid)}/Messages.json`,
    {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${g.accountSid}:${g.authToken}`).toString('base64')}`,
      // Honoured by compatible providers; Twilio itself ignores it.
      'i-twilio-idempotency-token': d.id,
    },
    form.toString(),
  );
  if (!ok(status)) throw new Error(`Twilio API answered ${status}`);
}

export interface SmsAdapterOptions {
  /** Where the gateway posts delivery receipts (…/api/sms/status). */
  statusCallback?: string;
  /** The longest a message waits for its gateway's rate inside a round (below the claim lock). */
  maxWaitMs?: number;
}

/**
 * The SMS adapter: each message through its country's gateway, at that gateway's rate. A message
 * that would wait longer than `maxWaitMs` goes back on the queue (not counted as a failure).
 */
export function smsGatewayAdapter(
  gateways: readonly SmsGateway[],
  options: SmsAdapterOptions = {},
): Adapter {
  const limiters = new Map(gateways.map((g) => [g, rateLimiter(g.rate)]));
  const maxWaitMs = options.maxWaitMs ?? 20_000;
  return {
    async send(d, content) {
      if (!d.address) throw new Error('no phone number');
      const g = gatewayFor(gateways, d.address);
      if (!g) throw new Error('no SMS gateway for this number');
      const wait = limiters.get(g)!.take(maxWaitMs);
      if (wait < 0) throw new DeferDelivery(1000);
      if (wait > 0) await sleep(wait);
      if (g.kind === 'twilio') await sendTwilio(g, d, content, options.statusCallback);
      else await sendWebhook(g.url, d, content, options.statusCallback);
    },
  };
}
