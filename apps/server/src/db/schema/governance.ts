import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './common.ts';
import { countries, documents, organizations } from './registry.ts';

/**
 * Recommendations of the IASMN, HLCM, CEB, JIU and compliance missions, tracked to
 * implementation (SPEC §9). `countryId` is set for recommendations about one country
 * (compliance missions); null for system-wide ones.
 */
export const recommendations = pgTable(
  'recommendations',
  {
    id: id(),
    body: text('body').notNull(),
    reference: text('reference').notNull(),
    issuedOn: date('issued_on').notNull(),
    text: text('text').notNull(),
    countryId: uuid('country_id').references(() => countries.id),
    owner: text('owner').notNull(),
    deadline: date('deadline'),
    status: text('status').notNull().default('open'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('recommendations_body_reference').on(t.body, t.reference),
    index('recommendations_status_deadline').on(t.status, t.deadline),
  ],
);

export const recommendationAddressees = pgTable(
  'recommendation_addressees',
  {
    recommendationId: uuid('recommendation_id')
      .notNull()
      .references(() => recommendations.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [
    primaryKey({ columns: [t.recommendationId, t.organizationId] }),
    index('recommendation_addressees_org').on(t.organizationId),
  ],
);

export const recommendationStatusHistory = pgTable(
  'recommendation_status_history',
  {
    id: id(),
    recommendationId: uuid('recommendation_id')
      .notNull()
      .references(() => recommendations.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    note: text('note'),
    changedBy: text('changed_by').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recommendation_status_history_rec').on(t.recommendationId, t.changedAt)],
);

/** Evidence of implementation: a text, a link or an uploaded document. */
export const recommendationEvidence = pgTable(
  'recommendation_evidence',
  {
    id: id(),
    recommendationId: uuid('recommendation_id')
      .notNull()
      .references(() => recommendations.id),
    description: text('description').notNull(),
    url: text('url'),
    documentId: uuid('document_id').references(() => documents.id),
    addedBy: text('added_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recommendation_evidence_rec').on(t.recommendationId)],
);

/** Security Management Team meetings, with minutes sent to DSS (seed 002 Annex, DO 10). */
export const smtMeetings = pgTable(
  'smt_meetings',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    heldOn: date('held_on').notNull(),
    agenda: text('agenda').notNull(),
    minutes: text('minutes'),
    sentToDssOn: date('sent_to_dss_on'),
    /** The body that met: the SMT, or the security cell chaired by the CSA [002 Annex B J.6–7]. */
    body: text('body').notNull().default('smt'),
    ...timestamps,
  },
  (t) => [index('smt_meetings_country_held').on(t.countryId, t.heldOn)],
);

export const smtMeetingAttendees = pgTable(
  'smt_meeting_attendees',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => smtMeetings.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.organizationId] })],
);

/** The DO's yearly security management plan of a country (seed 004 ¶35). */
export const securityPlans = pgTable(
  'security_plans',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('security_plans_country_year').on(t.countryId, t.year)],
);

/** A measurable indicator of a plan: target, result, and whether it was met. */
export const securityPlanIndicators = pgTable(
  'security_plan_indicators',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => securityPlans.id),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    target: text('target').notNull(),
    result: text('result'),
    met: boolean('met'),
  },
  (t) => [index('security_plan_indicators_plan').on(t.planId, t.position)],
);
