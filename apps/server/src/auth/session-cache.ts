/**
 * The sessions this process resolved, kept for a few seconds: a signed-in request no longer
 * reads its session, user, person and appointments from the database on every call.
 *
 * Kept only while nothing can have changed unnoticed:
 * - the database announces every change to what a session resolves to (sessions, users, people,
 *   appointments, stress counsellors: migration 0075) on `fs_auth`, and each notification
 *   empties the cache of every process;
 * - while the listening connection is down (or not yet up), nothing is kept or served;
 * - a write request of this process empties it before its answer leaves (unless its route says
 *   it changes no one's sessions, user, person or roles), so the next request of the same client
 *   never meets the state before its own change, whatever the notification's delay;
 * - a lookup that began before the cache was last emptied is not kept (it may have read the
 *   state before the change);
 * - an entry lasts `ttlMs` at most, and never past the session's own expiry.
 */
import type { Database } from '../db/client.ts';

export const AUTH_CHANNEL = 'fs_auth';

export interface SessionCacheOptions {
  /** How long an entry is served, in ms. */
  ttlMs: number;
  /** The most entries kept; the oldest goes first. */
  maxEntries: number;
}

export const SESSION_CACHE_DEFAULTS: SessionCacheOptions = { ttlMs: 30_000, maxEntries: 20_000 };

export interface SessionCache {
  /** The cached value for `key`, or `load()`'s (kept when it can be). */
  resolve<T extends { expiresAt: Date }>(
    key: string,
    load: () => Promise<T | undefined>,
  ): Promise<T | undefined>;
  /** Forgets every entry. */
  clear(): void;
  /** Whether entries are kept now (the listening connection is up). */
  readonly active: boolean;
  /** Entries held now. */
  readonly size: number;
  stop(): Promise<void>;
}

/** A cache that listens to `database`'s announcements of changes. */
export function listeningSessionCache(
  database: Pick<Database, 'listen'>,
  options: SessionCacheOptions = SESSION_CACHE_DEFAULTS,
): SessionCache {
  const cache = sessionCache(options);
  const stop = database.listen(AUTH_CHANNEL, {
    onNotify: () => cache.clear(),
    onListening: (listening) => cache.setActive(listening),
  });
  return Object.assign(cache, { stop });
}

/** The cache itself, active or not as its owner says (see `listeningSessionCache`). */
export function sessionCache(
  options: SessionCacheOptions,
  now: () => number = Date.now,
): SessionCache & { setActive(active: boolean): void } {
  const entries = new Map<string, { value: unknown; until: number }>();
  let generation = 0;
  let active = false;
  const clear = () => {
    generation += 1;
    entries.clear();
  };
  return {
    async resolve<T extends { expiresAt: Date }>(key: string, load: () => Promise<T | undefined>) {
      if (active) {
        const hit = entries.get(key);
        if (hit && hit.until > now()) return hit.value as T;
        if (hit) entries.delete(key);
      }
      const seen = generation;
      const value = await load();
      if (value && active && seen === generation) {
        if (entries.size >= options.maxEntries) {
          const oldest = entries.keys().next();
          if (!oldest.done) entries.delete(oldest.value);
        }
        entries.set(key, {
          value,
          until: Math.min(now() + options.ttlMs, value.expiresAt.getTime()),
        });
      }
      return value;
    },
    clear,
    setActive(next: boolean) {
      clear();
      active = next;
    },
    get active() {
      return active;
    },
    get size() {
      return entries.size;
    },
    stop: async () => clear(),
  };
}
