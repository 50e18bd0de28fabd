import { sql } from 'drizzle-orm';
import {
  bigint,
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
import { people } from './registry.ts';
import { travelRequests } from './travel.ts';

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
     * `received` (stored, not yet applied by the worker), `applied`, `scheduled_checkin`,
     * `asked_which` (shared phone), `unparsed` (choices sent back), `unknown_number`,
     * `nothing_open` or `failed` (could not be applied; logged).
     */
    outcome: text('outcome').notNull().default('received'),
    /** The answer read from the text, when it was one. */
    status: text('status'),
    /** The people the answer was recorded for. */
    people: jsonb('people').$type<string[]>(),
    /** Order of arrival: the worker applies a number's messages in this order. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('sms_inbound_gateway_message').on(t.gatewayMessageId),
    index('sms_inbound_from').on(t.fromNumber, t.receivedAt),
    index('sms_inbound_received')
      .on(t.seq)
      .where(sql`${t.outcome} = 'received'`),
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

/**
 * Scheduled check-ins (SPEC §10): a person on mission travel (their approved clearance) or working
 * alone checks in every `everyMinutes` between `startsAt` and `endsAt`; a due time still
 * unanswered `graceMinutes` later alerts their warden and ASC once (`alertedDueAt`). The location
 * keys are the person's, copied for the scope filters.
 */
export const checkinSchedules = pgTable(
  'checkin_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    countryId: uuid('country_id').notNull(),
    areaId: uuid('area_id').notNull(),
    zoneId: uuid('zone_id'),
    organizationId: uuid('organization_id').notNull(),
    travelRequestId: uuid('travel_request_id').references(() => travelRequests.id),
    /** `travel` or `working_alone`. */
    reason: text('reason').notNull(),
    label: text('label').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    everyMinutes: integer('every_minutes').notNull(),
    graceMinutes: integer('grace_minutes').notNull(),
    /** `active` or `cancelled`. */
    status: text('status').notNull().default('active'),
    lastCheckinAt: timestamp('last_checkin_at', { withTimezone: true }),
    alertedDueAt: timestamp('alerted_due_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    ...timestamps,
  },
  (t) => [
    index('checkin_schedules_person').on(t.personId, t.status),
    index('checkin_schedules_active').on(t.status, t.endsAt),
  ],
);
