import {
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
import { countries, dutyStations, people } from './registry.ts';

/** Courses beside the core catalogue of `@fieldsafe/core` (defined as data). */
export const trainingCourses = pgTable('training_courses', {
  id: id(),
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameFr: text('name_fr').notNull(),
  /** The name in Arabic, Spanish, Russian and Chinese, where given. */
  names: jsonb('names')
    .$type<Partial<Record<'ar' | 'es' | 'ru' | 'zh', string>>>()
    .notNull()
    .default({}),
  validityMonths: integer('validity_months'),
  ...timestamps,
});

/** A certificate held by a person; one per person, course and issue date (imports are idempotent). */
export const trainingCertificates = pgTable(
  'training_certificates',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    course: text('course').notNull(),
    issuedOn: date('issued_on').notNull(),
    expiresOn: date('expires_on'),
    refresherMonths: integer('refresher_months'),
    source: text('source').notNull().default('manual'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('training_certificates_person_course_issued').on(t.personId, t.course, t.issuedOn),
  ],
);

/**
 * SSAFE made mandatory at a location (duty station or area) by the DO and SMT [001 §6]. A
 * location has at most one decision in force; ending it sets `endsOn`.
 */
export const ssafeMandates = pgTable(
  'ssafe_mandates',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    locationId: uuid('location_id').notNull(),
    locationKind: text('location_kind').notNull(),
    mandatoryFrom: date('mandatory_from').notNull(),
    endsOn: date('ends_on'),
    decidedBy: text('decided_by').notNull(),
    refresherMonths: integer('refresher_months'),
    ...timestamps,
  },
  (t) => [index('ssafe_mandates_location').on(t.locationId)],
);

/** A case-by-case exemption from SSAFE at one location: who, why, until. */
export const ssafeExemptions = pgTable(
  'ssafe_exemptions',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    locationId: uuid('location_id').notNull(),
    reason: text('reason').notNull(),
    validFrom: date('valid_from'),
    validUntil: date('valid_until').notNull(),
    grantedBy: uuid('granted_by'),
    ...timestamps,
  },
  (t) => [index('ssafe_exemptions_person').on(t.personId)],
);

/** A security briefing given on arrival at a duty station, acknowledged in writing by the person. */
export const arrivalBriefings = pgTable(
  'arrival_briefings',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    dutyStationId: uuid('duty_station_id')
      .notNull()
      .references(() => dutyStations.id),
    briefedOn: date('briefed_on').notNull(),
    travelRequestId: uuid('travel_request_id'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('arrival_briefings_person').on(t.personId)],
);
