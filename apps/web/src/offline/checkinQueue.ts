/**
 * "Are you safe?" answers kept in the device's outbox (`outbox.ts`) under `fs_checkin_queue`:
 * an answer given without a connection waits, survives reloads, and is POSTed to
 * /api/crises/:id/checkin with its clientRef when the connection returns — the server records
 * it once however often it arrives. Only a person's latest answer per crisis is kept.
 */
import { api } from '../api.ts';
import { addToQueue, createOutbox, newClientRef, type QueuedItem } from './outbox.ts';

export const CHECKIN_QUEUE_KEY = 'fs_checkin_queue';

export type CheckinAnswer = 'safe' | 'need_help';

export const checkinOutbox = createOutbox(CHECKIN_QUEUE_KEY, (item) =>
  api.post<unknown>(`/api/crises/${encodeURIComponent(String(item.body.crisisId))}/checkin`, {
    status: item.body.status,
    clientRef: item.clientRef,
  }),
);

/** The crisis, title and answer of a kept item (null if the item is not a check-in). */
export function checkinOf(
  item: QueuedItem,
): { crisisId: string; title: string; status: CheckinAnswer } | null {
  const { crisisId, title, status } = item.body;
  if (typeof crisisId !== 'string' || (status !== 'safe' && status !== 'need_help')) return null;
  return { crisisId, title: typeof title === 'string' ? title : '', status };
}

/** Keeps an answer (replacing any earlier one for the same crisis) and tries to send it. */
export function answerCheckin(crisisId: string, title: string, status: CheckinAnswer) {
  const others = checkinOutbox.load().filter((q) => checkinOf(q)?.crisisId !== crisisId);
  checkinOutbox.replace(addToQueue(others, { clientRef: newClientRef(), crisisId, title, status }));
  return checkinOutbox.flush();
}
