/**
 * The audit chainer's thread (bundled on its own as dist/audit-chainer.mjs; started by
 * `startAuditChainerThread`). It links audit rows into the hash chain on a connection of its own,
 * at the lowest CPU priority, so that chaining a second's rows never competes with the requests.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { useServerSecret } from '../crisis/token.ts';
import { connectPostgres } from '../db/client.ts';
import { startAuditChainer } from './audit.service.ts';
import type { ChainerThreadData, ChainerThreadReady } from './chainer-thread.ts';

/**
 * Lowers this thread's CPU priority, not the process's: on Linux a thread has its own id
 * (the last part of /proc/thread-self) and `setpriority` on that id applies to it alone.
 * Elsewhere nothing is lowered and the chainer runs as it would on the request thread.
 */
function lowerPriority(niceness: number): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, niceness);
    return true;
  } catch {
    return false;
  }
}

const port = parentPort;
if (!port) throw new Error('chainer-worker.ts runs as a worker thread (startAuditChainerThread)');
const data = workerData as ChainerThreadData;
const lowered = lowerPriority(data.niceness);
// Two connections: the chainer's transaction, and the secret's first read (checkpointKey).
const database = connectPostgres(data.databaseUrl, 2);
useServerSecret(database.db, data.secret);
const chainer = startAuditChainer(database.db, data.intervalMs);
port.postMessage({ lowered } satisfies ChainerThreadReady);
port.once('message', () => {
  // Told to stop: a last run links what is left, then the thread ends.
  void chainer
    .stop()
    .then(() => database.close())
    .finally(() => port.close());
});
