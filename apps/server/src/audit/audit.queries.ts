import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  ilike,
  lt,
  sql,
  type SQL,
} from 'drizzle-orm';
import { rowsOf, type Executor, type Tx } from '../db/client.ts';
import { pgArray } from '../db/prepared.ts';
import { auditChain, auditCheckpoint, auditLog, auditPending } from '../db/schema/index.ts';

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

/**
 * The audit trail, newest first, optionally of one entity, one person or a range of days; each
 * row says whether it is linked into the hash chain yet.
 */
export function listAuditRows(
  ex: Executor,
  f: AuditFilter,
): Promise<(AuditRow & { chained: boolean })[]> {
  const where: (SQL | undefined)[] = [
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.actor ? ilike(auditLog.actorLabel, `%${f.actor.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
    f.from ? gte(auditLog.at, `${f.from}T00:00:00Z`) : undefined,
    f.to ? lt(auditLog.at, sql`(${f.to}::date + 1)::timestamptz`) : undefined,
    f.before ? lt(auditLog.seq, f.before) : undefined,
  ];
  return ex
    .select({
      ...getTableColumns(auditLog),
      // The pending rows are read once and hashed, whatever the page's length.
      chained: sql<boolean>`${auditLog.seq} not in (select unnest(seqs) from ${auditPending})`,
    })
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.seq))
    .limit(f.limit);
}

export async function insertAuditRows(tx: Executor, rows: AuditInsert[]): Promise<void> {
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

export interface PendingNote {
  id: number;
  seqs: number[];
}

/**
 * The oldest notes of rows written but not chained yet (a note holds up to 1,000 rows of one
 * statement): as many whole notes as hold at most `rows` rows, and always the first; `more` when
 * other notes wait behind them.
 */
export async function pendingNotes(
  tx: Tx,
  rows: number,
): Promise<{ notes: PendingNote[]; more: boolean }> {
  const found = await rowsOf<PendingNote & { fetched: number }>(
    tx,
    sql`
    select id::float8 as id, seqs::float8[] as seqs, fetched::int as fetched from (
      select id, seqs, sum(cardinality(seqs)) over (order by id) as upto,
             row_number() over (order by id) as n, count(*) over () as fetched
        from (select id, seqs from ${auditPending} order by id limit ${rows}) first
    ) p where upto <= ${rows} or n = 1 order by id`,
  );
  const notes = found.map(({ id, seqs }) => ({ id, seqs }));
  const fetched = found[0]?.fetched ?? 0;
  return { notes, more: notes.length < fetched || fetched === rows };
}

/** Audit rows by `seq` (in no particular order). */
export function auditRowsBySeq(ex: Executor, seqs: readonly number[]): Promise<AuditRow[]> {
  if (seqs.length === 0) return Promise.resolve([]);
  return ex
    .select()
    .from(auditLog)
    .where(sql`${auditLog.seq} = any(${pgArray(seqs.map(String))}::bigint[])`);
}

/** The chain's last block: where it ends and its last row's hash. */
export async function chainEnd(tx: Tx): Promise<{ lastPos: number; lastHash: string } | undefined> {
  const [block] = await tx
    .select({
      lastPos: sql<number>`${auditChain.firstPos} + cardinality(${auditChain.seqs}) - 1`.mapWith(
        Number,
      ),
      lastHash: sql<string>`${auditChain.hashes}[cardinality(${auditChain.hashes})]`,
    })
    .from(auditChain)
    .orderBy(desc(auditChain.firstPos))
    .limit(1);
  return block;
}

export type ChainBlock = typeof auditChain.$inferSelect;

/**
 * Appends a block to the chain and takes its rows off the pending notes, in the chainer's
 * transaction: the `done` notes are deleted, and the rows still to note (`again`) get a new
 * note, behind the others.
 */
export async function appendChainBlock(
  tx: Tx,
  block: ChainBlock | null,
  done: number[],
  again: number[],
): Promise<void> {
  if (block)
    // Arrays as literals: hashes are hex and positions digits, so nothing needs quoting.
    await tx.execute(sql`
      insert into ${auditChain} (first_pos, prev_hash, seqs, hashes)
      values (${block.firstPos}, ${block.prevHash}, ${pgArray(block.seqs.map(String))}::bigint[],
              ${pgArray(block.hashes)}::text[])`);
  await tx
    .delete(auditPending)
    .where(sql`${auditPending.id} = any(${pgArray(done.map(String))}::bigint[])`);
  if (again.length > 0) await tx.insert(auditPending).values({ seqs: again });
}

/** How many written rows wait to be chained. */
export async function countUnchained(ex: Executor): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`coalesce(sum(cardinality(${auditPending.seqs})), 0)::int` })
    .from(auditPending);
  return row?.n ?? 0;
}

/** Chain blocks after a position, in chain order. */
export function blocksAfter(ex: Executor, afterPos: number, limit: number): Promise<ChainBlock[]> {
  return ex
    .select()
    .from(auditChain)
    .where(gt(auditChain.firstPos, afterPos))
    .orderBy(asc(auditChain.firstPos))
    .limit(limit);
}

/**
 * An audit row that is neither in the chain nor waiting to be (inserted behind the trigger's
 * back), if any; read in one statement, so a row the chainer links meanwhile is in one or the
 * other.
 */
export function rowOutsideChain(ex: Executor): Promise<number | null> {
  return firstSeq(
    ex,
    sql`select a.seq::float8 as seq from ${auditLog} a
          left join (select unnest(seqs) as seq from ${auditChain}
                     union all select unnest(seqs) from ${auditPending}) k on k.seq = a.seq
         where k.seq is null
         order by a.seq limit 1`,
  );
}

/** The `seq` a query returns in its first row, if any. */
async function firstSeq(ex: Executor, query: SQL): Promise<number | null> {
  const rows = await rowsOf<{ seq: number }>(ex, query);
  return rows[0] ? Number(rows[0].seq) : null;
}

/** A row noted as written whose row is gone (removed before it was linked), if any. */
export function pendingRowGone(ex: Executor): Promise<number | null> {
  return firstSeq(
    ex,
    sql`select p.seq::float8 as seq from (select unnest(seqs) as seq from ${auditPending}) p
         where not exists (select 1 from ${auditLog} a where a.seq = p.seq)
         order by p.seq limit 1`,
  );
}
