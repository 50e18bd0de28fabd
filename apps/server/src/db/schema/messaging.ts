import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './common.ts';

/**
 * The durable delivery queue: one row per message × recipient × channel. The unique key makes
 * enqueueing idempotent, so a retried fan-out never sends twice.
 */
export const outboundMessages = pgTable(
  'outbound_messages',
  {
    /** Time-ordered (UUID v7, migration 0071): a fan-out's rows fill the index's last pages. */
    id: uuid('id')
      .primaryKey()
      .default(sql`uuid_v7()`),
    /** The logical message, e.g. `crisis:<id>:checkin` or `broadcast:<id>`. */
    messageId: text('message_id').notNull(),
    /**
     * No foreign keys on the queue: it holds copies taken at enqueue time, and checking two keys
     * per row was most of the time of a 60,000-row crisis fan-out.
     */
    recipientId: uuid('recipient_id').notNull(),
    countryId: uuid('country_id'),
    /** `in_app`, `email` or `sms`. */
    channel: text('channel').notNull(),
    /** E-mail address or phone number at enqueue time (null for in-app). */
    address: text('address'),
    locale: text('locale').notNull().default('en'),
    template: text('template').notNull(),
    params: jsonb('params').notNull().$type<Record<string, unknown>>(),
    /** `queued`, `sending`, `delivered` or `failed`. */
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** The gateway's delivery receipt for an SMS: `sent`, `delivered`, `undelivered`, `failed`. */
    receiptStatus: text('receipt_status'),
    receiptAt: timestamp('receipt_at', { withTimezone: true }),
    receiptError: text('receipt_error'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('outbound_messages_key').on(t.messageId, t.recipientId, t.channel),
    index('outbound_messages_due').on(t.status, t.nextAttemptAt),
  ],
);

/** Server secrets generated on first start when not given in the environment. */
export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
