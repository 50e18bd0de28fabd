import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  Notification,
  NotificationList,
  NotificationPreferences,
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

  app.get('/api/notifications/preferences', {
    schema: {
      tags,
      summary:
        'Whether I also get the notices that are not urgent by e-mail and SMS (urgent ones, such as an incident reported to the DO, go on every channel)',
      response: { 200: NotificationPreferences },
    },
    handler: async (req) => service.preferences(actorOf(req)),
  });

  app.put('/api/notifications/preferences', {
    schema: {
      tags,
      summary: 'Set whether I also get the notices that are not urgent by e-mail and SMS',
      body: NotificationPreferences,
      response: { 200: NotificationPreferences },
    },
    handler: async (req) => service.setPreferences(actorOf(req), req.body),
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
