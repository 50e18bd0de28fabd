import { and, asc, desc, eq, gte, ilike, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import { pgArray } from '../db/prepared.ts';
import { auditCheckpoint, auditLog } from '../db/schema/index.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditInsert = typeof auditLog.$inferInsert;
export type CheckpointRow = typeof auditCheckpoint.$inferSelect;

export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  /** Only the changes made by a person whose label (e-mail or name) contains this text. */
  actor?: string | undefined;
  /** Only changes made on or after this day (UTC, `YYYY-MM-DD`). */
  from?: string | undefined;
  /** Only changes made on or before this day (UTC, `YYYY-MM-DD`). */
  to?: string | undefined;
  /** Only rows written before this sequence number (paging backwards). */
  before?: number | undefined;
  limit: number;
}

/** The audit trail, newest first, optionally of one entity, one person or a range of days. */
export function listAuditRows(ex: Executor, f: AuditFilter): Promise<AuditRow[]> {
  const where: (SQL | undefined)[] = [
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.actor ? ilike(auditLog.actorLabel, `%${f.actor.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
    f.from ? gte(auditLog.at, `${f.from}T00:00:00Z`) : undefined,
    f.to ? lt(auditLog.at, sql`(${f.to}::date + 1)::timestamptz`) : undefined,
    f.before ? lt(auditLog.seq, f.before) : undefined,
  ];
  return ex
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.seq))
    .limit(f.limit);
}

export async function insertAuditRows(tx: Tx, rows: AuditInsert[]): Promise<void> {
  await tx.insert(auditLog).values(rows);
}

/** Holds the chainer's advisory lock until the transaction ends. */
export async function lockChain(tx: Tx, key: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${key})`);
}

export async function checkpointRow(ex: Executor): Promise<CheckpointRow | undefined> {
  const [row] = await ex.select().from(auditCheckpoint).where(eq(auditCheckpoint.id, 1));
  return row;
}

/** The checkpoint row, whatever its id (the chainer's check that it was not deleted). */
export async function anyCheckpointRow(tx: Tx): Promise<CheckpointRow | undefined> {
  const [row] = await tx.select().from(auditCheckpoint);
  return row;
}

export async function upsertCheckpoint(
  ex: Executor,
  headPos: number,
  headHash: string,
  signature: string,
): Promise<void> {
  await ex
    .insert(auditCheckpoint)
    .values({ id: 1, headPos, headHash, signature })
    .onConflictDoUpdate({
      target: auditCheckpoint.id,
      set: { headPos, headHash, signature, updatedAt: sql`now()` },
    });
}

/** Rows written but not chained yet, in the order they were written. */
export function unchainedRows(tx: Tx, limit: number): Promise<AuditRow[]> {
  return tx
    .select()
    .from(auditLog)
    .where(isNull(auditLog.chainPos))
    .orderBy(asc(auditLog.seq))
    .limit(limit);
}

/** The position and hash of the last chained row. */
export async function chainHead(
  tx: Tx,
): Promise<{ pos: number | null; hash: string | null } | undefined> {
  const [last] = await tx
    .select({ pos: auditLog.chainPos, hash: auditLog.hash })
    .from(auditLog)
    .where(isNotNull(auditLog.chainPos))
    .orderBy(desc(auditLog.chainPos))
    .limit(1);
  return last;
}

export interface ChainLink {
  seq: number;
  pos: number;
  prevHash: string;
  hash: string;
}

/**
 * Writes the chain links of many rows. Four array parameters, not four per row: building and
 * sending the statement stays cheap however many rows a busy second wrote.
 */
export async function writeChainLinks(tx: Tx, updates: ChainLink[]): Promise<void> {
  await tx.execute(sql`
        update audit_log a set chain_pos = v.pos, prev_hash = v.prev, hash = v.hash
          from unnest(${pgArray(updates.map((u) => String(u.seq)))}::bigint[],
                      ${pgArray(updates.map((u) => String(u.pos)))}::bigint[],
                      ${pgArray(updates.map((u) => u.prevHash))}::text[],
                      ${pgArray(updates.map((u) => u.hash))}::text[]) as v(seq, pos, prev, hash)
         where a.seq = v.seq`);
}

export async function countUnchained(ex: Executor): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(isNull(auditLog.chainPos));
  return row?.n ?? 0;
}

/** Chained rows after a position, in chain order. */
export function chainedAfter(ex: Executor, afterPos: number, limit: number): Promise<AuditRow[]> {
  return ex
    .select()
    .from(auditLog)
    .where(sql`${auditLog.chainPos} > ${afterPos}`)
    .orderBy(asc(auditLog.chainPos))
    .limit(limit);
}
