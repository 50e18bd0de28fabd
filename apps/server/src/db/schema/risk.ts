import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { FlagCause, RiskMeasure } from '@fieldsafe/core';
import { CLASSIFICATIONS, id, timestamps } from './common.ts';
import { areas, countries, dutyStations, people } from './registry.ts';

/**
 * A security risk assessment of one location (country, area or duty station), SPEC §2. A new
 * assessment of the same location supersedes the current one; superseded versions are kept.
 * `country_id` is always set (scope); `area_id` is the area of an area or duty-station
 * assessment, so area-scoped readers see both.
 */
export const riskAssessments = pgTable(
  'risk_assessments',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').references(() => areas.id),
    dutyStationId: uuid('duty_station_id').references(() => dutyStations.id),
    locationType: text('location_type', { enum: ['country', 'area', 'duty_station'] }).notNull(),
    /** `country:<id>`, `area:<id>` or `duty_station:<id>`: one current assessment per key. */
    locationKey: text('location_key').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    acceptableLevel: text('acceptable_level').notNull(),
    assessedOn: date('assessed_on').notNull(),
    reviewDue: date('review_due').notNull(),
    summary: text('summary'),
    flaggedForReview: boolean('flagged_for_review').notNull().default(false),
    flagReason: text('flag_reason'),
    /** Why it awaits review as a code and its parts, worded by each reader; null when typed. */
    flagCause: jsonb('flag_cause').$type<FlagCause>(),
    flaggedAt: timestamp('flagged_at', { withTimezone: true }),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    supersededById: uuid('superseded_by_id'),
    createdBy: uuid('created_by'),
    /** Information-sharing classification [000 §16]; shareable with SLT partners [003 ¶140]. */
    classification: text('classification', { enum: CLASSIFICATIONS })
      .notNull()
      .default('restricted'),
    sltShareable: boolean('slt_shareable').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('risk_assessments_current_location')
      .on(t.locationKey)
      .where(sql`superseded_at is null`),
    index('risk_assessments_country_current')
      .on(t.countryId, t.areaId)
      .where(sql`superseded_at is null`),
    index('risk_assessments_location_history').on(t.locationKey, t.version),
  ],
);

/** Step 1: the programme goals at stake and how critical each is. */
export const riskGoals = pgTable(
  'risk_goals',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => riskAssessments.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    criticality: text('criticality').notNull(),
    /** The highest residual level accepted for this goal; null: the assessment's level. */
    acceptableLevel: text('acceptable_level'),
  },
  (t) => [index('risk_goals_assessment').on(t.assessmentId, t.position)],
);

/** Step 2: threats by category; a human threat is assessed by mind-set, capability, context. */
export const riskThreats = pgTable(
  'risk_threats',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => riskAssessments.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    category: text('category').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    human: boolean('human').notNull().default(true),
    mindSet: text('mind_set'),
    capability: text('capability'),
    context: text('context'),
  },
  (t) => [index('risk_threats_assessment').on(t.assessmentId, t.position)],
);

/** Steps 3–4: a threat to something exposed, rated before and after measures, and the decision. */
export const risks = pgTable(
  'risks',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => riskAssessments.id, { onDelete: 'cascade' }),
    threatId: uuid('threat_id')
      .notNull()
      .references(() => riskThreats.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    exposed: text('exposed').notNull(),
    description: text('description').notNull(),
    inherentLikelihood: smallint('inherent_likelihood').notNull(),
    inherentImpact: smallint('inherent_impact').notNull(),
    strategies: jsonb('strategies').$type<string[]>().notNull(),
    /** Mitigation measures, each optionally linked to a MOSS measure by its code. */
    measures: jsonb('measures').$type<RiskMeasure[]>().notNull().default([]),
    /** The programme goals this risk threatens (ids of the assessment's goals). */
    goalIds: jsonb('goal_ids').$type<string[]>().notNull().default([]),
    residualLikelihood: smallint('residual_likelihood'),
    residualImpact: smallint('residual_impact'),
    acceptedByPersonId: uuid('accepted_by_person_id').references(() => people.id),
    acceptedByName: text('accepted_by_name'),
    acceptedRole: text('accepted_role'),
    acceptedLevel: text('accepted_level'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptanceRationale: text('acceptance_rationale'),
  },
  (t) => [index('risks_assessment').on(t.assessmentId, t.position)],
);
