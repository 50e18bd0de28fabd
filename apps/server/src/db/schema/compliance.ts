import { boolean, date, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CLASSIFICATIONS, id, timestamps } from './common.ts';
import { areas, countries, dutyStations, organizations } from './registry.ts';

/**
 * Which measures of the MOSS catalogue apply in a country, as decided by the SMT/DO from the
 * security risk assessment (SPEC §3). One row per country and measure; the audit keeps history.
 */
export const mossAdoptions = pgTable(
  'moss_adoptions',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    measureCode: text('measure_code').notNull(),
    applies: boolean('applies').notNull(),
    /** Why the SRA calls for it (required for measures that must be justified by the SRA). */
    justification: text('justification'),
    decidedOn: date('decided_on').notNull(),
    decidedBy: text('decided_by').notNull(),
    recordedBy: uuid('recorded_by'),
    ...timestamps,
  },
  (t) => [uniqueIndex('moss_adoptions_country_measure').on(t.countryId, t.measureCode)],
);

/** Implementation status of one adopted measure at one duty station for one organization. */
export const mossStatuses = pgTable(
  'moss_statuses',
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
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    measureCode: text('measure_code').notNull(),
    status: text('status').notNull(),
    evidence: text('evidence'),
    dueDate: date('due_date'),
    updatedBy: uuid('updated_by'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('moss_statuses_key').on(t.dutyStationId, t.organizationId, t.measureCode),
    index('moss_statuses_country').on(t.countryId),
  ],
);

/** A compliance mission to a country (SPEC §3): who visited, when, briefing and return visit. */
export const complianceMissions = pgTable(
  'compliance_missions',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    visitedOn: date('visited_on').notNull(),
    team: text('team').notNull(),
    summary: text('summary'),
    briefedDoSmtOn: date('briefed_do_smt_on'),
    /** When the mission's report went to the security focal points of the organizations concerned. */
    reportedToFocalPointsOn: date('reported_to_focal_points_on'),
    returnVisitOn: date('return_visit_on'),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [index('compliance_missions_country').on(t.countryId, t.visitedOn)],
);

/** A mission's finding: verified, not just ticked; an owner and a deadline; escalates when late. */
export const complianceFindings = pgTable(
  'compliance_findings',
  {
    id: id(),
    missionId: uuid('mission_id')
      .notNull()
      .references(() => complianceMissions.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    /** The checklist's actor category, e.g. `do`, `smt`, `organization`, `wardens`. */
    actorCategory: text('actor_category').notNull(),
    text: text('text').notNull(),
    severity: text('severity').notNull(),
    owner: text('owner').notNull(),
    deadline: date('deadline').notNull(),
    closedOn: date('closed_on'),
    evidence: jsonb('evidence').$type<string[]>().notNull().default([]),
    verifiedBy: text('verified_by'),
    /** Information-sharing classification [000 §16]; never shared with SLT partners. */
    classification: text('classification', { enum: CLASSIFICATIONS })
      .notNull()
      .default('restricted'),
    ...timestamps,
  },
  (t) => [index('compliance_findings_country').on(t.countryId, t.deadline)],
);

/** A case of non-fulfilment of security responsibilities, at one of the three stages (SPEC §3). */
export const nonComplianceCases = pgTable(
  'non_compliance_cases',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    who: text('who').notNull(),
    policy: text('policy').notNull(),
    stage: text('stage').notNull(),
    occurredOn: date('occurred_on').notNull(),
    actionTaken: text('action_taken'),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [index('non_compliance_cases_country').on(t.countryId, t.occurredOn)],
);

/**
 * One actor's checklist on a compliance mission [001 §35]: the actor category's default items
 * (duties of the Framework for Accountability), each answered compliant, partly, not compliant
 * or not applicable with a note and whether it was verified on site.
 */
export const complianceChecklists = pgTable(
  'compliance_checklists',
  {
    id: id(),
    missionId: uuid('mission_id')
      .notNull()
      .references(() => complianceMissions.id),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    actorCategory: text('actor_category').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    /** Who was met, e.g. "WFP Representative" or "Warden, Harbour zone". */
    actorName: text('actor_name').notNull(),
    answers: jsonb('answers')
      .$type<{ item: string; answer: string; note: string | null; verified: boolean }[]>()
      .notNull()
      .default([]),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [index('compliance_checklists_mission').on(t.missionId)],
);

/**
 * An unannounced spot check of a few items, by the CSA or headquarters compliance [000 §30 iii]:
 * optionally of the responses given during a mission.
 */
export const complianceSpotChecks = pgTable(
  'compliance_spot_checks',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    missionId: uuid('mission_id').references(() => complianceMissions.id),
    checkedOn: date('checked_on').notNull(),
    checkedBy: text('checked_by').notNull(),
    items: jsonb('items').$type<string[]>().notNull(),
    result: text('result').notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [index('compliance_spot_checks_country').on(t.countryId, t.checkedOn)],
);
