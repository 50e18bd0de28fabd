/**
 * Answers to a crisis check-in sent as SMS replies (SPEC §10 "Any phone"). A reply is read with
 * core's parser (en/fr/es/ar), matched to the sender's open crisis enrolments by their E.164
 * number and recorded through the check-in write path (`answered_via = 'sms'`), so the board
 * counts it exactly like a web answer. A shared (family) phone is asked who the answer is for; an
 * unknown number is logged and nothing else. Every reply to the sender goes on the durable queue.
 *
 * The webhook only stores a message (group commit) and answers; a worker applies the stored
 * messages in batches, a few set-based statements each: the gateway may post thousands of replies
 * a minute during a crisis, and must get its answer at once.
 */
import { randomUUID } from 'node:crypto';
import { groupCommit } from '../db/batch.ts';
import type { Db } from '../db/client.ts';
import { applyBatch } from './inbound.apply.ts';
import {
  senderNumber,
  type InboundOutcome,
  type InboundResult,
  type InboundSms,
} from './inbound.decide.ts';
import {
  appliedOutcomes,
  markFailed,
  storeReceived,
  takeWorkerLock,
  waitingMessages,
} from './inbound.queries.ts';

export {
  senderNumber,
  type InboundOutcome,
  type InboundResult,
  type InboundSms,
} from './inbound.decide.ts';

/** INSERTs of received messages in flight at once (one fills while the other commits). */
const STORERS = 2;
/** Messages stored per INSERT, at most. */
const STORE_BATCH = 512;
/** Stored messages applied per transaction, at most. */
const APPLY_BATCH = 2000;
/**
 * During a burst the webhook comes first (a gateway that waits retries, and a retry is more load):
 * the worker starts once no message has been stored for QUIET_MS, or once the oldest waiting one
 * has waited `maxLagMs` (default MAX_LAG_MS), whichever is sooner — and at once when a caller
 * waits for the outcome. The board lags a burst by at most that much.
 */
const QUIET_MS = 150;
const MAX_LAG_MS = 5_000;

export interface SmsInboundOptions {
  /** How a message that cannot be applied is reported (it is then marked `failed`). */
  onError?: (error: unknown, id: string) => void;
  /** The longest a stored message waits for the worker during a burst (ms). */
  maxLagMs?: number;
  /** How often the worker looks for stored messages it was not told about (ms). */
  pollMs?: number;
}

/**
 * Inbound messages in two steps. The webhook stores each message as received — group commit
 * (`groupCommit`): the messages arriving while an INSERT is in flight go together into the next
 * one, idempotent on the gateway's message id — and answers at once. A worker then applies the
 * stored messages in batches, one transaction each, under an advisory lock (one worker across
 * processes), in order of arrival and never two from the same number in one batch (a family
 * phone's answer and its choice are read in order). A message stored but not yet applied when
 * the process stops is applied by the next worker to run.
 */
export function createSmsInboundService(db: Db, options: SmsInboundOptions = {}) {
  /** Callers waiting for the outcome of a stored message, by id. */
  const settled = new Map<string, (r: InboundResult) => void>();
  /** Stores a received message; true when stored, false when a replay of one already stored. */
  const store = groupCommit(
    async (batch: { id: string; message: InboundSms }[]) => {
      const rows = batch.map(({ id, message }, n) => ({
        n,
        id,
        gatewayMessageId: message.gatewayMessageId,
        gateway: message.gateway,
        from: message.from.trim().slice(0, 40),
        text: message.text.slice(0, 2000),
        receivedAt: message.receivedAt.toISOString(),
      }));
      const stored = new Set((await storeReceived(db, rows)).map((r) => r.id));
      for (const { id } of batch)
        if (!stored.has(id)) settled.get(id)?.({ id: null, outcome: 'duplicate', recorded: 0 });
      if (stored.size > 0) later();
      return batch.map(({ id }) => stored.has(id));
    },
    { batch: STORE_BATCH, writers: STORERS },
  );

  /** Applies one batch of stored messages; returns how many it took (0: nothing to do). */
  const applyNext = async (): Promise<number> => {
    let failed: { id: string; message: InboundSms }[] = [];
    let applied: (readonly [string, InboundResult])[] = [];
    const taken = await db.transaction(async (tx) => {
      if (!(await takeWorkerLock(tx))) return 0;
      const stored = await waitingMessages(tx, APPLY_BATCH);
      if (stored.length === 0) return 0;
      // The first message of each number; its later ones wait for the next batch.
      const numbers = new Set<string>();
      const batch: { id: string; message: InboundSms }[] = [];
      for (const r of stored) {
        const key = senderNumber(r.from_number) ?? r.from_number;
        if (numbers.has(key)) continue;
        numbers.add(key);
        batch.push({
          id: r.id,
          message: {
            gateway: r.gateway,
            from: r.from_number,
            text: r.text,
            receivedAt: new Date(r.received_at),
            gatewayMessageId: r.gateway_message_id,
          },
        });
      }
      try {
        const results = await tx.transaction((inner) => applyBatch(inner, batch));
        applied = batch.map((b, i) => [b.id, results[i]!] as const);
      } catch {
        failed = batch;
      }
      return batch.length;
    });
    // Told once committed.
    for (const [id, result] of applied) settled.get(id)?.(result);
    // A batch that failed is applied message by message; a message that fails alone is marked.
    for (const one of failed) {
      try {
        const [result] = await db.transaction((tx) => applyBatch(tx, [one]));
        settled.get(one.id)?.(result!);
      } catch (error) {
        options.onError?.(error, one.id);
        await markFailed(db, one.id);
        settled.get(one.id)?.({ id: one.id, outcome: 'failed', recorded: 0 });
      }
    }
    return taken;
  };

  let running: Promise<void> | null = null;
  let again = false;
  /** Runs the worker until no stored message waits (or another process holds the lock). */
  const work = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        while ((await applyNext()) > 0);
      } while (again);
      // Messages waited for here but applied by another process's worker.
      if (settled.size > 0) {
        const done = await appliedOutcomes<InboundOutcome>(db, [...settled.keys()]);
        for (const r of done)
          settled.get(r.id)?.({ id: r.id, outcome: r.outcome, recorded: r.people?.length ?? 0 });
      }
    })()
      .catch((error: unknown) => options.onError?.(error, ''))
      .finally(() => {
        running = null;
      });
    return running;
  };
  let lastStored = 0;
  let oldestWaiting = 0;
  let check: NodeJS.Timeout | null = null;
  /** Starts the worker when the webhook is quiet, or when a message has waited long enough. */
  const later = () => {
    const now = Date.now();
    lastStored = now;
    if (oldestWaiting === 0) oldestWaiting = now;
    if (settled.size > 0) {
      oldestWaiting = 0;
      void work();
      return;
    }
    if (check) return;
    const tick = () => {
      const at = Date.now();
      if (at - lastStored >= QUIET_MS || at - oldestWaiting >= (options.maxLagMs ?? MAX_LAG_MS)) {
        check = null;
        oldestWaiting = 0;
        void work();
      } else check = setTimeout(tick, QUIET_MS);
    };
    check = setTimeout(tick, QUIET_MS);
  };
  // Messages stored by a process that stopped, or left while another held the lock.
  const timer = setInterval(() => {
    if (!check) void work();
  }, options.pollMs ?? 5000);
  timer.unref();

  return {
    /**
     * Stores one received message; resolves once it is durable (or known as a replay). With
     * `wait`, resolves once the worker has applied it, with its outcome.
     */
    async receive(message: InboundSms, wait = false): Promise<InboundResult> {
      const id = randomUUID();
      const outcome = wait
        ? new Promise<InboundResult>((resolve) => settled.set(id, resolve))
        : null;
      try {
        if (!(await store({ id, message }))) return { id: null, outcome: 'duplicate', recorded: 0 };
        return outcome ? await outcome : { id, outcome: 'received', recorded: 0 };
      } finally {
        settled.delete(id);
      }
    },
    /** Applies every stored message waiting now (tests, shutdown). */
    drain: () => work(),
    /** Stops the worker's timer and finishes the batch in hand. */
    async close() {
      clearInterval(timer);
      if (check) clearTimeout(check);
      await running;
    },
  };
}

export type SmsInboundService = ReturnType<typeof createSmsInboundService>;
