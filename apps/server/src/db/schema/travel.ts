import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './common.ts';
import { countries, organizations, people } from './registry.ts';

/**
 * The staff ceiling of a location (duty station or area; a country-level assessment's ceiling is
 * kept under the country's id), decided by the DO and the SMT from the security risk assessment
 * [001 §24]. The one place a ceiling is stored: the assessment form and the travel admin page
 * both read and write it, and clearance evaluation reads it.
 */
export const staffCeilings = pgTable('staff_ceilings', {
  locationId: uuid('location_id').primaryKey(),
  countryId: uuid('country_id')
    .notNull()
    .references(() => countries.id),
  ceiling: integer('ceiling').notNull(),
  appliesTo: text('applies_to').notNull().default('all'),
  ...timestamps,
});

/** A request for security clearance: the traveller, the decision and every reason. */
export const travelRequests = pgTable(
  'travel_requests',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** The traveller's home keys when the request was made (scope filters). */
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').notNull(),
    zoneId: uuid('zone_id'),
    purpose: text('purpose').notNull(),
    /** `official` or `home_leave` [002 §18]: home leave is referred where official travel is refused. */
    travelKind: text('travel_kind').notNull().default('official'),
    /**
     * Who filed it, when not the traveller: the sponsor of a dependant, or the traveller's
     * organization in the country (its representative or single-agency security officer) [004 ¶27].
     */
    filedBy: uuid('filed_by').references(() => people.id),
    /** `self`, `sponsor` or `organization`: on what footing the filer asked. */
    filedAs: text('filed_as').notNull().default('self'),
    /** pending | approved | refused | cancelled */
    status: text('status').notNull(),
    /** What the rules said: approve | refer | refuse. */
    outcome: text('outcome').notNull(),
    reasons: jsonb('reasons').notNull(),
    evaluatedOn: date('evaluated_on').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    clearanceNumber: text('clearance_number'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('travel_requests_person').on(t.personId, t.startsOn),
    index('travel_requests_filed_by')
      .on(t.filedBy)
      .where(sql`${t.filedBy} is not null`),
  ],
);

/** One leg: a stay at a duty station or an area, and its approver's decision. */
export const travelLegs = pgTable(
  'travel_legs',
  {
    id: id(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => travelRequests.id),
    seq: integer('seq').notNull(),
    personId: uuid('person_id').notNull(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').notNull(),
    dutyStationId: uuid('duty_station_id'),
    locationId: uuid('location_id').notNull(),
    arrivalOn: date('arrival_on').notNull(),
    departureOn: date('departure_on').notNull(),
    /** pending | approved | refused | cancelled */
    status: text('status').notNull(),
    approverRole: text('approver_role').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    comment: text('comment'),
    ...timestamps,
  },
  (t) => [
    index('travel_legs_location_dates').on(t.locationId, t.arrivalOn, t.departureOn),
    index('travel_legs_area_dates').on(t.areaId, t.arrivalOn),
    index('travel_legs_request').on(t.requestId),
    index('travel_legs_person').on(t.personId, t.departureOn),
  ],
);

/** A travel advisory for a location (duty station or area). */
export const travelAdvisories = pgTable(
  'travel_advisories',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id').notNull(),
    locationId: uuid('location_id').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until'),
    issuedBy: uuid('issued_by'),
    ...timestamps,
  },
  (t) => [index('travel_advisories_location').on(t.locationId, t.validFrom)],
);
