import type { Db, Tx } from './client.ts';
import { recordAudit, type AuditActor, type AuditEntry } from '../audit/audit.service.ts';

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
