import { sql, type SQLWrapper } from 'drizzle-orm';
import type { Db, Tx } from './client.ts';
import { auditLog } from './schema/index.ts';
import {
  auditRows,
  recordAudit,
  type AuditActor,
  type AuditEntry,
} from '../audit/audit.service.ts';

/**
 * Runs a write in one transaction and appends its audit rows in that same transaction:
 * either both are kept or neither is.
 */
export async function audited<T>(
  db: Db,
  actor: AuditActor,
  work: (tx: Tx) => Promise<{ result: T; audit: AuditEntry | AuditEntry[] }>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const { result, audit } = await work(tx);
    await recordAudit(tx, actor, audit);
    return result;
  });
}

/**
 * Writes and their audit rows as ONE statement (data-modifying CTEs): atomic like `audited`, in
 * one round trip instead of BEGIN, each write, the audit insert and COMMIT. For hot write paths
 * whose writes need nothing back from the database (ids and times made by the caller).
 */
export async function auditedStatement(
  db: Db,
  actor: AuditActor,
  writes: readonly SQLWrapper[],
  audit: AuditEntry | AuditEntry[],
): Promise<void> {
  const steps = writes.map((w, i) => sql`${sql.identifier(`w${i}`)} as (${w.getSQL()})`);
  const log = db.insert(auditLog).values(auditRows(actor, audit));
  await db.execute(
    steps.length ? sql`with ${sql.join(steps, sql`, `)} ${log.getSQL()}` : log.getSQL(),
  );
}
