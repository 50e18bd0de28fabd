import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PenaltyRule } from '@fieldsafe/core';
import { id, timestamps } from './common.ts';
import { areas, countries, dutyStations, organizations, people } from './registry.ts';

/** A safety or security incident affecting UN personnel, dependants or partners (SPEC §5). */
export const incidents = pgTable(
  'incidents',
  {
    id: id(),
    category: text('category').notNull(),
    nature: text('nature').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** The IANA time zone of the place, so local time can be shown as the reporter saw it. */
    timeZone: text('time_zone').notNull(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').references(() => areas.id),
    dutyStationId: uuid('duty_station_id').references(() => dutyStations.id),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    place: text('place'),
    organizationId: uuid('organization_id').references(() => organizations.id),
    /** UN personnel affected: the unit of seed 003 Table 1. */
    personnelAffected: integer('personnel_affected').notNull().default(0),
    dependantsAffected: integer('dependants_affected').notNull().default(0),
    partnersAffected: integer('partners_affected').notNull().default(0),
    fatalities: integer('fatalities').notNull().default(0),
    injuries: integer('injuries').notNull().default(0),
    title: text('title').notNull(),
    narrative: text('narrative').notNull(),
    classification: text('classification').notNull().default('restricted'),
    status: text('status').notNull().default('reported'),
    version: integer('version').notNull().default(1),
    reportedBy: uuid('reported_by'),
    reporterPersonId: uuid('reporter_person_id').references(() => people.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
    /** The reporting device's id for this report: a report sent twice (offline retry) is kept once. */
    clientRef: text('client_ref'),
    ...timestamps,
  },
  (t) => [
    index('incidents_country_time').on(t.countryId, t.occurredAt),
    index('incidents_category_time').on(t.category, t.occurredAt),
    uniqueIndex('incidents_client_ref').on(t.reportedBy, t.clientRef),
  ],
);

/** The people an incident affected, where known by name. */
export const incidentPeople = pgTable(
  'incident_people',
  {
    id: id(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id),
    kind: text('kind').notNull(),
    name: text('name'),
    outcome: text('outcome').notNull(),
    ...timestamps,
  },
  (t) => [index('incident_people_incident').on(t.incidentId)],
);

/** Every earlier version of an incident: corrections keep history. */
export const incidentRevisions = pgTable(
  'incident_revisions',
  {
    id: id(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by'),
    ...timestamps,
  },
  (t) => [uniqueIndex('incident_revisions_version').on(t.incidentId, t.version)],
);

/** UN vehicles and the MOSS equipment they must carry (seed 003 ¶45). */
export const vehicles = pgTable(
  'vehicles',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    registration: text('registration').notNull(),
    description: text('description'),
    hasFirstAidKit: boolean('has_first_aid_kit').notNull().default(false),
    hasSpareTyre: boolean('has_spare_tyre').notNull().default(false),
    hasRecoveryGear: boolean('has_recovery_gear').notNull().default(false),
    seatBeltsWork: boolean('seat_belts_work').notNull().default(false),
    inspectedOn: date('inspected_on'),
    ...timestamps,
  },
  (t) => [uniqueIndex('vehicles_country_registration').on(t.countryId, t.registration)],
);

/** A person's permission to drive UN vehicles in a country, and its revocation. */
export const drivers = pgTable(
  'drivers',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    permitStatus: text('permit_status').notNull().default('permitted'),
    revokedOn: date('revoked_on'),
    revokedReason: text('revoked_reason'),
    ...timestamps,
  },
  (t) => [uniqueIndex('drivers_person_country').on(t.personId, t.countryId)],
);

export const drivingViolations = pgTable(
  'driving_violations',
  {
    id: id(),
    driverId: uuid('driver_id')
      .notNull()
      .references(() => drivers.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    vehicleId: uuid('vehicle_id').references(() => vehicles.id),
    incidentId: uuid('incident_id').references(() => incidents.id),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on').notNull(),
    details: text('details'),
    ...timestamps,
  },
  (t) => [index('driving_violations_driver').on(t.driverId, t.occurredOn)],
);

/**
 * A country's road-safety penalty rules [003 ¶46–47], as core's `PenaltyRule[]`; a country without
 * a row uses core's default (driving under the influence revokes at the first instance).
 */
export const roadSafetyRules = pgTable('road_safety_rules', {
  countryId: uuid('country_id')
    .primaryKey()
    .references(() => countries.id),
  rules: jsonb('rules').$type<PenaltyRule[]>().notNull(),
  setBy: text('set_by').notNull(),
  ...timestamps,
});

/**
 * Follow-up of an incident: an investigation (deaths and serious injuries, seed 004 ¶45) or an
 * after-action report (seed 001 §18), each with lessons tracked to implementation.
 */
export const incidentReviews = pgTable(
  'incident_reviews',
  {
    id: id(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    kind: text('kind').notNull(),
    lead: text('lead').notNull(),
    openedOn: date('opened_on').notNull(),
    summary: text('summary'),
    findings: text('findings'),
    status: text('status').notNull().default('open'),
    completedOn: date('completed_on'),
    ...timestamps,
  },
  (t) => [index('incident_reviews_incident').on(t.incidentId)],
);

export const lessons = pgTable(
  'lessons',
  {
    id: id(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => incidentReviews.id, { onDelete: 'cascade' }),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    recommendation: text('recommendation').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('open'),
    evidence: text('evidence'),
    implementedOn: date('implemented_on'),
    ...timestamps,
  },
  (t) => [index('lessons_review').on(t.reviewId)],
);

/**
 * Incident counts by the keys that statistics filter on, kept up to date by a trigger on
 * `incidents` (migration 0009): the category × year table reads this, not a million rows.
 * Drafts are not counted.
 */
export const incidentStats = pgTable(
  'incident_stats',
  {
    countryId: uuid('country_id').notNull(),
    areaId: uuid('area_id'),
    organizationId: uuid('organization_id'),
    classification: text('classification').notNull(),
    category: text('category').notNull(),
    year: integer('year').notNull(),
    incidents: integer('incidents').notNull().default(0),
    personnel: integer('personnel').notNull().default(0),
  },
  (t) => [
    unique('incident_stats_key')
      .on(t.countryId, t.areaId, t.organizationId, t.classification, t.category, t.year)
      .nullsNotDistinct(),
  ],
);

/**
 * Changes to `incident_stats` not yet folded in: the trigger appends here (no row is updated,
 * so concurrent reports never wait for each other) and the compactor folds them in every few
 * seconds. Statistics read both tables.
 */
export const incidentStatsDelta = pgTable('incident_stats_delta', {
  countryId: uuid('country_id').notNull(),
  areaId: uuid('area_id'),
  organizationId: uuid('organization_id'),
  classification: text('classification').notNull(),
  category: text('category').notNull(),
  year: integer('year').notNull(),
  incidents: integer('incidents').notNull(),
  personnel: integer('personnel').notNull(),
});
