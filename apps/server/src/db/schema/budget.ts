import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './common.ts';
import { countries, dutyStations, organizations } from './registry.ts';

/**
 * Cost-shared security budgets (SPEC §8). Money is in whole US dollars, stored as bigint and
 * read as JavaScript numbers (safe up to 9 quadrillion dollars).
 * - `system`: the jointly financed budget of a biennium, apportioned by CEB field headcount with
 *   a minimum contribution (seed 003 ¶190, Annex I);
 * - `local`: a duty station's cost-shared budget, split pro rata by personnel there (seed 003 ¶78).
 * Every change of the inputs makes a new version; older versions are kept with their lines.
 */
export const budgets = pgTable(
  'budgets',
  {
    id: id(),
    kind: text('kind').notNull(),
    biennium: text('biennium').notNull(),
    title: text('title').notNull(),
    countryId: uuid('country_id').references(() => countries.id),
    dutyStationId: uuid('duty_station_id').references(() => dutyStations.id),
    totalDollars: bigint('total_dollars', { mode: 'number' }).notNull(),
    minimumDollars: bigint('minimum_dollars', { mode: 'number' }).notNull(),
    /** `census` (entered or imported), `registry` (active personnel at the duty station). */
    headcountSource: text('headcount_source').notNull(),
    version: integer('version').notNull().default(1),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('budgets_system_biennium')
      .on(t.biennium)
      .where(sql`${t.kind} = 'system'`),
    uniqueIndex('budgets_local_station_biennium')
      .on(t.dutyStationId, t.biennium)
      .where(sql`${t.kind} = 'local'`),
    index('budgets_country').on(t.countryId),
  ],
);

/** One computation of a budget: its inputs at that time. */
export const budgetVersions = pgTable(
  'budget_versions',
  {
    id: id(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id),
    version: integer('version').notNull(),
    totalDollars: bigint('total_dollars', { mode: 'number' }).notNull(),
    minimumDollars: bigint('minimum_dollars', { mode: 'number' }).notNull(),
    headcountSource: text('headcount_source').notNull(),
    reason: text('reason'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('budget_versions_budget_version').on(t.budgetId, t.version)],
);

/** The apportionment of one version: one line per organization, in input order. */
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: id(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => budgetVersions.id),
    position: integer('position').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    headcount: integer('headcount').notNull(),
    sharePercent: text('share_percent').notNull(),
    minimumApplied: boolean('minimum_applied').notNull(),
    amountDollars: bigint('amount_dollars', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('budget_lines_version_org').on(t.versionId, t.organizationId)],
);
