import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db, Executor } from '../db/client.ts';
import { checkpointRow, upsertCheckpoint } from './audit.queries.ts';
import { checkinSecret } from '../crisis/token.ts';

/**
 * The key that signs the audit checkpoint, derived from the server secret (FIELDSAFE_SECRET when
 * set, which keeps it out of the database; otherwise the generated one stored there).
 */
const keys = new WeakMap<object, Promise<Buffer>>();
export function checkpointKey(db: Db): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    key = checkinSecret(db).then((secret) =>
      createHmac('sha256', secret).update('fieldsafe audit checkpoint v1').digest(),
    );
    keys.set(db, key);
    key.catch(() => keys.delete(db));
  }
  return key;
}

export function signCheckpoint(key: Buffer, headPos: number, headHash: string): string {
  return createHmac('sha256', key).update(`${headPos}:${headHash}`).digest('base64url');
}

/** Moves the checkpoint to the new head of the chain (in the chainer's transaction). */
export async function advanceCheckpoint(
  tx: Executor,
  key: Buffer,
  headPos: number,
  headHash: string,
): Promise<void> {
  const signature = signCheckpoint(key, headPos, headHash);
  await upsertCheckpoint(tx, headPos, headHash, signature);
}

export interface Checkpoint {
  headPos: number;
  headHash: string;
  /** The signature matches the server secret. */
  genuine: boolean;
}

export async function readCheckpoint(db: Executor, key: Buffer): Promise<Checkpoint | null> {
  const row = await checkpointRow(db);
  if (!row) return null;
  if (row.signature === '') return { headPos: row.headPos, headHash: row.headHash, genuine: false };
  const expected = Buffer.from(signCheckpoint(key, row.headPos, row.headHash));
  const given = Buffer.from(row.signature);
  const genuine = expected.length === given.length && timingSafeEqual(expected, given);
  return { headPos: row.headPos, headHash: row.headHash, genuine };
}
