import { parseEscalationThresholds, type EscalationThresholds } from '@fieldsafe/core';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { SERVER_ROOT } from './paths.ts';
import {
  DEFAULT_PRICE_PER_SEGMENT,
  DEFAULT_SMS_RATE,
  SmsGatewayList,
  type SmsGateway,
} from './sms/gateways.ts';

/**
 * Request-rate limits, per minute: sign-in attempts per address, public check-ins per address,
 * and writes per signed-in user (per address when signed out). There is no "off": a harness that
 * needs more sets a higher number.
 */
export interface RateLimits {
  login: number;
  checkin: number;
  writes: number;
}

export const RATE_LIMIT_DEFAULTS: RateLimits = { login: 120, checkin: 600, writes: 1200 };

const rateLimit = (fallback: number) =>
  z.coerce
    .number()
    .int('must be a whole number of requests per minute')
    .min(1, 'must be 1 or more (a limit cannot be switched off)')
    .default(fallback);

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  FIELDSAFE_DATA_DIR: z.string().min(1).default('./data'),
  FIELDSAFE_SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  FIELDSAFE_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  FIELDSAFE_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  FIELDSAFE_WEB_DIST: z.string().optional(),
  /** Signs check-in links and the audit checkpoint; seals TOTP and SSO client secrets. */
  FIELDSAFE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  FIELDSAFE_PUBLIC_URL: z.url('must be an http(s) URL').optional(),
  /** Days past a finding's deadline for each escalation step [000 §30]: focal point, USG, Executive Head, HLCM. */
  FIELDSAFE_ESCALATION_DAYS: z
    .string()
    .default('1,30,60,90')
    .transform((text, ctx) => {
      const parsed = parseEscalationThresholds(text);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }),
  FIELDSAFE_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  FIELDSAFE_SMTP_FROM: z
    .string()
    .min(3, 'must be an address such as Fieldsafe <no-reply@…>')
    .optional(),
  FIELDSAFE_SMS_WEBHOOK_URL: z.url('must be an http(s) URL').optional(),
  FIELDSAFE_SMS_RATE: z.coerce
    .number('must be a number')
    .positive('must be more than 0 messages per second')
    .default(DEFAULT_SMS_RATE),
  FIELDSAFE_SMS_PRICE_PER_SEGMENT: z.coerce
    .number('must be a number')
    .min(0, 'must be 0 or more')
    .default(DEFAULT_PRICE_PER_SEGMENT),
  /** A JSON array of gateways, one per country and a default (`*`). */
  FIELDSAFE_SMS_GATEWAYS: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text === '') return undefined;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON array of gateways' });
        return z.NEVER;
      }
      const parsed = SmsGatewayList.safeParse(json);
      if (parsed.success) return parsed.data;
      for (const i of parsed.error.issues)
        ctx.addIssue({ code: 'custom', message: `${i.path.join('.')} ${i.message}`.trim() });
      return z.NEVER;
    }),
  FIELDSAFE_SMS_LOCAL_GATEWAY_PORT: z.coerce
    .number('must be a port number')
    .int('must be a port number')
    .min(0, 'must be a port number')
    .max(65535, 'must be a port number')
    .default(0),
  /** Inbound SMS webhook keys. */
  FIELDSAFE_SMS_INBOUND_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  FIELDSAFE_TWILIO_AUTH_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `short`: one readable line per request (a terminal); `json`: pino's JSON lines (a collector). */
  FIELDSAFE_LOG_FORMAT: z.enum(['short', 'json']).default('short'),
  /** Bearer token of `GET /metrics`; unset, there is no such endpoint. */
  FIELDSAFE_METRICS_TOKEN: z
    .string()
    .min(32, 'must be at least 32 characters')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional(),
  FIELDSAFE_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .refine(
      (list) => list.every(isAddressOrCidr),
      'must be a comma-separated list of IP addresses or CIDR ranges (e.g. 10.0.0.1,10.1.0.0/16)',
    ),
  FIELDSAFE_RATE_LIMIT_LOGIN: rateLimit(RATE_LIMIT_DEFAULTS.login),
  FIELDSAFE_RATE_LIMIT_CHECKIN: rateLimit(RATE_LIMIT_DEFAULTS.checkin),
  FIELDSAFE_RATE_LIMIT_WRITES: rateLimit(RATE_LIMIT_DEFAULTS.writes),
});

/** An IPv4/IPv6 address, or one with a /prefix length that fits it. */
export function isAddressOrCidr(entry: string): boolean {
  const [addr, prefix, extra] = entry.split('/');
  if (extra !== undefined || !addr) return false;
  const family = isIP(addr);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  secureCookies: boolean;
  sessionHours: number;
  webDist: string;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  logFormat: 'short' | 'json';
  /** Token that `GET /metrics` requires; undefined: no metrics endpoint. */
  metricsToken: string | undefined;
  /** When a compliance finding escalates to each step; core's defaults when unset. */
  escalationThresholds?: EscalationThresholds;
  /** Proxies whose X-Forwarded-For is believed; empty: none (the socket address is the client). */
  trustedProxies: string[];
  rateLimits: RateLimits;
  /**
   * The address people reach this server at (links in messages, SSO redirects, SCIM locations),
   * without a trailing slash; `http://localhost:<port>` when not set.
   */
  publicUrl: string;
  /** FIELDSAFE_SECRET; undefined: the one generated on first start and kept in the database. */
  secret: string | undefined;
  /** Outbound e-mail; null: e-mail stays queued. */
  smtp: { url: string; from: string | undefined } | null;
  /**
   * Outbound SMS gateways: FIELDSAFE_SMS_GATEWAYS, else one default webhook from
   * FIELDSAFE_SMS_WEBHOOK_URL; empty: SMS stay queued (demo: a local gateway).
   */
  smsGateways: SmsGateway[];
  /** Port of the demo's local SMS gateway (0: a free one). */
  smsLocalGatewayPort: number;
  /** Keys of the inbound SMS webhooks. */
  smsInbound: { secret: string | undefined; twilioAuthToken: string | undefined };
}

/** Reads and validates the environment once; fails loudly, naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.FIELDSAFE_DATA_DIR),
    seedDemo: e.FIELDSAFE_SEED_DEMO === 'auto',
    secureCookies: e.FIELDSAFE_SECURE_COOKIES === 'true',
    sessionHours: e.FIELDSAFE_SESSION_HOURS,
    webDist: path.resolve(e.FIELDSAFE_WEB_DIST ?? path.join(SERVER_ROOT, '../web/dist')),
    logLevel: e.LOG_LEVEL,
    logFormat: e.FIELDSAFE_LOG_FORMAT,
    metricsToken: e.FIELDSAFE_METRICS_TOKEN,
    escalationThresholds: e.FIELDSAFE_ESCALATION_DAYS,
    trustedProxies: e.FIELDSAFE_TRUSTED_PROXIES,
    publicUrl: (e.FIELDSAFE_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    secret: e.FIELDSAFE_SECRET,
    smtp: e.FIELDSAFE_SMTP_URL ? { url: e.FIELDSAFE_SMTP_URL, from: e.FIELDSAFE_SMTP_FROM } : null,
    smsGateways:
      e.FIELDSAFE_SMS_GATEWAYS ??
      (e.FIELDSAFE_SMS_WEBHOOK_URL
        ? [
            {
              kind: 'webhook',
              country: '*',
              url: e.FIELDSAFE_SMS_WEBHOOK_URL,
              rate: e.FIELDSAFE_SMS_RATE,
              pricePerSegment: e.FIELDSAFE_SMS_PRICE_PER_SEGMENT,
            },
          ]
        : []),
    smsLocalGatewayPort: e.FIELDSAFE_SMS_LOCAL_GATEWAY_PORT,
    smsInbound: {
      secret: e.FIELDSAFE_SMS_INBOUND_SECRET || undefined,
      twilioAuthToken: e.FIELDSAFE_TWILIO_AUTH_TOKEN || undefined,
    },
    rateLimits: {
      login: e.FIELDSAFE_RATE_LIMIT_LOGIN,
      checkin: e.FIELDSAFE_RATE_LIMIT_CHECKIN,
      writes: e.FIELDSAFE_RATE_LIMIT_WRITES,
    },
  };
}
