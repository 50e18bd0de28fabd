import type { Db } from '../db/client.ts';
import { writeCheckins, type CheckinWrite, type CheckinWritten } from './checkins.queries.ts';

/** Check-ins per statement, at most. */
const CHECKIN_BATCH = 256;
/**
 * Statements in flight at once. One: answers arriving while it runs all go into the next, so
 * batches are twice as large as with two writers, and PostgreSQL takes one core, not both, from
 * the server answering the requests. With one writer a check-in cost the server 0.12 ms of CPU
 * and PostgreSQL 0.065 ms, and 20,000 check-ins ran at 0.98× the bare baseline's rate; with two,
 * 0.14 ms, 0.09 ms and 0.85× (three alternating runs of each, the bench's load generator). The
 * p99 is lower too (`npm run bench -- crisis`: 0.81–1.09× the baseline's, against 1.14–1.22×).
 */
const CHECKIN_WRITERS = 1;

/**
 * Group commit for check-ins: answers arriving while a statement is in flight are gathered
 * into the next statement (never the same person twice in one), so 3,000 answers a second cost
 * a few dozen commits, not 3,000. A person's next answer waits until the statement holding
 * their previous one has committed (with more than one writer, statements would run in parallel
 * and could commit in either order: the later answer must win). A failed batch is retried answer
 * by answer, so one bad answer fails alone.
 */
export function checkinWriter(db: Db) {
  type Waiting = {
    write: CheckinWrite;
    resolve(r: CheckinWritten): void;
    reject(e: unknown): void;
  };
  let queue: Waiting[] = [];
  let writers = 0;
  /** People whose answer is in a statement not yet committed. */
  const inFlight = new Set<string>();
  const keyOf = (w: Waiting) => `${w.write.crisisId}/${w.write.personId}`;
  const next = () => {
    const batch: Waiting[] = [];
    const rest: Waiting[] = [];
    for (const w of queue) {
      const k = keyOf(w);
      // A person already in this batch or in flight waits (later answers stay in order).
      if (batch.length < CHECKIN_BATCH && !inFlight.has(k)) {
        inFlight.add(k);
        batch.push(w);
      } else rest.push(w);
    }
    queue = rest;
    return batch;
  };
  const drain = async () => {
    writers++;
    try {
      for (let batch = next(); batch.length > 0; batch = next()) {
        const done = () => batch.forEach((w) => inFlight.delete(keyOf(w)));
        try {
          const rows = await writeCheckins(
            db,
            batch.map((w) => w.write),
          );
          done();
          batch.forEach((w, i) => w.resolve(rows[i]!));
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          else
            for (const w of batch)
              await writeCheckins(db, [w.write]).then((r) => w.resolve(r[0]!), w.reject);
          done();
        }
      }
    } finally {
      writers--;
    }
  };
  return (write: CheckinWrite) =>
    new Promise<CheckinWritten>((resolve, reject) => {
      queue.push({ write, resolve, reject });
      if (writers < CHECKIN_WRITERS) void drain();
    });
}
