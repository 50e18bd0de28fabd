import { z } from 'zod';
import { PageQuery } from '../http/common.schema.ts';

export const Notification = z
  .object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    /** The record it is about: an app path (`/incidents/…`) or a check-in page (`/checkin/…`). */
    link: z.string().nullable(),
    cause: z.string(),
    countryId: z.string().nullable(),
    readAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'Notification' });

export const NotificationQuery = PageQuery.extend({
  pageSize: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(100, 'must be 100 or less')
    .default(20),
  /** Only the unread ones. */
  unread: z
    .enum(['true', 'false'], 'must be true or false')
    .optional()
    .transform((v) => v === 'true'),
});
export type NotificationFilter = z.infer<typeof NotificationQuery>;

export const NotificationList = z
  .object({
    items: z.array(Notification),
    /** How many of mine are unread (whatever the filter). */
    unread: z.number(),
    page: z.number(),
    pageSize: z.number(),
    /** How many the filter matches. */
    total: z.number(),
  })
  .meta({ id: 'NotificationList' });

export const UnreadCount = z.object({ unread: z.number() }).meta({ id: 'UnreadCount' });

/** Notices that are not urgent by e-mail / SMS too; urgent ones go on every channel anyway. */
export const NotificationPreferences = z
  .object({
    email: z.boolean('must be true or false'),
    sms: z.boolean('must be true or false'),
  })
  .meta({ id: 'NotificationPreferences' });
