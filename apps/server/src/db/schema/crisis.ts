import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ReminderSchedule } from '@fieldsafe/core';
import { CLASSIFICATIONS, id, timestamps } from './common.ts';
import { areas, countries, organizations, people, wardenZones } from './registry.ts';

/** A crisis declared for an area or a whole country (SPEC §7). */
export const crises = pgTable(
  'crises',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    /** Null: the whole country. */
    areaId: uuid('area_id').references(() => areas.id),
    title: text('title').notNull(),
    description: text('description'),
    /** `active` or `closed`. */
    status: text('status').notNull().default('active'),
    declaredBy: text('declared_by').notNull(),
    declaredByUserId: uuid('declared_by_user_id'),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** How long a check-in link stays valid. */
    tokenHours: integer('token_hours').notNull().default(72),
    /** Resend to the silent and escalate by time (core's ReminderSchedule); null: none. */
    reminderSchedule: jsonb('reminder_schedule').$type<ReminderSchedule>(),
    /** Reminders of the schedule already sent. */
    remindersDone: integer('reminders_done').notNull().default(0),
    /** When the still-silent were put on their wardens' call lists. */
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('crises_country').on(t.countryId, t.declaredAt),
    index('crises_active_reminders').on(t.status, t.declaredAt),
  ],
);

/**
 * Everyone the crisis must account for, with the location keys copied at declaration (for
 * scope filters and the board) and their latest answer.
 */
export const crisisPeople = pgTable(
  'crisis_people',
  {
    id: id(),
    // The crisis, the person, their location and organization keys: enrolments are selected
    // from people by the statement that writes them, in the crisis's own transaction, so the
    // keys are not checked again row by row (a fan-out enrols 20,000 rows; migration 0070).
    crisisId: uuid('crisis_id').notNull(),
    personId: uuid('person_id').notNull(),
    countryId: uuid('country_id').notNull(),
    areaId: uuid('area_id'),
    zoneId: uuid('zone_id'),
    organizationId: uuid('organization_id').notNull(),
    /** Why they are included: `present` (stationed there) or `traveller` (whereabouts). */
    reason: text('reason').notNull(),
    /** `no_answer`, `safe` or `need_help`. */
    status: text('status').notNull().default('no_answer'),
    note: text('note'),
    /** Precise position: kept only while the crisis is active. */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** `checkin`, `phone`, `radio` or `in_person`. */
    answeredVia: text('answered_via'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    markedBy: text('marked_by'),
    /** When the person, still silent, was put on their warden's call list. */
    callListAt: timestamp('call_list_at', { withTimezone: true }),
    /** The device's id of the person's last own answer: the same answer sent again is kept once. */
    clientRef: text('client_ref'),
    /** The warden's last call: `safe`, `need_help` or `no_answer` (tried, not reached). */
    callOutcome: text('call_outcome'),
    calledAt: timestamp('called_at', { withTimezone: true }),
    calledBy: text('called_by'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('crisis_people_key').on(t.crisisId, t.personId),
    index('crisis_people_board').on(t.crisisId, t.status),
    // An SMS reply is matched to the sender's enrolments by person.
    index('crisis_people_person').on(t.personId),
  ],
);

/**
 * The board's counts, maintained by triggers on crisis_people (migration 0061) with every
 * enrolment and answer: per crisis, place and organization (the scope keys), in 8 slots that
 * concurrent statements spread over (pg_backend_pid() % 8); a read sums the slots.
 */
export const crisisCountsTable = pgTable(
  'crisis_counts',
  {
    crisisId: uuid('crisis_id')
      .notNull()
      .references(() => crises.id, { onDelete: 'cascade' }),
    countryId: uuid('country_id').notNull(),
    areaId: uuid('area_id'),
    zoneId: uuid('zone_id'),
    organizationId: uuid('organization_id').notNull(),
    slot: smallint('slot').notNull(),
    safe: integer('safe').notNull().default(0),
    needHelp: integer('need_help').notNull().default(0),
    noAnswer: integer('no_answer').notNull().default(0),
  },
  (t) => [
    unique('crisis_counts_key')
      .on(t.crisisId, t.countryId, t.areaId, t.zoneId, t.organizationId, t.slot)
      .nullsNotDistinct(),
  ],
);

/** The crisis log: decisions (alternate work, relocation, evacuation) and notes, in order. */
export const crisisLog = pgTable(
  'crisis_log',
  {
    id: id(),
    crisisId: uuid('crisis_id')
      .notNull()
      .references(() => crises.id),
    /** `declared`, `alternate_work`, `relocation`, `evacuation`, `note`, `closed`. */
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    decidedBy: text('decided_by'),
    /**
     * For a decision: `DO` or `SECRETARY_GENERAL` [002 Annex B ¶13, 003 ¶181]; the
     * recommendation an evacuation is decided on; whether the DO acted in exigent circumstances
     * and when (and under which reference) that was reported to the USG.
     */
    authority: text('authority'),
    recommendedBy: text('recommended_by'),
    exigent: boolean('exigent').notNull().default(false),
    reportedToUsgAt: timestamp('reported_to_usg_at', { withTimezone: true }),
    usgReportReference: text('usg_report_reference'),
    recordedBy: text('recorded_by').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Information-sharing classification [000 §16]; shareable with SLT partners [003 ¶140]. */
    classification: text('classification', { enum: CLASSIFICATIONS })
      .notNull()
      .default('restricted'),
    sltShareable: boolean('slt_shareable').notNull().default(false),
    ...timestamps,
  },
  (t) => [index('crisis_log_crisis').on(t.crisisId, t.at)],
);

/**
 * A per-person evacuation or relocation decision on the evacuation list [003 ¶181–182]:
 * decided → moved → arrived, with the exceptional reason and the staff association consulted when
 * the person is not automatically eligible.
 */
export const crisisMovements = pgTable(
  'crisis_movements',
  {
    id: id(),
    crisisId: uuid('crisis_id')
      .notNull()
      .references(() => crises.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    measure: text('measure').notNull(),
    status: text('status').notNull().default('decided'),
    eligibility: text('eligibility').notNull(),
    exceptionalReason: text('exceptional_reason'),
    staffAssociation: text('staff_association'),
    staffAssociationConsultedOn: date('staff_association_consulted_on'),
    destination: text('destination'),
    decisionId: uuid('decision_id').references(() => crisisLog.id),
    decidedBy: text('decided_by').notNull(),
    movedAt: timestamp('moved_at', { withTimezone: true }),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [unique('crisis_movements_person').on(t.crisisId, t.personId)],
);

/** A message from the operations centre to everyone in a scope, sent through the queue. */
export const broadcasts = pgTable(
  'broadcasts',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').references(() => areas.id),
    zoneId: uuid('zone_id').references(() => wardenZones.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    crisisId: uuid('crisis_id').references(() => crises.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    channels: text('channels').array().notNull(),
    recipients: integer('recipients').notNull(),
    sentBy: text('sent_by').notNull(),
    ...timestamps,
  },
  (t) => [index('broadcasts_country').on(t.countryId, t.createdAt)],
);
