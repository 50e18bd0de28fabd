import { useEffect, useSyncExternalStore } from 'react';
import { FLUSH_INTERVAL_MS, pendingItems, type Outbox, type QueuedItem } from './outbox.ts';

/** The items of an outbox, updated when it changes (in this tab or another). */
export function useOutbox(outbox: Outbox): QueuedItem[] {
  return useSyncExternalStore(outbox.subscribe, outbox.load, outbox.load);
}

/**
 * Sends an outbox's items on start, when the device comes back online and every 30 s while
 * items wait; `onSent` runs after a flush that sent something. Returns the items.
 */
export function useOutboxSync(outbox: Outbox, onSent: () => void): QueuedItem[] {
  const queue = useOutbox(outbox);
  const waiting = pendingItems(queue).length;

  useEffect(() => {
    const flush = () => {
      void outbox.flush().then((r) => {
        if (r.sent > 0) onSent();
      });
    };
    flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [outbox, onSent]);

  useEffect(() => {
    if (waiting === 0) return;
    const h = window.setInterval(() => {
      void outbox.flush().then((r) => {
        if (r.sent > 0) onSent();
      });
    }, FLUSH_INTERVAL_MS);
    return () => window.clearInterval(h);
  }, [outbox, waiting, onSent]);

  return queue;
}
