import { boolean, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './common.ts';
import { crises } from './crisis.ts';
import { incidents } from './incidents.ts';
import { countries, organizations, people } from './registry.ts';

/**
 * Stress counsellors designated for a country, or for one organization in it: with the person
 * concerned, the only readers of individual stress-support records [003 ¶169, 000 §26b].
 */
export const stressCounsellors = pgTable(
  'stress_counsellors',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    /** Null: every organization in the country. */
    organizationId: uuid('organization_id').references(() => organizations.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    index('stress_counsellors_person').on(t.personId),
    index('stress_counsellors_country').on(t.countryId),
  ],
);

/** The follow-up of one affected staff member or family member after a crisis or incident. */
export const supportCases = pgTable(
  'support_cases',
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
    crisisId: uuid('crisis_id').references(() => crises.id),
    incidentId: uuid('incident_id').references(() => incidents.id),
    counsellorId: uuid('counsellor_id').references(() => people.id),
    openedOn: date('opened_on').notNull(),
    nextFollowUpOn: date('next_follow_up_on'),
    closedOn: date('closed_on'),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    index('support_cases_country').on(t.countryId, t.openedOn),
    index('support_cases_person').on(t.personId),
  ],
);

/** A counselling session: individual or family (of a case) or group (of a crisis or incident). */
export const supportSessions = pgTable(
  'support_sessions',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    /** The organization of the case's person; null for a group session. */
    organizationId: uuid('organization_id').references(() => organizations.id),
    caseId: uuid('case_id').references(() => supportCases.id),
    crisisId: uuid('crisis_id').references(() => crises.id),
    incidentId: uuid('incident_id').references(() => incidents.id),
    counsellorId: uuid('counsellor_id').references(() => people.id),
    heldOn: date('held_on').notNull(),
    kind: text('kind').notNull(),
    participants: integer('participants').notNull(),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    index('support_sessions_country').on(t.countryId, t.heldOn),
    index('support_sessions_case').on(t.caseId),
  ],
);

/**
 * Host country agreements of an organization in a country, with their security annex and
 * review date [003 Rec. 1, ¶27–30].
 */
export const hostAgreements = pgTable(
  'host_agreements',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    title: text('title').notNull(),
    parties: text('parties').notNull(),
    signedOn: date('signed_on'),
    securityAnnex: boolean('security_annex').notNull().default(false),
    annexSummary: text('annex_summary'),
    documentReference: text('document_reference'),
    reviewDueOn: date('review_due_on'),
    lastReviewedOn: date('last_reviewed_on'),
    ...timestamps,
  },
  (t) => [
    index('host_agreements_country').on(t.countryId, t.organizationId),
    index('host_agreements_org').on(t.organizationId),
  ],
);
