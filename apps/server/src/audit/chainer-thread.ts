import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Database } from '../db/client.ts';
import { startAuditChainer } from './audit.service.ts';

/** What the chainer's thread is given (see chainer-worker.ts). */
export interface ChainerThreadData {
  databaseUrl: string;
  secret: string | undefined;
  intervalMs: number;
  niceness: number;
}

/** What the thread says once it runs: whether its CPU priority could be lowered. */
export interface ChainerThreadReady {
  lowered: boolean;
}

/** Lowest priority: the kernel gives the thread what CPU the request thread and PostgreSQL leave. */
const NICENESS = 19;
/** A thread that died is started again after this long (its error was logged). */
const RESTART_MS = 5000;

/**
 * The chainer's bundle beside the running server's (apps/server/dist/audit-chainer.mjs, built
 * with it by scripts/build-server.mjs), or null when the server runs from its TypeScript sources
 * (`npm run dev`): there is no bundle a worker thread could load.
 */
export function chainerBundle(moduleUrl: string): URL | null {
  if (!moduleUrl.endsWith('.mjs')) return null;
  const url = new URL('./audit-chainer.mjs', moduleUrl);
  return existsSync(url) ? url : null;
}

export interface ChainerHandle {
  /** Resolves once the thread runs (at once for an in-process chainer). */
  ready: Promise<ChainerThreadReady>;
  /** Links what is left and stops. */
  stop(): Promise<void>;
}

/**
 * Runs the audit chainer (`chainAudit` every `intervalMs`) on a worker thread of lowest CPU
 * priority with its own database connection. At 1,000 incident reports a second it links a
 * thousand rows a second: reading them, hashing them (40 µs a row of server CPU, 14 µs of
 * PostgreSQL's) and writing the block came every second as a burst that took a core for 50–100 ms,
 * and the reports answered meanwhile made most of the p99 (`npm run bench -- incidents`).
 * On its own thread, at lowest priority, it takes the CPU the requests leave; its rows never
 * enter the request thread's heap. A thread that dies is logged and started again.
 */
export function startAuditChainerThread(
  entry: URL,
  options: {
    databaseUrl: string;
    secret: string | undefined;
    intervalMs?: number;
    /** Wait before a thread that died is started again. */
    restartMs?: number;
  },
): ChainerHandle {
  const data: ChainerThreadData = {
    databaseUrl: options.databaseUrl,
    secret: options.secret,
    intervalMs: options.intervalMs ?? 1000,
    niceness: NICENESS,
  };
  let stopping = false;
  let worker: Worker | null = null;
  let exited: Promise<void> = Promise.resolve();
  let restart: NodeJS.Timeout | undefined;
  let readyOnce: (r: ChainerThreadReady) => void = () => undefined;
  const ready = new Promise<ChainerThreadReady>((resolve) => (readyOnce = resolve));
  const start = () => {
    const w = new Worker(entry, { workerData: data });
    worker = w;
    w.once('message', (m: ChainerThreadReady) => readyOnce(m));
    w.on('error', (e) => console.error(`audit chainer thread: ${e.message}`));
    exited = new Promise<void>((resolve) =>
      w.once('exit', (code) => {
        worker = null;
        if (!stopping) {
          console.error(`audit chainer thread ended (exit code ${code}); starting it again`);
          restart = setTimeout(start, options.restartMs ?? RESTART_MS);
        }
        resolve();
      }),
    );
  };
  start();
  return {
    ready,
    async stop() {
      stopping = true;
      clearTimeout(restart);
      worker?.postMessage('stop');
      await exited;
    },
  };
}

/**
 * The audit chainer a server runs: on its own thread on PostgreSQL when the server runs from its
 * bundle (`moduleUrl`, the caller's `import.meta.url`), in the request thread otherwise (the
 * embedded database is one in-process connection no thread could share; `npm run dev`).
 */
export function startServerChainer(
  database: Database,
  secret: string | undefined,
  moduleUrl: string,
): ChainerHandle {
  const entry = chainerBundle(moduleUrl);
  if (database.kind === 'postgres' && database.url && entry)
    return startAuditChainerThread(entry, { databaseUrl: database.url, secret });
  const chainer = startAuditChainer(database.db);
  return { ready: Promise.resolve({ lowered: false }), stop: () => chainer.stop() };
}
