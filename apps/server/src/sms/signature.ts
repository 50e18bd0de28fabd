/**
 * Signatures of inbound SMS webhooks. The generic gateway signs the raw body with HMAC-SHA256
 * (`x-fieldsafe-signature: sha256=<hex>`); Twilio signs the full URL followed by the form
 * parameters sorted by name, each name then value, with HMAC-SHA1 under the account's auth token,
 * base64-encoded (`X-Twilio-Signature`). Comparisons are constant-time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const same = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

export function signGeneric(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;
}

export function verifyGeneric(
  secret: string | undefined,
  rawBody: string,
  header: string | string[] | undefined,
): boolean {
  if (!secret || typeof header !== 'string') return false;
  const m = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!m) return false;
  const expected = createHmac('sha256', secret).update(rawBody, 'utf8').digest();
  return same(expected, Buffer.from(m[1]!.toLowerCase(), 'hex'));
}

export function signTwilio(
  authToken: string,
  url: string,
  params: Readonly<Record<string, string>>,
): string {
  const data =
    url +
    Object.keys(params)
      .sort()
      .map((k) => k + params[k])
      .join('');
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

export function verifyTwilio(
  authToken: string | undefined,
  url: string,
  params: Readonly<Record<string, string>>,
  header: string | string[] | undefined,
): boolean {
  if (!authToken || typeof header !== 'string' || header === '') return false;
  const expected = Buffer.from(signTwilio(authToken, url, params), 'utf8');
  return same(expected, Buffer.from(header.trim(), 'utf8'));
}
