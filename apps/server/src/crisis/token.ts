import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { DomainError, notFound } from '../http/errors.ts';
import { storedSecret } from './token.queries.ts';

/** The configured server secret (config `secret`, FIELDSAFE_SECRET) of each database handle. */
const configured = new WeakMap<object, string>();

/**
 * Gives a database handle the configured server secret (validated by `loadConfig`), once, when
 * the process opens its database; without one the generated secret stored there is used.
 */
export function useServerSecret(db: Db, secret: string | undefined): void {
  if (secret) configured.set(db, secret);
  else configured.delete(db);
}

/**
 * The server secret (check-in links; the audit checkpoint and sealing keys derive from it): the
 * configured one when set, otherwise one generated on first start and stored in the database
 * (so every server process sharing the database agrees). Never hard-coded.
 */
export async function checkinSecret(db: Db): Promise<Buffer> {
  const given = configured.get(db);
  if (given) return Buffer.from(given, 'utf8');
  const value = await storedSecret(db, 'checkin', randomBytes(32).toString('base64url'));
  if (!value) throw new Error('check-in secret missing');
  return Buffer.from(value, 'base64url');
}

export interface CheckinClaim {
  crisisId: string;
  personId: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

const mac = (secret: Buffer, payload: Buffer) =>
  createHmac('sha256', secret).update(payload).digest().subarray(0, 16).toString('base64url');

const uuidBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const uuidOf = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/**
 * A one-tap check-in token: the crisis, the person and the expiry (36 bytes), signed with
 * HMAC-SHA256 (truncated to 128 bits) — about 70 characters, short enough for an SMS.
 */
export function signCheckin(secret: Buffer, claim: CheckinClaim): string {
  const payload = Buffer.alloc(36);
  uuidBytes(claim.crisisId).copy(payload, 0);
  uuidBytes(claim.personId).copy(payload, 16);
  payload.writeUInt32BE(claim.expiresAt >>> 0, 32);
  return `${payload.toString('base64url')}.${mac(secret, payload)}`;
}

/**
 * What a queued check-in message carries instead of a token (`params.checkin`): the crisis and
 * the links' expiry. The queue row names its recipient, so the delivery worker signs each
 * person's link as it sends (`withCheckinLink`): a fan-out to 20,000 people queues one small
 * shared parameter set instead of 20,000 signed links built and shipped through the database.
 */
export interface CheckinLinkParams {
  crisisId: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

const isLinkParams = (v: unknown): v is CheckinLinkParams =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as CheckinLinkParams).crisisId === 'string' &&
  typeof (v as CheckinLinkParams).expiresAt === 'number';

/**
 * A queued message's parameters with its recipient's check-in link (`path`, and `link` on
 * `publicUrl`) when they carry `checkin` and no link yet; otherwise the parameters unchanged.
 */
export function withCheckinLink(
  secret: Buffer,
  publicUrl: string,
  personId: string,
  params: Record<string, unknown>,
): Record<string, unknown> {
  const c = params.checkin;
  if (!isLinkParams(c) || typeof params.path === 'string') return params;
  const path = `/checkin/${signCheckin(secret, { crisisId: c.crisisId, personId, expiresAt: c.expiresAt })}`;
  return { ...params, path, link: `${publicUrl}${path}` };
}

/** The claim a token carries: 404 when it is not one of ours (or was altered), 410 when expired. */
export function verifyCheckin(secret: Buffer, token: string, now = Date.now()): CheckinClaim {
  const [encoded, signature, extra] = token.split('.');
  if (!encoded || !signature || extra !== undefined) throw notFound('Check-in link');
  const payload = Buffer.from(encoded, 'base64url');
  if (payload.length !== 36) throw notFound('Check-in link');
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    throw notFound('Check-in link');
  const claim = {
    crisisId: uuidOf(payload.subarray(0, 16)),
    personId: uuidOf(payload.subarray(16, 32)),
    expiresAt: payload.readUInt32BE(32),
  };
  if (claim.expiresAt * 1000 <= now)
    throw new DomainError('gone', 'This check-in link has expired');
  return claim;
}
