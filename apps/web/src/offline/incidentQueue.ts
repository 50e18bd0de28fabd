/**
 * Offline-first incident reports (issue 5 item 6), kept in the device's outbox (`outbox.ts`)
 * under `fs_incident_queue` and POSTed to /api/incidents with their clientRef.
 */
import { api } from '../api.ts';
import { createOutbox, type QueuedBody, type QueuedItem } from './outbox.ts';

export {
  FLUSH_INTERVAL_MS,
  addToQueue,
  isOfflineFailure,
  markError,
  newClientRef,
  parseQueue,
  pendingItems as pendingReports,
  removeFromQueue,
  serializeQueue,
  type FlushResult,
  type QueuedBody,
} from './outbox.ts';

export const QUEUE_KEY = 'fs_incident_queue';

export type QueuedReport = QueuedItem;

export const incidentOutbox = createOutbox(QUEUE_KEY, (item) =>
  api.post<unknown>('/api/incidents', { ...item.body, clientRef: item.clientRef }),
);

export const loadQueue = incidentOutbox.load;
export const subscribeQueue = incidentOutbox.subscribe;
export const flushQueue = incidentOutbox.flush;
export const discardReport = incidentOutbox.discard;
export const queuedReport = incidentOutbox.find;

/** Keeps a report on the device. Throws if the storage is full or disabled. */
export function enqueueReport(body: QueuedBody): void {
  incidentOutbox.put(body);
}
