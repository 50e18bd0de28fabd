import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  Notification,
  NotificationList,
  NotificationQuery,
  UnreadCount,
} from './notification.schema.ts';
import type { NotificationService } from './notification.service.ts';

const tags = ['notifications'];

export function registerNotificationRoutes(app: App, service: NotificationService) {
  app.get('/api/notifications', {
    schema: {
      tags,
      summary: 'My in-app notifications, newest first, paged (optionally only the unread)',
      querystring: NotificationQuery,
      response: { 200: NotificationList },
    },
    handler: async (req) => service.mine(actorOf(req), req.query),
  });

  app.get('/api/notifications/unread', {
    schema: {
      tags,
      summary: 'How many of my notifications are unread (the bell)',
      response: { 200: UnreadCount },
    },
    handler: async (req) => ({ unread: await service.unread(actorOf(req)) }),
  });

  app.post('/api/notifications/read-all', {
    schema: {
      tags,
      summary: 'Mark all my notifications read',
      response: { 200: UnreadCount },
    },
    handler: async (req) => {
      await service.markAllRead(actorOf(req));
      return { unread: 0 };
    },
  });

  app.post('/api/notifications/:id/read', {
    schema: {
      tags,
      summary: 'Mark one of my notifications read',
      params: IdParams,
      response: { 200: Notification },
    },
    handler: async (req) => service.markRead(actorOf(req), req.params.id),
  });
}
