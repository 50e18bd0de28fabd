import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './common.ts';
import { areas, countries, organizations, people } from './registry.ts';

/**
 * Surge capacity (SPEC §7; seed 003 ¶154–163). There is no standing reserve: surge officers are
 * drawn from a roster of security professionals of the organizations of the system.
 * `country_id` is the officer's duty-station country (scope filters); `availability` is what
 * headquarters records, `deployed` is derived from deployments in force.
 */
export const surgeRoster = pgTable(
  'surge_roster',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    gradeRole: text('grade_role').notNull(),
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    availableFrom: date('available_from').notNull(),
    availableUntil: date('available_until'),
    availability: text('availability').notNull().default('available'),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('surge_roster_person').on(t.personId),
    index('surge_roster_org').on(t.organizationId),
  ],
);

/** A request for surge officers in a country, for one of the reasons of seed 003 ¶155. */
export const surgeRequests = pgTable(
  'surge_requests',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').references(() => areas.id),
    reason: text('reason').notNull(),
    requestedBy: text('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    officersNeeded: integer('officers_needed').notNull(),
    neededFrom: date('needed_from').notNull(),
    expectedDays: integer('expected_days').notNull(),
    status: text('status').notNull().default('open'),
    notes: text('notes'),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [index('surge_requests_country').on(t.countryId, t.requestedAt)],
);

/**
 * One roster officer sent on a request: arrival time, end date, direct cost in whole US dollars
 * (staff and travel, seed 003 ¶160) and the visa dates (the main delay factor, ¶163).
 * `country_id` is the request's country, `organization_id` the officer's organization.
 */
export const surgeDeployments = pgTable(
  'surge_deployments',
  {
    id: id(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => surgeRequests.id),
    rosterId: uuid('roster_id')
      .notNull()
      .references(() => surgeRoster.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    startAt: timestamp('start_at', { withTimezone: true }).notNull(),
    /** The arrival date (UTC) of `start_at`, kept for date-range checks and statistics by year. */
    startDate: date('start_date').notNull(),
    endOn: date('end_on'),
    costUsd: bigint('cost_usd', { mode: 'number' }).notNull().default(0),
    visaNeeded: boolean('visa_needed').notNull().default(false),
    visaRequestedOn: date('visa_requested_on'),
    visaObtainedOn: date('visa_obtained_on'),
    notes: text('notes'),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [
    index('surge_deployments_request').on(t.requestId),
    index('surge_deployments_roster').on(t.rosterId, t.startDate),
    index('surge_deployments_country').on(t.countryId, t.startDate),
  ],
);
