import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CLASSIFICATIONS, id, timestamps } from './common.ts';
import {
  areas,
  countries,
  documents,
  dutyStations,
  organizations,
  people,
  wardenZones,
} from './registry.ts';

/**
 * Security plans of a country or area (SPEC §7; seed 003 Rec. 4): country security plan, area
 * security plan, contingency plan, relocation/evacuation plan. Not the DO's yearly security
 * management plan (governance `security_plans`).
 */
export const preparednessPlans = pgTable(
  'preparedness_plans',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').references(() => areas.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    owner: text('owner').notNull(),
    createdBy: uuid('created_by'),
    /** Information-sharing classification [000 §16]; shareable with SLT partners [003 ¶140]. */
    classification: text('classification', { enum: CLASSIFICATIONS })
      .notNull()
      .default('restricted'),
    sltShareable: boolean('slt_shareable').notNull().default(false),
    ...timestamps,
  },
  (t) => [index('preparedness_plans_place').on(t.countryId, t.areaId)],
);

/** One published version of a plan; publishing a new one supersedes the previous. */
export const preparednessPlanVersions = pgTable(
  'preparedness_plan_versions',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => preparednessPlans.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').references(() => areas.id),
    number: integer('number').notNull(),
    summary: text('summary').notNull(),
    body: text('body'),
    documentId: uuid('document_id').references(() => documents.id),
    approvedBy: text('approved_by').notNull(),
    approvedOn: date('approved_on').notNull(),
    nextReviewOn: date('next_review_on').notNull(),
    publishedBy: uuid('published_by'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('preparedness_plan_versions_number').on(t.planId, t.number)],
);

/** A person asked to acknowledge a plan version; `acknowledgedAt` set by the person themself. */
export const preparednessAcknowledgements = pgTable(
  'preparedness_acknowledgements',
  {
    id: id(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => preparednessPlanVersions.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => preparednessPlans.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').references(() => areas.id),
    zoneId: uuid('zone_id').references(() => wardenZones.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('preparedness_acknowledgements_key').on(t.versionId, t.personId),
    index('preparedness_acknowledgements_person').on(t.personId),
  ],
);

/** A drill scheduled at a country, area or duty station, then recorded with its results. */
export const drills = pgTable(
  'drills',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').references(() => areas.id),
    dutyStationId: uuid('duty_station_id').references(() => dutyStations.id),
    kind: text('kind').notNull(),
    scenario: text('scenario'),
    scheduledOn: date('scheduled_on').notNull(),
    status: text('status').notNull().default('scheduled'),
    heldOn: date('held_on'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    participantCount: integer('participant_count').notNull().default(0),
    findings: text('findings'),
    followUpActions: text('follow_up_actions'),
    recordedBy: uuid('recorded_by'),
    ...timestamps,
  },
  (t) => [index('drills_place').on(t.countryId, t.kind, t.heldOn)],
);

export const drillParticipants = pgTable(
  'drill_participants',
  {
    drillId: uuid('drill_id')
      .notNull()
      .references(() => drills.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
  },
  (t) => [uniqueIndex('drill_participants_key').on(t.drillId, t.personId)],
);

/** A roll call on a radio net of a country, area or warden zone. */
export const radioChecks = pgTable(
  'radio_checks',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').references(() => areas.id),
    zoneId: uuid('zone_id').references(() => wardenZones.id),
    net: text('net').notNull(),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    notes: text('notes'),
    conductedBy: uuid('conducted_by'),
    ...timestamps,
  },
  (t) => [index('radio_checks_place').on(t.countryId, t.heldAt)],
);

/** One call sign called in a radio check: answered, or missed. */
export const radioCheckEntries = pgTable(
  'radio_check_entries',
  {
    id: id(),
    checkId: uuid('check_id')
      .notNull()
      .references(() => radioChecks.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').references(() => areas.id),
    zoneId: uuid('zone_id').references(() => wardenZones.id),
    personId: uuid('person_id').references(() => people.id),
    callSign: text('call_sign').notNull(),
    answered: boolean('answered').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('radio_check_entries_key').on(t.checkId, t.callSign),
    index('radio_check_entries_person').on(t.countryId, t.personId),
  ],
);
