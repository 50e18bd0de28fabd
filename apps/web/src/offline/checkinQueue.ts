/**
 * "Are you safe?" answers kept in the device's outbox (`outbox.ts`) under `fs_checkin_queue`:
 * an answer given without a connection waits, survives reloads, and is POSTed to
 * /api/crises/:id/checkin with its clientRef when the connection returns — the server records
 * it once however often it arrives. Only a person's latest answer per crisis is kept.
 */
import { api, ApiError } from '../api.ts';
import { addToQueue, createOutbox, newClientRef, type QueuedItem } from './outbox.ts';

export const CHECKIN_QUEUE_KEY = 'fs_checkin_queue';

export type CheckinAnswer = 'safe' | 'need_help';

export const checkinOutbox = createOutbox(CHECKIN_QUEUE_KEY, (item) => {
  const post = (position: SharedPosition | null) =>
    api.post<unknown>(`/api/crises/${encodeURIComponent(String(item.body.crisisId))}/checkin`, {
      status: item.body.status,
      clientRef: item.clientRef,
      ...position,
    });
  // A position only when the person consented to share it with this answer.
  const { latitude, longitude } = item.body;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return post(null);
  // Precise location ended meanwhile (the server refuses the position, naming it): the answer
  // itself still counts, so it is sent again without the position.
  return post({ latitude, longitude }).catch((e: unknown) => {
    if (e instanceof ApiError && e.details.some((d) => d.path === 'latitude')) return post(null);
    throw e;
  });
});

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
