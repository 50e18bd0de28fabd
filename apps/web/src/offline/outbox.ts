/// <reference types="vite/client" />
/**
 * The device's outbox: writes made without a connection wait here and are sent when it returns
 * (issue 5 item 6: incident reports; issue 13: crisis check-ins). One mechanism for both.
 *
 * Each item is kept in localStorage under its outbox's key, with the `clientRef` generated once
 * for it. An outbox is flushed on the `online` event, on app start and every 30 s while items
 * wait: each item is POSTed again with the same clientRef, so the server keeps it once even if an
 * earlier attempt actually arrived. A 4xx answer keeps the item with the server's message so the
 * person can fix or discard it; a network error (or a 5xx/401) stops the flush until the next
 * trigger. Items survive reloads and navigation.
 *
 * The pure functions (parse/serialize/add/remove/markError/pending) hold the queue rules; the
 * rest is storage and the HTTP call.
 */
import { ApiError, type ErrorDetail } from '../api.ts';

export const FLUSH_INTERVAL_MS = 30_000;

/** The JSON body of the write, always with its clientRef. */
export type QueuedBody = Record<string, unknown> & { clientRef: string; title?: unknown };

export interface QueuedItem {
  clientRef: string;
  body: QueuedBody;
  /** When the item was first kept on the device (ISO). */
  savedAt: string;
  /** The server's refusal (4xx): the item waits for the person to fix or discard it. */
  error: string | null;
  errorDetails: ErrorDetail[];
}

// ---- pure queue rules -------------------------------------------------------------------------

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a stored queue; anything unreadable is dropped rather than breaking the app. */
export function parseQueue(text: string | null): QueuedItem[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const out: QueuedItem[] = [];
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

export function serializeQueue(queue: readonly QueuedItem[]): string {
  return JSON.stringify(queue);
}

/** Adds an item, or replaces the one with the same clientRef (an edit clears its error). */
export function addToQueue(
  queue: readonly QueuedItem[],
  body: QueuedBody,
  now: Date = new Date(),
): QueuedItem[] {
  const existing = queue.find((q) => q.clientRef === body.clientRef);
  const item: QueuedItem = {
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

export function removeFromQueue(queue: readonly QueuedItem[], clientRef: string): QueuedItem[] {
  return queue.filter((q) => q.clientRef !== clientRef);
}

export function markError(
  queue: readonly QueuedItem[],
  clientRef: string,
  error: string,
  details: ErrorDetail[] = [],
): QueuedItem[] {
  return queue.map((q) => (q.clientRef === clientRef ? { ...q, error, errorDetails: details } : q));
}

/** Items the next flush will try: those the server has not refused. */
export function pendingItems(queue: readonly QueuedItem[]): QueuedItem[] {
  return queue.filter((q) => q.error === null);
}

/** Whether a failed submission should be kept on the device rather than shown as an error. */
export function isOfflineFailure(error: unknown, online: boolean): boolean {
  if (!online) return true;
  return error instanceof ApiError && error.status === 0;
}

/** A unique id for one write, generated once when it is started. */
export function newClientRef(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  // Older browsers without randomUUID (only on insecure origins): a random version-4 UUID.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---- an outbox: storage and sending -----------------------------------------------------------

export interface FlushResult {
  sent: number;
  refused: number;
  /** True when the flush stopped at a network error (or a 5xx/401) with items still waiting. */
  stopped: boolean;
}

export interface Outbox {
  /** The stored queue; the same array while the storage is unchanged (for useSyncExternalStore). */
  load(): QueuedItem[];
  /** Calls the listener when the queue changes, in this tab or another. */
  subscribe(listener: () => void): () => void;
  /** Keeps an item on the device (replacing one with the same clientRef). Throws if storage is full. */
  put(body: QueuedBody): void;
  /** Replaces the whole queue (e.g. a newer answer drops the older ones). */
  replace(queue: readonly QueuedItem[]): void;
  discard(clientRef: string): void;
  find(clientRef: string): QueuedItem | undefined;
  /** Sends the waiting items in order; one flush at a time (a call during one gets it). */
  flush(): Promise<FlushResult>;
}

/**
 * An outbox kept under `key` whose items `send` posts (it throws an `ApiError` on refusal).
 */
export function createOutbox(key: string, send: (item: QueuedItem) => Promise<unknown>): Outbox {
  const changeEvent = `fs-outbox:${key}`;
  let cachedText: string | null = null;
  let cachedQueue: QueuedItem[] = [];
  let flushing: Promise<FlushResult> | null = null;

  const readText = (): string | null => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const load = (): QueuedItem[] => {
    const text = readText();
    if (text !== cachedText) {
      cachedText = text;
      cachedQueue = parseQueue(text);
    }
    return cachedQueue;
  };
  const save = (queue: readonly QueuedItem[]): void => {
    if (queue.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, serializeQueue(queue));
    window.dispatchEvent(new Event(changeEvent));
  };
  const discard = (clientRef: string) => save(removeFromQueue(load(), clientRef));

  async function sendOne(item: QueuedItem): Promise<'sent' | 'refused' | 'stop'> {
    try {
      await send(item);
      discard(item.clientRef);
      return 'sent';
    } catch (e) {
      if (e instanceof ApiError && e.status >= 400 && e.status < 500 && e.status !== 401) {
        save(markError(load(), item.clientRef, e.message, e.details));
        return 'refused';
      }
      // Network error, session expired or server trouble: try again later, in order.
      return 'stop';
    }
  }

  return {
    load,
    subscribe(listener) {
      const onStorage = (e: StorageEvent) => {
        if (e.key === key || e.key === null) listener();
      };
      window.addEventListener(changeEvent, listener);
      window.addEventListener('storage', onStorage);
      return () => {
        window.removeEventListener(changeEvent, listener);
        window.removeEventListener('storage', onStorage);
      };
    },
    put: (body) => save(addToQueue(load(), body)),
    replace: (queue) => save(queue),
    discard,
    find: (clientRef) => load().find((q) => q.clientRef === clientRef),
    flush() {
      if (flushing) return flushing;
      flushing = (async () => {
        const result: FlushResult = { sent: 0, refused: 0, stopped: false };
        if (!navigator.onLine) return { ...result, stopped: pendingItems(load()).length > 0 };
        for (const item of pendingItems(load())) {
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
    },
  };
}
