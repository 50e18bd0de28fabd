/**
 * Offline-first incident reports (issue 5 item 6).
 *
 * A report that cannot reach the server is kept in localStorage under `fs_incident_queue`, with
 * the `clientRef` the form generated once for that report. The queue is flushed on the `online`
 * event, on app start and every 30 s while items wait: each report is POSTed again with the same
 * clientRef, so the server keeps it once even if an earlier attempt actually arrived (it answers
 * 200 instead of 201). A 4xx answer keeps the report with the server's message so the user can
 * fix it; a network error stops the flush until the next trigger.
 *
 * The pure functions (parse/serialize/add/remove/markError/pending) hold the queue rules; the
 * rest is storage and the HTTP call.
 */
import { ApiError, api, type ErrorDetail } from '../api.ts';

export const QUEUE_KEY = 'fs_incident_queue';
export const FLUSH_INTERVAL_MS = 30_000;
const CHANGE_EVENT = 'fs-incident-queue';

/** The JSON body of POST /api/incidents, always with its clientRef. */
export type QueuedBody = Record<string, unknown> & { clientRef: string; title?: unknown };

export interface QueuedReport {
  clientRef: string;
  body: QueuedBody;
  /** When the report was first kept on the device (ISO). */
  savedAt: string;
  /** The server's refusal (4xx): the report waits for the user to fix it. */
  error: string | null;
  errorDetails: ErrorDetail[];
}

// ---- pure queue rules -------------------------------------------------------------------------

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a stored queue; anything unreadable is dropped rather than breaking the app. */
export function parseQueue(text: string | null): QueuedReport[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const out: QueuedReport[] = [];
  for (const item of data) {
    if (!isRecord(item) || typeof item.clientRef !== 'string' || !isRecord(item.body)) continue;
    out.push({
      clientRef: item.clientRef,
      body: { ...item.body, clientRef: item.clientRef },
      savedAt: typeof item.savedAt === 'string' ? item.savedAt : new Date(0).toISOString(),
      error: typeof item.error === 'string' ? item.error : null,
      errorDetails: Array.isArray(item.errorDetails)
        ? item.errorDetails
            .filter(isRecord)
            .map((d) => ({ path: String(d.path ?? ''), message: String(d.message ?? '') }))
        : [],
    });
  }
  return out;
}

export function serializeQueue(queue: readonly QueuedReport[]): string {
  return JSON.stringify(queue);
}

/** Adds a report, or replaces the one with the same clientRef (an edit clears its error). */
export function addToQueue(
  queue: readonly QueuedReport[],
  body: QueuedBody,
  now: Date = new Date(),
): QueuedReport[] {
  const existing = queue.find((q) => q.clientRef === body.clientRef);
  const item: QueuedReport = {
    clientRef: body.clientRef,
    body,
    savedAt: existing?.savedAt ?? now.toISOString(),
    error: null,
    errorDetails: [],
  };
  return existing
    ? queue.map((q) => (q.clientRef === body.clientRef ? item : q))
    : [...queue, item];
}

export function removeFromQueue(queue: readonly QueuedReport[], clientRef: string): QueuedReport[] {
  return queue.filter((q) => q.clientRef !== clientRef);
}

export function markError(
  queue: readonly QueuedReport[],
  clientRef: string,
  error: string,
  details: ErrorDetail[] = [],
): QueuedReport[] {
  return queue.map((q) => (q.clientRef === clientRef ? { ...q, error, errorDetails: details } : q));
}

/** Reports the next flush will try: those the server has not refused. */
export function pendingReports(queue: readonly QueuedReport[]): QueuedReport[] {
  return queue.filter((q) => q.error === null);
}

/** Whether a failed submission should be kept on the device rather than shown as an error. */
export function isOfflineFailure(error: unknown, online: boolean): boolean {
  if (!online) return true;
  return error instanceof ApiError && error.status === 0;
}

/** A unique id for one report, generated once when the report is started. */
export function newClientRef(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  // Older browsers without randomUUID (only on insecure origins): random enough for a retry key.
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// ---- storage ----------------------------------------------------------------------------------

let cachedText: string | null = null;
let cachedQueue: QueuedReport[] = [];

function readText(): string | null {
  try {
    return localStorage.getItem(QUEUE_KEY);
  } catch {
    return null;
  }
}

/** The stored queue; the same array while the storage is unchanged (for useSyncExternalStore). */
export function loadQueue(): QueuedReport[] {
  const text = readText();
  if (text !== cachedText) {
    cachedText = text;
    cachedQueue = parseQueue(text);
  }
  return cachedQueue;
}

function saveQueue(queue: readonly QueuedReport[]): void {
  if (queue.length === 0) localStorage.removeItem(QUEUE_KEY);
  else localStorage.setItem(QUEUE_KEY, serializeQueue(queue));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Calls the listener when the queue changes, in this tab or another. */
export function subscribeQueue(listener: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === QUEUE_KEY || e.key === null) listener();
  };
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Keeps a report on the device. Throws if the storage is full or disabled. */
export function enqueueReport(body: QueuedBody): void {
  saveQueue(addToQueue(loadQueue(), body));
}

export function discardReport(clientRef: string): void {
  saveQueue(removeFromQueue(loadQueue(), clientRef));
}

export function queuedReport(clientRef: string): QueuedReport | undefined {
  return loadQueue().find((q) => q.clientRef === clientRef);
}

// ---- sending ----------------------------------------------------------------------------------

export interface FlushResult {
  sent: number;
  refused: number;
  /** True when the flush stopped at a network error (or a 5xx/401) with reports still waiting. */
  stopped: boolean;
}

let flushing: Promise<FlushResult> | null = null;

async function sendOne(item: QueuedReport): Promise<'sent' | 'refused' | 'stop'> {
  try {
    await api.post<unknown>('/api/incidents', { ...item.body, clientRef: item.clientRef });
    discardReport(item.clientRef);
    return 'sent';
  } catch (e) {
    if (e instanceof ApiError && e.status >= 400 && e.status < 500 && e.status !== 401) {
      saveQueue(markError(loadQueue(), item.clientRef, e.message, e.details));
      return 'refused';
    }
    // Network error, session expired or server trouble: try again later, in order.
    return 'stop';
  }
}

/**
 * Sends the waiting reports one by one (each with its own clientRef). Only one flush runs at a
 * time; a call during a flush gets the running one.
 */
export function flushQueue(): Promise<FlushResult> {
  if (flushing) return flushing;
  flushing = (async () => {
    const result: FlushResult = { sent: 0, refused: 0, stopped: false };
    if (!navigator.onLine) return { ...result, stopped: pendingReports(loadQueue()).length > 0 };
    for (const item of pendingReports(loadQueue())) {
      const outcome = await sendOne(item);
      if (outcome === 'sent') result.sent++;
      else if (outcome === 'refused') result.refused++;
      else {
        result.stopped = true;
        break;
      }
    }
    return result;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}
