import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './common.ts';
import { users } from './identity.ts';
import { areas, countries } from './registry.ts';

/**
 * Precise location activated by the DO (or the CSA by delegation) for an area, or a whole
 * country, and a period: positions are collected only while one is in force for the person's
 * place, and erased once none is [SPEC "Across everything"].
 */
export const locationActivations = pgTable(
  'location_activations',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    /** Null: the whole country. */
    areaId: uuid('area_id').references(() => areas.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    reason: text('reason').notNull(),
    activatedBy: text('activated_by').notNull(),
    activatedByUserId: uuid('activated_by_user_id').references(() => users.id),
    /** Set when ended before `endsAt`. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: text('ended_by'),
    ...timestamps,
  },
  (t) => [index('location_activations_country').on(t.countryId, t.endsAt)],
);

/** The DO's delegation of activating precise location to the country's CSA (one per country). */
export const locationDelegations = pgTable('location_delegations', {
  countryId: uuid('country_id')
    .primaryKey()
    .references(() => countries.id),
  delegatedBy: text('delegated_by').notNull(),
  delegatedAt: timestamp('delegated_at', { withTimezone: true }).notNull().defaultNow(),
});
