import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './common.ts';
import { people } from './registry.ts';

/** One person a shared phone's answer may be for. */
export interface SmsOption {
  personId: string;
  name: string;
}

/**
 * Every SMS received on the inbound webhook, applied or not (an unknown number is logged here and
 * nothing else). The gateway's message id is unique: a replayed message is ignored.
 */
export const smsInbound = pgTable(
  'sms_inbound',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gatewayMessageId: text('gateway_message_id'),
    /** `generic` or `twilio`. */
    gateway: text('gateway').notNull(),
    fromNumber: text('from_number').notNull(),
    text: text('text').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /**
     * `received` (not yet processed), `applied`, `asked_which` (shared phone), `unparsed`
     * (choices sent back), `unknown_number`, `nothing_open` or `choice_invalid`.
     */
    outcome: text('outcome').notNull().default('received'),
    /** The answer read from the text, when it was one. */
    status: text('status'),
    /** The people the answer was recorded for. */
    people: jsonb('people').$type<string[]>(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('sms_inbound_gateway_message').on(t.gatewayMessageId),
    index('sms_inbound_from').on(t.fromNumber, t.receivedAt),
  ],
);

/** A shared (family) phone asked who its answer is for: the answer waits here for the choice. */
export const smsPendingChoices = pgTable('sms_pending_choices', {
  phone: text('phone').primaryKey(),
  status: text('status').notNull(),
  note: text('note'),
  language: text('language').notNull(),
  options: jsonb('options').notNull().$type<SmsOption[]>(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Stored phone numbers that could not be read as E.164 when numbers were normalised (migration
 * 0041 and the start-up pass): listed for the registry to correct, never sent to.
 */
export const phoneIssues = pgTable('phone_issues', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  phone: text('phone').notNull(),
  reason: text('reason').notNull(),
  foundAt: timestamp('found_at', { withTimezone: true }).notNull().defaultNow(),
});
