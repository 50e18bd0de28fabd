import type { RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { notFound } from '../http/errors.ts';
import { enqueueNotice, type Notice } from '../messaging/queue.ts';
import {
  countUnread,
  findPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  travellersAtQuery,
  updatePreferences,
  type NotificationPreferences,
  type TravelLocation,
} from './notification.queries.ts';
import type { NotificationFilter } from './notification.schema.ts';

export type { TravelLocation };

/**
 * Tells every traveller currently at or bound for a place (advisories) through the queue.
 * Idempotent on (person, cause). Returns how many people were newly notified.
 */
export async function notifyTravellersAt(
  tx: Executor,
  location: TravelLocation,
  notice: Omit<Notice, 'countryId'>,
): Promise<number> {
  return enqueueNotice(tx, travellersAtQuery(tx, location), {
    ...notice,
    countryId: location.countryId,
  });
}

export function createNotificationService(db: Db) {
  async function unread(actor: RequestActor): Promise<number> {
    return actor.personId ? countUnread(db, actor.personId) : 0;
  }

  return {
    unread,

    /** My notifications, newest first, a page at a time, and how many are unread. */
    async mine(
      actor: RequestActor,
      f: NotificationFilter = { page: 1, pageSize: 20, unread: false },
    ) {
      const empty = { items: [], unread: 0, page: f.page, pageSize: f.pageSize, total: 0 };
      if (!actor.personId) return empty;
      const [{ items, total }, n] = await Promise.all([
        listNotifications(db, actor.personId, f),
        unread(actor),
      ]);
      return { items, unread: n, page: f.page, pageSize: f.pageSize, total };
    },

    async markRead(actor: RequestActor, id: string) {
      if (!actor.personId) throw notFound('Notification');
      const row = await markNotificationRead(db, actor.personId, id);
      if (!row) throw notFound('Notification');
      return row;
    },

    /** Marks every unread notification of mine read; how many were. */
    async markAllRead(actor: RequestActor): Promise<number> {
      if (!actor.personId) return 0;
      return markAllNotificationsRead(db, actor.personId);
    },

    /** Whether I also get the notices that are not urgent by e-mail and SMS. */
    async preferences(actor: RequestActor): Promise<NotificationPreferences> {
      if (!actor.personId) throw notFound('Person');
      return findPreferences(db, actor.personId);
    },

    async setPreferences(
      actor: RequestActor,
      input: NotificationPreferences,
    ): Promise<NotificationPreferences> {
      const personId = actor.personId;
      if (!personId) throw notFound('Person');
      return audited(db, actor, async (tx) => {
        const before = await findPreferences(tx, personId);
        const after = await updatePreferences(tx, personId, input);
        if (!after) throw notFound('Person');
        return {
          result: after,
          audit: {
            action: 'notification.preferences',
            entity: 'user',
            entityId: actor.userId,
            before,
            after,
          },
        };
      });
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
