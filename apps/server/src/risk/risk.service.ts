import {
  acceptableForGoal,
  appointmentScope,
  can,
  covers,
  evaluateAcceptance,
  isWithinAcceptable,
  measurePlacement,
  mustStayInView,
  reliesOnMissingMeasure,
  riskLevel,
  RISK_ACCEPTANCE_ROLES,
  suggestedStrategies,
  type AppointmentRole,
  type GoalCriticality,
  type MeasureStatus,
  type RatingValue,
  type RecordKeys,
  type RiskLevel,
  type RiskRating,
} from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, notFound } from '../http/errors.ts';
import {
  ceilingsAt,
  contentsOf,
  findRiskOf,
  mossStatusesAt,
  personName,
  setAssessment,
  setRisk,
  type AssessmentRow,
  type RiskRow,
} from './assessment.queries.ts';
import { ceilingLocationOf, createAssessment } from './create-assessment.ts';
import {
  assessmentsOf,
  findAssessment,
  heatMapOf,
  ratingCounts,
  rated,
  ratingOrNull,
  registerOf,
  unassessedOf,
  versionsAt,
  type HeatFilter,
} from './risk.queries.ts';
import type { AssessmentInput } from './risk.schema.ts';

const keysOf = (a: { countryId: string; areaId: string | null }): RecordKeys => ({
  countryId: a.countryId,
  areaId: a.areaId,
});

/** The acceptance rule of core applied to a stored risk. */
function acceptanceOf(r: RiskRow, acceptableLevel: RiskLevel) {
  const rating = ratingOrNull(r.residualLikelihood, r.residualImpact) ?? inherentOf(r);
  const decision =
    r.acceptedAt && r.acceptedRole && r.acceptedLevel
      ? {
          decidedByPersonId: r.acceptedByPersonId ?? r.acceptedByName ?? '',
          role: r.acceptedRole as AppointmentRole,
          decidedAt: r.acceptedAt.toISOString().slice(0, 10),
          acceptedLevel: r.acceptedLevel as RiskLevel,
          rationale: r.acceptanceRationale ?? '',
        }
      : null;
  return evaluateAcceptance({ residual: rating, acceptableLevel, decision });
}

/** Where each linked MOSS measure stands at the assessed place, by code (core's rule). */
async function placementsAt(ex: Executor, a: AssessmentRow, riskRows: RiskRow[]) {
  const codes = [
    ...new Set(
      riskRows.flatMap((r) => r.measures.flatMap((m) => (m.mossCode ? [m.mossCode] : []))),
    ),
  ];
  const rows = await mossStatusesAt(ex, a, codes);
  return new Map(
    codes.map((code) => [
      code,
      measurePlacement(
        rows.filter((r) => r.measureCode === code).map((r) => r.status as MeasureStatus),
      ),
    ]),
  );
}

type GoalRow = Awaited<ReturnType<typeof contentsOf>>[0][number];

/** Each goal a risk threatens, with whether its residual risk is acceptable for it (core). */
function goalsOf(r: RiskRow, goals: GoalRow[], fallback: RiskLevel) {
  const level = riskLevel(ratingOrNull(r.residualLikelihood, r.residualImpact) ?? inherentOf(r));
  return goals
    .filter((g) => r.goalIds.includes(g.id))
    .map((g) => {
      const acceptableLevel = (g.acceptableLevel ?? fallback) as RiskLevel;
      const result = acceptableForGoal(level, {
        criticality: g.criticality as GoalCriticality,
        acceptableLevel,
      });
      return { goalId: g.id, acceptableLevel, ...result };
    });
}

const inherentOf = (r: RiskRow): RiskRating => ({
  likelihood: r.inherentLikelihood as RatingValue,
  impact: r.inherentImpact as RatingValue,
});

/** The appointment in which the actor may decide for a record: one core allows to accept risk. */
function acceptingRole(actor: RequestActor, keys: RecordKeys): AppointmentRole | null {
  if (!can(actor, 'risk.accept', keys)) return null;
  const held = actor.appointments.find((a) => {
    const scope = appointmentScope(a);
    return scope !== null && covers(scope, keys) && RISK_ACCEPTANCE_ROLES.includes(a.role);
  });
  return held?.role ?? null;
}

/** The actor's own role at a record, to name it in a refusal. */
function roleAt(actor: RequestActor, keys: RecordKeys): string {
  const held = actor.appointments.find((a) => {
    const scope = appointmentScope(a);
    return scope !== null && covers(scope, keys);
  });
  return held?.role ?? (actor.isSystemAdmin ? 'A system administrator' : 'You');
}

export function createRiskService(db: Db) {
  async function load(ex: Executor, actor: RequestActor, id: string) {
    const row = await findAssessment(ex, actor, id);
    if (!row) throw notFound('Risk assessment');
    return row;
  }

  async function summaries(
    actor: RequestActor,
    rows: { a: AssessmentRow; locationName: string }[],
  ) {
    const currentLocations = rows
      .filter((r) => r.a.supersededAt === null)
      .map((r) => ceilingLocationOf(r.a));
    const [counts, ceilingRows] = await Promise.all([
      ratingCounts(
        db,
        rows.map((r) => r.a.id),
      ),
      currentLocations.length ? ceilingsAt(db, currentLocations) : Promise.resolve([]),
    ]);
    const ceilings = new Map(ceilingRows.map((c) => [c.locationId, c.ceiling]));
    const day = today();
    return rows.map(({ a, locationName }) => {
      const mine = counts.filter((c) => c.assessmentId === a.id);
      const above = mine
        .filter(
          (c) =>
            !c.accepted &&
            !isWithinAcceptable(
              { likelihood: c.likelihood as RatingValue, impact: c.impact as RatingValue },
              a.acceptableLevel as RiskLevel,
            ),
        )
        .reduce((s, c) => s + c.n, 0);
      return {
        ...a,
        locationName,
        // The ceiling in force at the location; a superseded version shows none (its history is
        // in the audit trail).
        staffCeiling: a.supersededAt === null ? (ceilings.get(ceilingLocationOf(a)) ?? null) : null,
        current: a.supersededAt === null,
        reviewOverdue: a.supersededAt === null && a.reviewDue < day,
        riskCount: mine.reduce((s, c) => s + c.n, 0),
        aboveAcceptable: above,
        abilities: { canEdit: can(actor, 'risk.write', keysOf(a)) },
      };
    });
  }

  return {
    async list(
      actor: RequestActor,
      q: { countryId: string; areaId?: string | undefined; includeSuperseded: string },
    ) {
      const rows = await assessmentsOf(db, actor, {
        countryId: q.countryId,
        areaId: q.areaId,
        includeSuperseded: q.includeSuperseded === 'true',
      });
      return {
        items: await summaries(actor, rows),
        abilities: { canAssess: can(actor, 'risk.write', { countryId: q.countryId }) },
      };
    },

    async get(actor: RequestActor, id: string) {
      const row = await load(db, actor, id);
      const [[summary], [goals, threats, riskRows]] = await Promise.all([
        summaries(actor, [row]),
        contentsOf(db, id),
      ]);
      if (!summary) throw notFound('Risk assessment');
      const level = row.a.acceptableLevel as RiskLevel;
      const placements = await placementsAt(db, row.a, riskRows);
      const threatById = new Map(threats.map((t) => [t.id, t]));
      const mayAccept = row.a.supersededAt === null && acceptingRole(actor, keysOf(row.a)) !== null;
      return {
        ...summary,
        goals: goals.map((g) => ({ ...g, acceptableLevel: g.acceptableLevel ?? level })),
        threats,
        risks: riskRows.map((r) => {
          const acceptance = acceptanceOf(r, level);
          const threat = threatById.get(r.threatId);
          const measures = r.measures.map((m) => ({
            text: m.text,
            mossCode: m.mossCode,
            placement: m.mossCode ? (placements.get(m.mossCode) ?? null) : null,
          }));
          return {
            id: r.id,
            threatId: r.threatId,
            threatTitle: threat?.title ?? '',
            threatCategory: threat?.category ?? '',
            exposed: r.exposed,
            description: r.description,
            inherent: rated(r.inherentLikelihood, r.inherentImpact),
            suggestedStrategies: [...suggestedStrategies(inherentOf(r))],
            strategies: r.strategies,
            measures,
            measureNotInPlace: reliesOnMissingMeasure(measures.map((m) => m.placement)),
            goals: goalsOf(r, goals, level),
            residual:
              r.residualLikelihood === null || r.residualImpact === null
                ? null
                : rated(r.residualLikelihood, r.residualImpact),
            mustStayInView: mustStayInView(inherentOf(r)),
            acceptance: {
              status: acceptance.status,
              reason: acceptance.reason,
              residualLevel: acceptance.residualLevel,
              acceptableLevel: acceptance.acceptableLevel,
              problem:
                acceptance.status === 'action_required'
                  ? (acceptance.decisionProblem?.code ?? null)
                  : null,
              decision:
                r.acceptedAt && r.acceptedRole && r.acceptedLevel
                  ? {
                      personId: r.acceptedByPersonId,
                      name: r.acceptedByName,
                      role: r.acceptedRole,
                      level: r.acceptedLevel,
                      at: r.acceptedAt,
                      rationale: r.acceptanceRationale ?? '',
                    }
                  : null,
            },
            abilities: { canAccept: mayAccept && acceptance.status === 'action_required' },
          };
        }),
      };
    },

    /** All versions of the location of an assessment, newest first. */
    async versions(actor: RequestActor, id: string) {
      const row = await load(db, actor, id);
      const rows = await versionsAt(db, actor, row.a.locationKey);
      return summaries(actor, rows);
    },

    /** Records a new assessment of a location; it supersedes the current one, which is kept. */
    async create(actor: RequestActor, input: AssessmentInput) {
      const id = await createAssessment(db, actor, input);
      return this.get(actor, id);
    },

    /** Flags an assessment for review, with the reason (e.g. an incident nearby). */
    async flag(actor: RequestActor, id: string, reason: string) {
      await audited(db, actor, async (tx) => {
        const row = await load(tx, actor, id);
        if (!can(actor, 'risk.write', keysOf(row.a))) {
          throw forbidden('Only the security adviser may flag this assessment for review');
        }
        const after = {
          flaggedForReview: true,
          flagReason: reason,
          flagCause: null,
          flaggedAt: new Date(),
        };
        await setAssessment(tx, id, after);
        return {
          result: null,
          audit: {
            action: 'risk_assessment.flag',
            entity: 'risk_assessment',
            entityId: id,
            countryId: row.a.countryId,
            before: { flaggedForReview: row.a.flaggedForReview, flagReason: row.a.flagReason },
            after,
          },
        };
      });
      return this.get(actor, id);
    },

    /**
     * Records the decision to accept a residual risk above the assessment's acceptable level.
     * Only a role core allows to accept risk may decide (403 naming the role otherwise); a
     * decision that does not cover the risk's level is refused with core's reason (409).
     */
    async accept(
      actor: RequestActor,
      id: string,
      riskId: string,
      body: { rationale: string; acceptedLevel?: RiskLevel | undefined },
    ) {
      await audited(db, actor, async (tx) => {
        const row = await load(tx, actor, id);
        if (row.a.supersededAt !== null) {
          throw conflict('This assessment has been superseded; decide on the current one');
        }
        const risk = await findRiskOf(tx, id, riskId);
        if (!risk) throw notFound('Risk');
        const acceptable = row.a.acceptableLevel as RiskLevel;
        const rating =
          ratingOrNull(risk.residualLikelihood, risk.residualImpact) ?? inherentOf(risk);
        const residualLevel = riskLevel(rating);
        const keys = keysOf(row.a);
        const role = acceptingRole(actor, keys);
        const decision = {
          decidedByPersonId: actor.personId ?? '',
          role: (role ?? roleAt(actor, keys)) as AppointmentRole,
          decidedAt: today(),
          acceptedLevel: body.acceptedLevel ?? residualLevel,
          rationale: body.rationale,
        };
        const result = evaluateAcceptance({
          residual: rating,
          acceptableLevel: acceptable,
          decision,
        });
        if (result.status === 'within_acceptable') {
          throw conflict(`${result.reason} No acceptance decision is needed.`);
        }
        if (role === null) {
          throw forbidden(
            `${result.reason} ${decision.role} may not accept it: only ${RISK_ACCEPTANCE_ROLES.join(', ')} may.`,
          );
        }
        if (result.status !== 'accepted_by_decision') {
          throw conflict(result.reason, [{ path: 'acceptedLevel', message: result.reason }]);
        }
        const person = actor.personId ? await personName(tx, actor.personId) : undefined;
        const after = {
          acceptedByPersonId: actor.personId,
          acceptedByName: person ? `${person.given} ${person.family}` : actor.label,
          acceptedRole: role,
          acceptedLevel: decision.acceptedLevel,
          acceptedAt: new Date(),
          acceptanceRationale: body.rationale,
        };
        await setRisk(tx, riskId, after);
        return {
          result: null,
          audit: {
            action: 'risk.accept',
            entity: 'risk',
            entityId: riskId,
            countryId: row.a.countryId,
            before: { acceptedAt: risk.acceptedAt, acceptedRole: risk.acceptedRole },
            after,
          },
        };
      });
      return this.get(actor, id);
    },

    async unassessed(actor: RequestActor, countryId: string) {
      return unassessedOf(db, actor, countryId);
    },

    async heatMap(actor: RequestActor, countryId: string, f: HeatFilter) {
      return heatMapOf(db, actor, countryId, f);
    },

    async register(actor: RequestActor, countryId: string, f: HeatFilter) {
      const { locations, items } = await registerOf(db, actor, countryId, f);
      return {
        locations: locations.map(({ a, locationName }) => ({
          assessmentId: a.id,
          locationType: a.locationType,
          areaId: a.areaId,
          dutyStationId: a.dutyStationId,
          locationName,
          acceptableLevel: a.acceptableLevel,
          flaggedForReview: a.flaggedForReview,
        })),
        items: items.map((r) => ({
          id: r.id,
          assessmentId: r.assessmentId,
          threatTitle: r.threatTitle,
          threatCategory: r.threatCategory,
          exposed: r.exposed,
          description: r.description,
          inherent: rated(r.il, r.ii),
          residual: r.rl === null || r.ri === null ? null : rated(r.rl, r.ri),
          strategies: r.strategies,
          measureCount: Number(r.measureCount),
          accepted: r.accepted,
        })),
      };
    },
  };
}

export type RiskService = ReturnType<typeof createRiskService>;
