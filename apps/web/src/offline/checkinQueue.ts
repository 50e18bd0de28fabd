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
    // A position only when the person consented to share it with this answer.
    ...(typeof item.body.latitude === 'number' && typeof item.body.longitude === 'number'
      ? { latitude: item.body.latitude, longitude: item.body.longitude }
      : {}),
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

/** A position the person chose to share with one answer (while precise location is active). */
export interface SharedPosition {
  latitude: number;
  longitude: number;
}

/** Keeps an answer (replacing any earlier one for the same crisis) and tries to send it. */
export function answerCheckin(
  crisisId: string,
  title: string,
  status: CheckinAnswer,
  position: SharedPosition | null = null,
) {
  const others = checkinOutbox.load().filter((q) => checkinOf(q)?.crisisId !== crisisId);
  checkinOutbox.replace(
    addToQueue(others, { clientRef: newClientRef(), crisisId, title, status, ...position }),
  );
  return checkinOutbox.flush();
}
