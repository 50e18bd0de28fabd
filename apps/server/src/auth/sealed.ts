import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { checkinSecret } from '../crisis/token.ts';

/**
 * Secrets Fieldsafe must read back (TOTP secrets, identity providers' client secrets) are kept
 * sealed with AES-256-GCM under a key derived from the server secret — FIELDSAFE_SECRET when set,
 * which keeps the key out of the database (otherwise the generated one stored there).
 */
const keys = new WeakMap<object, Promise<Buffer>>();
export function sealingKey(db: Db): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    key = checkinSecret(db).then((secret) =>
      createHmac('sha256', secret).update('fieldsafe sealed secrets v1').digest(),
    );
    keys.set(db, key);
    key.catch(() => keys.delete(db));
  }
  return key;
}

const PREFIX = 'sealed1.';

export function seal(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The plain value; throws when the value was sealed under another key (or altered). */
export function unseal(key: Buffer, value: string): string {
  if (!value.startsWith(PREFIX)) return value;
  const raw = Buffer.from(value.slice(PREFIX.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
