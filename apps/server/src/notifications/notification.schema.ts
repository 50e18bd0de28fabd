import { z } from 'zod';

export const Notification = z
  .object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    cause: z.string(),
    countryId: z.string().nullable(),
    readAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'Notification' });

export const NotificationList = z
  .object({ items: z.array(Notification), unread: z.number() })
  .meta({ id: 'NotificationList' });
