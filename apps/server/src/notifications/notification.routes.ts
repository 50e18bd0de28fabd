import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import { Notification, NotificationList } from './notification.schema.ts';
import type { NotificationService } from './notification.service.ts';

const tags = ['notifications'];

export function registerNotificationRoutes(app: App, service: NotificationService) {
  app.get('/api/notifications', {
    schema: { tags, summary: 'My in-app notifications', response: { 200: NotificationList } },
    handler: async (req) => service.mine(actorOf(req)),
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
