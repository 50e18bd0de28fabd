import {
  can,
  goalLevelAllowed,
  MOSS_CATALOGUE,
  suggestedStrategies,
  type RiskRating,
  type RiskMeasure,
} from '@fieldsafe/core';
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

const MOSS_CODES = new Set(MOSS_CATALOGUE.map((m) => m.code));

/** A measure as stored: plain text (the former shape) becomes `{ text }`, not linked. */
export function toMeasure(m: AssessmentInput['risks'][number]['measures'][number]): RiskMeasure {
  return typeof m === 'string'
    ? { text: m, mossCode: null }
    : { text: m.text, mossCode: m.mossCode ? m.mossCode : null };
}

/** What is wrong with one risk's references: its threat, its goals, its MOSS measures. */
function riskIssues(input: AssessmentInput, r: AssessmentInput['risks'][number], i: number) {
  const issues: FieldIssue[] = [];
  if (r.threat >= input.threats.length) {
    issues.push({ path: `risks.${i}.threat`, message: 'no such threat' });
  }
  r.goals.forEach((g, j) => {
    if (g >= input.goals.length)
      issues.push({ path: `risks.${i}.goals.${j}`, message: 'no such goal' });
  });
  r.measures.map(toMeasure).forEach((m, j) => {
    if (m.mossCode !== null && !MOSS_CODES.has(m.mossCode)) {
      issues.push({
        path: `risks.${i}.measures.${j}.mossCode`,
        message: 'is not a measure of the MOSS catalogue',
      });
    }
  });
  return issues;
}

/**
 * Refuses (400, naming the fields) risks of unknown threats, goals or MOSS measures, a critical
 * acceptable level for a goal below the highest criticality, and a review before the assessment.
 */
function checkInput(input: AssessmentInput) {
  const issues: FieldIssue[] = input.risks.flatMap((r, i) => riskIssues(input, r, i));
  input.goals.forEach((g, i) => {
    if (g.acceptableLevel && !goalLevelAllowed({ ...g, acceptableLevel: g.acceptableLevel })) {
      issues.push({
        path: `goals.${i}.acceptableLevel`,
        message: 'a critical risk is acceptable only for a goal of critical criticality',
      });
    }
  });
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

/** Inserts the goals and threats of a new assessment; returns their ids by position. */
async function insertGoalsAndThreats(tx: Tx, assessmentId: string, input: AssessmentInput) {
  const goals =
    input.goals.length === 0
      ? []
      : await insertGoals(
          tx,
          input.goals.map((g, position) => ({
            assessmentId,
            position,
            title: g.title,
            description: g.description ?? null,
            criticality: g.criticality,
            acceptableLevel: g.acceptableLevel ?? null,
          })),
        );
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
  return {
    threatIds: new Map(threats.map((t) => [t.position, t.id])),
    goalIds: new Map(goals.map((g) => [g.position, g.id])),
  };
}

/** Inserts the risks of a new assessment, each under its threat; strategies default to core's. */
async function insertRisksOf(
  tx: Tx,
  assessmentId: string,
  input: AssessmentInput,
  ids: { threatIds: Map<number, string>; goalIds: Map<number, string> },
) {
  if (input.risks.length === 0) return;
  await insertRisks(
    tx,
    input.risks.map((r, position) => {
      const inherent = r.inherent as RiskRating;
      return {
        assessmentId,
        threatId: ids.threatIds.get(r.threat) ?? '',
        position,
        exposed: r.exposed,
        description: r.description,
        inherentLikelihood: inherent.likelihood,
        inherentImpact: inherent.impact,
        strategies: r.strategies ?? [...suggestedStrategies(inherent)],
        measures: r.measures.map(toMeasure),
        goalIds: [...new Set(r.goals)].map((g) => ids.goalIds.get(g) ?? ''),
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
    const ids = await insertGoalsAndThreats(tx, created.id, input);
    const ceilingAudit = await saveCeiling(tx, created, input.staffCeiling);
    await insertRisksOf(tx, created.id, input, ids);
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
            risks: input.risks.map((r) => ({ ...r, measures: r.measures.map(toMeasure) })),
          },
        },
        ...ceilingAudit,
      ],
    };
  });
}
