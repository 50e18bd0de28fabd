import { groupCommit } from '../db/batch.ts';
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
 * Group commit for check-ins (`groupCommit`): answers arriving while a statement is in flight
 * go into the next statement, so 3,000 answers a second cost a few dozen commits, not 3,000. A
 * person's next answer waits until the statement holding their previous one has committed, so
 * the later answer always wins. A failed batch is retried answer by answer, so one bad answer
 * fails alone.
 */
export function checkinWriter(db: Db): (write: CheckinWrite) => Promise<CheckinWritten> {
  return groupCommit((writes: CheckinWrite[]) => writeCheckins(db, writes), {
    batch: CHECKIN_BATCH,
    writers: CHECKIN_WRITERS,
    key: (w) => `${w.crisisId}/${w.personId}`,
  });
}
