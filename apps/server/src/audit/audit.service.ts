import { can, type Actor } from '@fieldsafe/core';
import type { Db, Executor } from '../db/client.ts';
import { forbidden, invalid } from '../http/errors.ts';
import { advanceCheckpoint, checkpointKey, readCheckpoint } from './checkpoint.ts';
import {
  anyCheckpointRow,
  appendChainBlock,
  auditRowsBySeq,
  blocksAfter,
  chainEnd,
  countUnchained,
  insertAuditRows,
  listAuditRows,
  lockChain,
  pendingNotes,
  pendingRowGone,
  rowOutsideChain,
  type AuditFilter,
  type AuditRow,
} from './audit.queries.ts';
import { startPeriodic } from '../jobs/periodic.ts';
import { auditHash, toJson, GENESIS_HASH, type ChainedFields, type Json } from './canonical.ts';

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

/** The audit rows of some entries, as inserted (unchained). */
export function auditRows(actor: AuditActor, entries: AuditEntry | AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries];
  const at = new Date().toISOString();
  return list.map((e) => ({
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
  }));
}

/**
 * Appends audit rows in the caller's transaction: either the change and its audit rows are both
 * kept or neither is. Rows are written unchained, so writers never wait for one another; the
 * chainer links them shortly after (`chainAudit`).
 */
export async function recordAudit(
  tx: Executor,
  actor: AuditActor,
  entries: AuditEntry | AuditEntry[],
) {
  const rows = auditRows(actor, entries);
  // Inserted in chunks to stay under the bind-parameter limit on large imports.
  for (let i = 0; i < rows.length; i += 1000) {
    await insertAuditRows(tx, rows.slice(i, i + 1000));
  }
}

/**
 * Rows hashed between two turns of the event loop. A row takes 26 µs (an incident report's), so
 * 20 hold requests up for half a millisecond at most; 100 held them 2.6 ms, ten times a second
 * at 1,000 reports a second — a stall in the p99 of the requests that arrived meanwhile.
 */
const HASH_SLICE = 20;
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Any number that identifies the chainer's lock, the same in every process. */
const CHAIN_LOCK_KEY = 7_270_001;

/** What a row's hash covers: its content, as the database keeps it, and the previous hash. */
function fieldsOf(row: AuditRow, prevHash: string): ChainedFields {
  return {
    at: new Date(row.at).toISOString(),
    actorUserId: row.actorUserId,
    actorLabel: row.actorLabel,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    countryId: row.countryId,
    organizationId: row.organizationId,
    // Read from jsonb: plain JSON already.
    before: (row.before ?? null) as Json,
    after: (row.after ?? null) as Json,
    prevHash,
  };
}

/**
 * Links committed rows that wait in `audit_pending` into the hash chain, a block of at most
 * `batch` rows per transaction, in the order they were noted. One chainer at a time (advisory
 * lock, so several server processes may run it). Returns how many rows it linked.
 */
export async function chainAudit(db: Db, batch = 1000): Promise<number> {
  const key = await checkpointKey(db);
  let total = 0;
  for (;;) {
    const round = await db.transaction(async (tx) => {
      await lockChain(tx, CHAIN_LOCK_KEY);
      const checkpoint = await anyCheckpointRow(tx);
      if (!checkpoint) {
        // The migration creates it and nothing deletes it: its absence is tampering.
        throw new Error(
          'The audit checkpoint is missing (the audit trail was tampered with); run `fieldsafe audit verify`',
        );
      }
      if (checkpoint.signature === '') {
        await advanceCheckpoint(tx, key, checkpoint.headPos, checkpoint.headHash);
      }
      // Whole notes, up to `batch` rows.
      const { notes, more } = await pendingNotes(tx, batch);
      if (notes.length === 0) return { more: false, linked: 0 };
      const seqs = notes.flatMap((n) => n.seqs);
      const rows = new Map((await auditRowsBySeq(tx, seqs)).map((r) => [r.seq, r]));
      const end = await chainEnd(tx);
      // Numbering goes on from the signed head even when rows were removed from the end, so
      // the gap stays visible to `verifyAuditChain`.
      const firstPos = Math.max(end?.lastPos ?? 0, checkpoint.headPos) + 1;
      const prevHash = end?.lastHash ?? GENESIS_HASH;
      const linked: number[] = [];
      const hashes: string[] = [];
      let hash = prevHash;
      for (const seq of seqs) {
        const row = rows.get(seq);
        // A noted row that is gone was removed before it could be linked: it stays noted, and
        // `verifyAuditChain` reports it.
        if (!row) continue;
        // Hashing a thousand rows takes milliseconds: requests are served in between.
        if (linked.length > 0 && linked.length % HASH_SLICE === 0) await yieldToRequests();
        hash = auditHash(fieldsOf(row, hash));
        linked.push(seq);
        hashes.push(hash);
      }
      // The notes taken are done; rows that are gone are noted again behind the others, so that
      // they never hold up the rows written after them.
      await appendChainBlock(
        tx,
        linked.length > 0 ? { firstPos, prevHash, seqs: linked, hashes } : null,
        notes.map((n) => n.id),
        seqs.filter((seq) => !rows.has(seq)),
      );
      if (linked.length > 0) await advanceCheckpoint(tx, key, firstPos + linked.length - 1, hash);
      return { more, linked: linked.length };
    });
    total += round.linked;
    if (!round.more || round.linked === 0) return total;
  }
}

/** Chains new audit rows every `intervalMs` until stopped. */
export function startAuditChainer(db: Db, intervalMs = 1000) {
  return startPeriodic('audit chainer', intervalMs, () => chainAudit(db));
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** Rows written but not chained yet (checked on the next run). */
  pending: number;
  firstBad?: { seq: number; reason: string };
}

/** Chain blocks read per round of `verifyAuditChain` (at most 1,000 rows each). */
const VERIFY_BLOCKS = 5;

/**
 * Walks the chain in order and reports the first row whose hash or link does not hold, then
 * checks the chain still reaches the signed checkpoint (rows removed from the end are found) and
 * that every row of the log is in the chain or waiting to be.
 */
export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  const key = await checkpointKey(db);
  const checkpoint = await readCheckpoint(db, key);
  const pending = await countUnchained(db);
  let checked = 0;
  const bad = (seq: number, reason: string): VerifyResult => ({
    ok: false,
    checked,
    pending,
    firstBad: { seq, reason },
  });
  if (checkpoint && !checkpoint.genuine && checkpoint.headPos > 0) {
    return bad(0, tailProblem(checkpoint, checkpoint.headPos, checkpoint.headHash) ?? '');
  }
  let prevHash = GENESIS_HASH;
  let afterPos = 0;
  for (;;) {
    const blocks = await blocksAfter(db, afterPos, VERIFY_BLOCKS);
    if (blocks.length === 0) break;
    const rows = new Map(
      (
        await auditRowsBySeq(
          db,
          blocks.flatMap((b) => b.seqs),
        )
      ).map((r) => [r.seq, r]),
    );
    for (const block of blocks) {
      if (block.firstPos !== afterPos + 1 || block.prevHash !== prevHash) {
        return bad(
          block.seqs[0] ?? 0,
          'its link to the previous row is broken (a row was removed or altered)',
        );
      }
      if (block.hashes.length !== block.seqs.length) {
        return bad(block.seqs[0] ?? 0, 'its place in the chain was altered');
      }
      for (const [i, seq] of block.seqs.entries()) {
        const row = rows.get(seq);
        if (!row) return bad(seq, 'it was removed from the log (its place in the chain remains)');
        const hash = auditHash(fieldsOf(row, prevHash));
        if (hash !== block.hashes[i]) return bad(seq, 'its content does not match its hash');
        const pos = block.firstPos + i;
        if (checkpoint && pos === checkpoint.headPos && hash !== checkpoint.headHash) {
          return bad(seq, 'it is not the row the signed checkpoint recorded at its position');
        }
        prevHash = hash;
        afterPos = pos;
        checked += 1;
      }
    }
  }
  const tail = tailProblem(checkpoint, afterPos, prevHash);
  if (tail) return bad(0, tail);
  const outside = await rowOutsideChain(db);
  if (outside !== null) {
    return bad(
      outside,
      'it is in the log but neither in the chain nor waiting to be linked (it was inserted around the chain)',
    );
  }
  const lost = await pendingRowGone(db);
  if (lost !== null) {
    return bad(lost, 'it was written, then removed from the log before it was linked');
  }
  return { ok: true, checked, pending };
}

/** What is wrong with the end of a chain that ended at `lastPos`, given the checkpoint. */
function tailProblem(
  checkpoint: Awaited<ReturnType<typeof readCheckpoint>>,
  lastPos: number,
  lastHash: string,
): string | null {
  if (!checkpoint) {
    return lastPos > 0
      ? 'the signed checkpoint of the chain head is missing (it was deleted)'
      : null;
  }
  if (!checkpoint.genuine && !(checkpoint.headPos === 0 && lastPos === 0)) {
    return 'the checkpoint of the chain head is not signed with this server secret (it was altered)';
  }
  if (lastPos < checkpoint.headPos) {
    return `the chain ends at row ${lastPos} but the signed checkpoint records ${checkpoint.headPos} rows: rows were removed from the end`;
  }
  if (lastPos === checkpoint.headPos && lastHash !== checkpoint.headHash) {
    return 'the last row is not the one the signed checkpoint recorded';
  }
  return null;
}

/** The audit trail, newest first, for `GET /api/audit` (system administrators). */
export async function auditTrail(db: Db, actor: Actor, filter: AuditFilter) {
  if (!can(actor, 'audit.read', {}))
    throw forbidden('Only system administrators read the whole audit trail');
  if (filter.from && filter.to && filter.to < filter.from)
    throw invalid('to', 'must not be before from');
  const rows = await listAuditRows(db, filter);
  return { items: rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })) };
}
