import { sql } from 'drizzle-orm';
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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './common.ts';

export const organizations = pgTable('organizations', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameFr: text('name_fr'),
  /** The name in Arabic, Spanish, Russian and Chinese, where known. */
  names: jsonb('names')
    .$type<Partial<Record<'ar' | 'es' | 'ru' | 'zh', string>>>()
    .notNull()
    .default({}),
  type: text('type').notNull(),
  memberOfUnsms: boolean('member_of_unsms').notNull().default(true),
  executiveHead: text('executive_head'),
  ...timestamps,
});

export const countries = pgTable('countries', {
  id: id(),
  alpha2: text('alpha2').notNull().unique(),
  alpha3: text('alpha3').notNull().unique(),
  numeric: text('numeric').notNull(),
  nameEn: text('name_en').notNull(),
  nameFr: text('name_fr').notNull(),
  /** A peacekeeping mission is deployed: its military and police heads sit on the SMT [002 Annex B ¶16]. */
  peacekeepingMission: boolean('peacekeeping_mission').notNull().default(false),
  ...timestamps,
});

/** Areas of a country: the capital area, areas outside it, and designated areas with a DO of their own. */
export const areas = pgTable(
  'areas',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    isDesignatedArea: boolean('is_designated_area').notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex('areas_country_name').on(t.countryId, t.name)],
);

export const dutyStations = pgTable(
  'duty_stations',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    ...timestamps,
  },
  (t) => [uniqueIndex('duty_stations_country_name').on(t.countryId, t.name)],
);

export const wardenZones = pgTable(
  'warden_zones',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    dutyStationId: uuid('duty_station_id')
      .notNull()
      .references(() => dutyStations.id),
    name: text('name').notNull(),
    description: text('description'),
    ...timestamps,
  },
  (t) => [uniqueIndex('warden_zones_station_name').on(t.dutyStationId, t.name)],
);

export const premises = pgTable(
  'premises',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    dutyStationId: uuid('duty_station_id')
      .notNull()
      .references(() => dutyStations.id),
    zoneId: uuid('zone_id').references(() => wardenZones.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    shared: boolean('shared').notNull().default(false),
    address: text('address'),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    ...timestamps,
  },
  (t) => [index('premises_country').on(t.countryId)],
);

export const documents = pgTable('documents', {
  id: id(),
  countryId: uuid('country_id').references(() => countries.id),
  filename: text('filename').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: text('content_base64').notNull(),
  uploadedBy: uuid('uploaded_by'),
  /** Set for an incident's attachment: readable exactly by those who may read the incident. */
  incidentId: uuid('incident_id'),
  ...timestamps,
});

/**
 * Everyone the DO must account for: personnel, their recognized dependants, and visitors
 * (missions staying in hotels). Location keys are denormalized for scope filters.
 */
export const people = pgTable(
  'people',
  {
    id: id(),
    kind: text('kind').notNull(),
    staffId: text('staff_id'),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    category: text('category'),
    contractType: text('contract_type'),
    /** Staff type and management level for the training indicators [003 ¶113]. */
    staffType: text('staff_type'),
    managementLevel: text('management_level'),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    radioCallSign: text('radio_call_sign'),
    gender: text('gender'),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    dutyStationId: uuid('duty_station_id')
      .notNull()
      .references(() => dutyStations.id),
    zoneId: uuid('zone_id').references(() => wardenZones.id),
    essential: boolean('essential').notNull().default(false),
    sponsorId: uuid('sponsor_id'),
    relationship: text('relationship'),
    dateOfBirth: date('date_of_birth'),
    stayUntil: date('stay_until'),
    /** Last day of the person's malicious-acts insurance (MAIP) coverage; null: not recorded [004 ¶27]. */
    maipValidUntil: date('maip_valid_until'),
    status: text('status').notNull().default('active'),
    whereaboutsCountryId: uuid('whereabouts_country_id').references(() => countries.id),
    whereaboutsAreaId: uuid('whereabouts_area_id').references(() => areas.id),
    whereaboutsNote: text('whereabouts_note'),
    whereaboutsUpdatedAt: timestamp('whereabouts_updated_at', { withTimezone: true }),
    /** Set when the organization's directory deactivates the person (SCIM `active: false`). */
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('people_org_staff_id')
      .on(t.organizationId, t.staffId)
      .where(sql`${t.staffId} is not null`),
    index('people_country_name').on(t.countryId, t.familyName, t.givenName, t.id),
    index('people_zone').on(t.zoneId),
    index('people_area').on(t.areaId),
    index('people_org_country').on(t.organizationId, t.countryId),
    index('people_sponsor').on(t.sponsorId),
    index('people_phone').on(t.phone),
    // Active international personnel per country (a CSFP is needed where there are some), counted
    // for every country in the headquarters overview: 2 ms instead of a scan of everyone.
    index('people_international_active')
      .on(t.countryId)
      .where(
        sql`${t.kind} = 'personnel' and ${t.category} = 'international' and ${t.status} = 'active'`,
      ),
  ],
);

export const appointments = pgTable(
  'appointments',
  {
    id: id(),
    role: text('role').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    countryId: uuid('country_id').references(() => countries.id),
    areaId: uuid('area_id').references(() => areas.id),
    zoneId: uuid('zone_id').references(() => wardenZones.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    letterDocumentId: uuid('letter_document_id').references(() => documents.id),
    letterReference: text('letter_reference'),
    letterDate: date('letter_date'),
    termsOfReference: text('terms_of_reference'),
    appointedBy: text('appointed_by'),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    /** A single-agency security officer acting as CSA/SA ad interim [002 Annex B ¶24]. */
    csaAdInterim: boolean('csa_ad_interim').notNull().default(false),
    /** The DO's written confirmation of the ad interim: who, when, its reference [¶24]. */
    aiConfirmedBy: uuid('ai_confirmed_by').references(() => people.id),
    aiConfirmedOn: date('ai_confirmed_on'),
    aiConfirmationReference: text('ai_confirmation_reference'),
    /** An SMT member's seat as head of a mission's military or police component [¶16]. */
    smtSeat: text('smt_seat'),
    ...timestamps,
  },
  (t) => [
    index('appointments_person').on(t.personId),
    index('appointments_country').on(t.countryId),
  ],
);

/** A representative's statement that their organization's personnel list is current. */
export const personnelListConfirmations = pgTable(
  'personnel_list_confirmations',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    confirmedBy: uuid('confirmed_by').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('personnel_list_confirmations_key').on(t.organizationId, t.countryId)],
);
