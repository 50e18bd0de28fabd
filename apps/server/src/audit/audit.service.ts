import { desc, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import { auditHash, toJson, GENESIS_HASH, type ChainedFields } from './canonical.ts';

/** Who did it: a signed-in user, or the system itself (seeding, migrations, jobs). */
export interface AuditActor {
  userId: string | null;
  label: string;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, label: 'system' };

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  countryId?: string | null;
  organizationId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Fields never copied into the audit trail. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'csrfToken', 'content']);

function redact(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      SECRET_FIELDS.has(k) ? '[redacted]' : v,
    ]),
  );
}

/** Any number that identifies the audit chain's lock, the same in every process. */
const AUDIT_LOCK_KEY = 7_270_001;

/**
 * Appends audit rows in the caller's transaction. The advisory lock serializes writers so that
 * each row links to the one before it; it is released when the transaction ends.
 */
export async function recordAudit(tx: Tx, actor: AuditActor, entries: AuditEntry | AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const rows = list.map((e) => {
    const fields: ChainedFields = {
      at,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      countryId: e.countryId ?? null,
      organizationId: e.organizationId ?? null,
      before: toJson(redact(e.before)),
      after: toJson(redact(e.after)),
      prevHash,
    };
    const hash = auditHash(fields);
    prevHash = hash;
    return { ...fields, hash };
  });
  // Inserted in chunks to stay under the bind-parameter limit on large imports.
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(auditLog).values(rows.slice(i, i + 1000));
  }
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBad?: { seq: number; reason: string };
}

/** Walks the chain in order and reports the first row whose hash or link does not hold. */
export async function verifyAuditChain(db: Executor, batch = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.seq} > ${afterSeq}`)
      .orderBy(auditLog.seq)
      .limit(batch);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          firstBad: {
            seq: row.seq,
            reason: 'its link to the previous row is broken (a row was removed or altered)',
          },
        };
      }
      const expected = auditHash({
        at: new Date(row.at).toISOString(),
        actorUserId: row.actorUserId,
        actorLabel: row.actorLabel,
        action: row.action,
        entity: row.entity,
        entityId: row.entityId,
        countryId: row.countryId,
        organizationId: row.organizationId,
        before: toJson(row.before),
        after: toJson(row.after),
        prevHash: row.prevHash,
      });
      if (expected !== row.hash) {
        return {
          ok: false,
          checked,
          firstBad: { seq: row.seq, reason: 'its content does not match its hash' },
        };
      }
      prevHash = row.hash;
      afterSeq = row.seq;
      checked += 1;
    }
  }
}
