import { can, suggestedStrategies, type RiskRating } from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { AuditEntry } from '../audit/audit.service.ts';
import type { Db, Executor, Tx } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, invalidFields, type FieldIssue } from '../http/errors.ts';
import {
  ceilingAt,
  insertAssessment,
  insertGoals,
  insertRisks,
  insertThreats,
  lastVersion,
  liftCeiling,
  lockCurrentVersions,
  setCeiling,
  updateAssessments,
  type AssessmentRow,
} from './assessment.queries.ts';
import { findAreaIn, findCountry, findStationIn } from '../registry/lookups.queries.ts';
import type { AssessmentInput } from './risk.schema.ts';

/**
 * Where an assessment's staff ceiling is kept in `staff_ceilings` (the one store of ceilings,
 * shared with travel clearance): its duty station, area, or country.
 */
export const ceilingLocationOf = (a: {
  countryId: string;
  areaId: string | null;
  dutyStationId: string | null;
}) => a.dutyStationId ?? a.areaId ?? a.countryId;

interface Place {
  areaId: string | null;
  dutyStationId: string | null;
  /** `country:…`, `area:…` or `duty_station:…`: the versions of one place share it. */
  key: string;
}

/** Checks the place named in the input and returns its keys. */
async function placeOf(ex: Executor, input: AssessmentInput): Promise<Place> {
  const country = await findCountry(ex, input.countryId);
  if (!country) throw invalid('countryId', 'unknown country');
  if (input.locationType === 'country') {
    return { areaId: null, dutyStationId: null, key: `country:${country.id}` };
  }
  if (input.locationType === 'area') {
    if (!input.areaId) throw invalid('areaId', 'is required for an area assessment');
    const area = await findAreaIn(ex, country.id, input.areaId);
    if (!area) throw invalid('areaId', 'unknown area in this country');
    return { areaId: area.id, dutyStationId: null, key: `area:${area.id}` };
  }
  if (!input.dutyStationId) {
    throw invalid('dutyStationId', 'is required for a duty station assessment');
  }
  const station = await findStationIn(ex, country.id, input.dutyStationId);
  if (!station) throw invalid('dutyStationId', 'unknown duty station in this country');
  return { areaId: station.areaId, dutyStationId: station.id, key: `duty_station:${station.id}` };
}

/** Refuses (422, naming the fields) risks of unknown threats and a review before the assessment. */
function checkInput(input: AssessmentInput) {
  const issues: FieldIssue[] = input.risks.flatMap((r, i) =>
    r.threat >= input.threats.length
      ? [{ path: `risks.${i}.threat`, message: 'no such threat' }]
      : [],
  );
  if (input.reviewDue < input.assessedOn) {
    issues.push({ path: 'reviewDue', message: 'must not be before assessedOn' });
  }
  if (issues.length > 0) throw invalidFields(issues);
}

/**
 * The ceiling decided with the assessment, kept in `staff_ceilings` where travel clearance
 * reads it: a number sets it (the international-only scope set in travel admin is kept), null
 * lifts it, leaving it out keeps the ceiling in force.
 */
async function saveCeiling(
  tx: Executor,
  a: AssessmentRow,
  ceiling: number | null | undefined,
): Promise<AuditEntry[]> {
  if (ceiling === undefined) return [];
  const locationId = ceilingLocationOf(a);
  const before = await ceilingAt(tx, locationId);
  if (ceiling === null) {
    if (!before) return [];
    await liftCeiling(tx, locationId);
  } else {
    if (before?.ceiling === ceiling) return [];
    await setCeiling(tx, locationId, a.countryId, ceiling);
  }
  return [
    {
      action: 'travel.ceiling',
      entity: 'staff_ceiling',
      entityId: locationId,
      countryId: a.countryId,
      before: before ? { ceiling: before.ceiling, appliesTo: before.appliesTo } : null,
      after: { ceiling, assessmentId: a.id },
    },
  ];
}

/** Inserts the new version of the place's assessment, superseding (and keeping) the current one. */
async function insertVersion(tx: Tx, actor: RequestActor, input: AssessmentInput, place: Place) {
  const previous = await lockCurrentVersions(tx, place.key);
  const last = await lastVersion(tx, place.key);
  const now = new Date();
  const previousIds = previous.map((p) => p.id);
  if (previous.length > 0) {
    await updateAssessments(tx, previousIds, { supersededAt: now, updatedAt: now });
  }
  const created = await insertAssessment(tx, {
    countryId: input.countryId,
    areaId: place.areaId,
    dutyStationId: place.dutyStationId,
    locationType: input.locationType,
    locationKey: place.key,
    version: last + 1,
    title: input.title,
    summary: input.summary ?? null,
    acceptableLevel: input.acceptableLevel,
    assessedOn: input.assessedOn,
    reviewDue: input.reviewDue,
    classification: input.classification,
    sltShareable: input.sltShareable,
    createdBy: actor.userId,
  });
  if (!created) throw new Error('assessment not created');
  if (previous.length > 0) {
    await updateAssessments(tx, previousIds, { supersededById: created.id });
  }
  return { previous, created, now };
}

/** Inserts the goals and threats of a new assessment; returns the threats' ids by position. */
async function insertGoalsAndThreats(tx: Tx, assessmentId: string, input: AssessmentInput) {
  if (input.goals.length > 0) {
    await insertGoals(
      tx,
      input.goals.map((g, position) => ({
        assessmentId,
        position,
        title: g.title,
        description: g.description ?? null,
        criticality: g.criticality,
      })),
    );
  }
  const threats =
    input.threats.length === 0
      ? []
      : await insertThreats(
          tx,
          input.threats.map((t, position) => ({
            assessmentId,
            position,
            category: t.category,
            title: t.title,
            description: t.description ?? null,
            human: t.human,
            mindSet: t.human ? (t.mindSet ?? null) : null,
            capability: t.human ? (t.capability ?? null) : null,
            context: t.human ? (t.context ?? null) : null,
          })),
        );
  return new Map(threats.map((t) => [t.position, t.id]));
}

/** Inserts the risks of a new assessment, each under its threat; strategies default to core's. */
async function insertRisksOf(
  tx: Tx,
  assessmentId: string,
  input: AssessmentInput,
  threatIds: Map<number, string>,
) {
  if (input.risks.length === 0) return;
  await insertRisks(
    tx,
    input.risks.map((r, position) => {
      const inherent = r.inherent as RiskRating;
      return {
        assessmentId,
        threatId: threatIds.get(r.threat) ?? '',
        position,
        exposed: r.exposed,
        description: r.description,
        inherentLikelihood: inherent.likelihood,
        inherentImpact: inherent.impact,
        strategies: r.strategies ?? [...suggestedStrategies(inherent)],
        measures: r.measures,
        residualLikelihood: r.residual?.likelihood ?? null,
        residualImpact: r.residual?.impact ?? null,
      };
    }),
  );
}

/**
 * Records a new assessment of a location; it supersedes the current one, which is kept. Returns
 * the new assessment's id.
 */
export async function createAssessment(
  db: Db,
  actor: RequestActor,
  input: AssessmentInput,
): Promise<string> {
  const place = await placeOf(db, input);
  const keys = { countryId: input.countryId, areaId: place.areaId };
  if (!can(actor, 'risk.write', keys)) {
    throw forbidden('Only the security adviser (CSA/SA, deputy, CSFP, CSO) may assess risks here');
  }
  checkInput(input);

  return audited(db, actor, async (tx) => {
    const { previous, created, now } = await insertVersion(tx, actor, input, place);
    const threatIds = await insertGoalsAndThreats(tx, created.id, input);
    const ceilingAudit = await saveCeiling(tx, created, input.staffCeiling);
    await insertRisksOf(tx, created.id, input, threatIds);
    return {
      result: created.id,
      audit: [
        ...previous.map((p) => ({
          action: 'risk_assessment.supersede',
          entity: 'risk_assessment',
          entityId: p.id,
          countryId: p.countryId,
          before: { supersededAt: null },
          after: { supersededAt: now, supersededById: created.id },
        })),
        {
          action: 'risk_assessment.create',
          entity: 'risk_assessment',
          entityId: created.id,
          countryId: created.countryId,
          after: {
            ...created,
            staffCeiling: input.staffCeiling,
            goals: input.goals,
            threats: input.threats,
            risks: input.risks,
          },
        },
        ...ceilingAudit,
      ],
    };
  });
}
