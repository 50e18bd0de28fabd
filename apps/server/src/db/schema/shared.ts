import {
  boolean,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps } from './common.ts';
import { areas, countries, organizations, people } from './registry.ts';

/**
 * Security level (or phase) decisions per country or area, kept as history: the level in force
 * is the latest decision effective on a date. The scale is configurable per deployment
 * (SPEC §2: phases, the 1–6 Security Level System, SRM areas), so `level` is text.
 */
export const securityLevelDecisions = pgTable(
  'security_level_decisions',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').references(() => areas.id),
    scale: text('scale').notNull(),
    level: text('level').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    reason: text('reason').notNull(),
    /**
     * A change solely for health reasons must be preceded by a consultation with the
     * Director-General of WHO through the USG DSS (seed 002 §16): who, through whom, when, the
     * reference; `whoConsultation` keeps optional notes.
     */
    healthOnly: boolean('health_only').notNull().default(false),
    whoConsultation: text('who_consultation'),
    whoConsultedWith: text('who_consulted_with'),
    whoConsultedThrough: text('who_consulted_through'),
    whoConsultedOn: date('who_consulted_on'),
    whoConsultationReference: text('who_consultation_reference'),
    decidedBy: text('decided_by').notNull(),
    recordedBy: uuid('recorded_by'),
    ...timestamps,
  },
  (t) => [index('security_level_decisions_place').on(t.countryId, t.areaId, t.effectiveFrom)],
);

/** An organization whose staff are denied security clearance in a country (seed 000 §30). */
export const clearanceSanctions = pgTable(
  'clearance_sanctions',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    reason: text('reason').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    decidedBy: text('decided_by').notNull(),
    recordedBy: uuid('recorded_by'),
    ...timestamps,
  },
  (t) => [index('clearance_sanctions_key').on(t.countryId, t.organizationId)],
);

/** In-app messages to a person (travel advisories, incident alerts, review requests …). */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    countryId: uuid('country_id').references(() => countries.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    /** What caused it, e.g. `advisory:<id>`: one notification per person and cause. */
    cause: text('cause').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('notifications_person').on(t.personId, t.createdAt),
    // The bell's unread count.
    index('notifications_person_unread')
      .on(t.personId)
      .where(sql`${t.readAt} is null`),
    uniqueIndex('notifications_person_cause').on(t.personId, t.cause),
  ],
);
