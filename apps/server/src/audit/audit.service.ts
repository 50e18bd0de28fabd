import { can, type Actor } from '@fieldsafe/core';
import type { Db, Tx } from '../db/client.ts';
import { forbidden, invalid } from '../http/errors.ts';
import { advanceCheckpoint, checkpointKey, readCheckpoint } from './checkpoint.ts';
import {
  anyCheckpointRow,
  chainedAfter,
  chainHead,
  countUnchained,
  insertAuditRows,
  listAuditRows,
  lockChain,
  unchainedRows,
  writeChainLinks,
  type AuditFilter,
  type AuditRow,
  type ChainLink,
} from './audit.queries.ts';
import { startPeriodic } from '../jobs/periodic.ts';
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
export async function recordAudit(tx: Tx, actor: AuditActor, entries: AuditEntry | AuditEntry[]) {
  const rows = auditRows(actor, entries);
  // Inserted in chunks to stay under the bind-parameter limit on large imports.
  for (let i = 0; i < rows.length; i += 1000) {
    await insertAuditRows(tx, rows.slice(i, i + 1000));
  }
}

/** Rows hashed between two turns of the event loop. */
const HASH_SLICE = 100;
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Any number that identifies the chainer's lock, the same in every process. */
const CHAIN_LOCK_KEY = 7_270_001;

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
    before: toJson(row.before),
    after: toJson(row.after),
    prevHash,
  };
}

/**
 * Links committed, unchained rows into the hash chain, in the order they were written. One
 * chainer at a time (advisory lock, so several server processes may run it). Returns how many
 * rows it chained.
 */
export async function chainAudit(db: Db, batch = 1000): Promise<number> {
  const key = await checkpointKey(db);
  let total = 0;
  for (;;) {
    const chained = await db.transaction(async (tx) => {
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
      const pending = await unchainedRows(tx, batch);
      if (pending.length === 0) return 0;
      const last = await chainHead(tx);
      // Numbering goes on from the signed head even when rows were removed from the end, so
      // the gap stays visible to `verifyAuditChain`.
      let pos = Math.max(last?.pos ?? 0, checkpoint.headPos);
      let prevHash = last?.hash ?? GENESIS_HASH;
      const updates: ChainLink[] = [];
      for (const row of pending) {
        // Hashing a thousand rows takes tens of milliseconds: requests are served in between.
        if (updates.length > 0 && updates.length % HASH_SLICE === 0) await yieldToRequests();
        const hash = auditHash(fieldsOf(row, prevHash));
        pos += 1;
        updates.push({ seq: row.seq, pos, prevHash, hash });
        prevHash = hash;
      }
      await writeChainLinks(tx, updates);
      const head = updates[updates.length - 1];
      if (head) await advanceCheckpoint(tx, key, head.pos, head.hash);
      return updates.length;
    });
    total += chained;
    if (chained < batch) return total;
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

/**
 * Walks the chain in order and reports the first row whose hash or link does not hold, then
 * checks the chain still reaches the signed checkpoint (rows removed from the end are found).
 */
export async function verifyAuditChain(db: Db, batch = 5000): Promise<VerifyResult> {
  const key = await checkpointKey(db);
  const checkpoint = await readCheckpoint(db, key);
  if (checkpoint && !checkpoint.genuine && checkpoint.headPos > 0) {
    const reason = tailProblem(checkpoint, checkpoint.headPos, checkpoint.headHash) ?? '';
    return { ok: false, checked: 0, pending: 0, firstBad: { seq: 0, reason } };
  }
  let prevHash = GENESIS_HASH;
  let afterPos = 0;
  let checked = 0;
  const pending = await countUnchained(db);
  for (;;) {
    const rows = await chainedAfter(db, afterPos, batch);
    if (rows.length === 0) {
      const tail = tailProblem(checkpoint, afterPos, prevHash);
      return tail
        ? { ok: false, checked, pending, firstBad: { seq: 0, reason: tail } }
        : { ok: true, checked, pending };
    }
    for (const row of rows) {
      const pos = row.chainPos ?? 0;
      if (pos !== afterPos + 1 || row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          pending,
          firstBad: {
            seq: row.seq,
            reason: 'its link to the previous row is broken (a row was removed or altered)',
          },
        };
      }
      if (auditHash(fieldsOf(row, row.prevHash ?? '')) !== row.hash) {
        return {
          ok: false,
          checked,
          pending,
          firstBad: { seq: row.seq, reason: 'its content does not match its hash' },
        };
      }
      if (checkpoint && pos === checkpoint.headPos && row.hash !== checkpoint.headHash) {
        return {
          ok: false,
          checked,
          pending,
          firstBad: {
            seq: row.seq,
            reason: 'it is not the row the signed checkpoint recorded at its position',
          },
        };
      }
      prevHash = row.hash;
      afterPos = pos;
      checked += 1;
    }
  }
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
