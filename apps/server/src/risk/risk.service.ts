import {
  appointmentScope,
  can,
  covers,
  evaluateAcceptance,
  isWithinAcceptable,
  mustStayInView,
  riskLevel,
  RISK_ACCEPTANCE_ROLES,
  suggestedStrategies,
  type AppointmentRole,
  type RatingValue,
  type RecordKeys,
  type RiskLevel,
  type RiskRating,
} from '@fieldsafe/core';
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import type { AuditEntry } from '../audit/audit.service.ts';
import {
  areas,
  countries,
  dutyStations,
  people,
  riskAssessments,
  riskGoals,
  riskThreats,
  risks,
  staffCeilings,
} from '../db/schema/index.ts';
import { conflict, forbidden, invalid, invalidFields, notFound } from '../http/errors.ts';
import {
  current,
  heatMapOf,
  ratingCounts,
  rated,
  ratingOrNull,
  registerOf,
  selectAssessments,
  unassessedOf,
  type HeatFilter,
} from './risk.queries.ts';
import type { AssessmentInput } from './risk.schema.ts';

type AssessmentRow = typeof riskAssessments.$inferSelect;
type RiskRow = typeof risks.$inferSelect;

/**
 * Where an assessment's staff ceiling is kept in `staff_ceilings` (the one store of ceilings,
 * shared with travel clearance): its duty station, area, or country.
 */
const ceilingLocationOf = (a: {
  countryId: string;
  areaId: string | null;
  dutyStationId: string | null;
}) => a.dutyStationId ?? a.areaId ?? a.countryId;

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
    const [row] = await selectAssessments(ex, actor, eq(riskAssessments.id, id));
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
      currentLocations.length
        ? db
            .select({ locationId: staffCeilings.locationId, ceiling: staffCeilings.ceiling })
            .from(staffCeilings)
            .where(inArray(staffCeilings.locationId, currentLocations))
        : Promise.resolve([]),
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

  /** Checks the place named in the input and returns its keys. */
  async function place(ex: Executor, input: AssessmentInput) {
    const [country] = await ex.select().from(countries).where(eq(countries.id, input.countryId));
    if (!country) throw invalid('countryId', 'unknown country');
    if (input.locationType === 'country') {
      return { areaId: null, dutyStationId: null, key: `country:${country.id}` };
    }
    if (input.locationType === 'area') {
      if (!input.areaId) throw invalid('areaId', 'is required for an area assessment');
      const [area] = await ex
        .select()
        .from(areas)
        .where(and(eq(areas.id, input.areaId), eq(areas.countryId, country.id)));
      if (!area) throw invalid('areaId', 'unknown area in this country');
      return { areaId: area.id, dutyStationId: null, key: `area:${area.id}` };
    }
    if (!input.dutyStationId) {
      throw invalid('dutyStationId', 'is required for a duty station assessment');
    }
    const [station] = await ex
      .select()
      .from(dutyStations)
      .where(and(eq(dutyStations.id, input.dutyStationId), eq(dutyStations.countryId, country.id)));
    if (!station) throw invalid('dutyStationId', 'unknown duty station in this country');
    return { areaId: station.areaId, dutyStationId: station.id, key: `duty_station:${station.id}` };
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
    const [before] = await tx
      .select()
      .from(staffCeilings)
      .where(eq(staffCeilings.locationId, locationId));
    if (ceiling === null) {
      if (!before) return [];
      await tx.delete(staffCeilings).where(eq(staffCeilings.locationId, locationId));
    } else {
      if (before?.ceiling === ceiling) return [];
      await tx
        .insert(staffCeilings)
        .values({ locationId, countryId: a.countryId, ceiling })
        .onConflictDoUpdate({
          target: staffCeilings.locationId,
          set: { ceiling, updatedAt: new Date() },
        });
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

  return {
    async list(
      actor: RequestActor,
      q: { countryId: string; areaId?: string | undefined; includeSuperseded: string },
    ) {
      const rows = await selectAssessments(
        db,
        actor,
        and(
          eq(riskAssessments.countryId, q.countryId),
          q.areaId ? eq(riskAssessments.areaId, q.areaId) : undefined,
          q.includeSuperseded === 'true' ? undefined : current,
        ),
      );
      return {
        items: await summaries(actor, rows),
        abilities: { canAssess: can(actor, 'risk.write', { countryId: q.countryId }) },
      };
    },

    async get(actor: RequestActor, id: string) {
      const row = await load(db, actor, id);
      const [[summary], goals, threats, riskRows] = await Promise.all([
        summaries(actor, [row]),
        db
          .select()
          .from(riskGoals)
          .where(eq(riskGoals.assessmentId, id))
          .orderBy(asc(riskGoals.position)),
        db
          .select()
          .from(riskThreats)
          .where(eq(riskThreats.assessmentId, id))
          .orderBy(asc(riskThreats.position)),
        db.select().from(risks).where(eq(risks.assessmentId, id)).orderBy(asc(risks.position)),
      ]);
      if (!summary) throw notFound('Risk assessment');
      const level = row.a.acceptableLevel as RiskLevel;
      const threatById = new Map(threats.map((t) => [t.id, t]));
      const mayAccept = row.a.supersededAt === null && acceptingRole(actor, keysOf(row.a)) !== null;
      return {
        ...summary,
        goals,
        threats,
        risks: riskRows.map((r) => {
          const acceptance = acceptanceOf(r, level);
          const threat = threatById.get(r.threatId);
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
            measures: r.measures,
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
      const rows = await selectAssessments(
        db,
        actor,
        eq(riskAssessments.locationKey, row.a.locationKey),
      );
      return summaries(actor, rows);
    },

    /** Records a new assessment of a location; it supersedes the current one, which is kept. */
    async create(actor: RequestActor, input: AssessmentInput) {
      const loc = await place(db, input);
      const keys = { countryId: input.countryId, areaId: loc.areaId };
      if (!can(actor, 'risk.write', keys)) {
        throw forbidden(
          'Only the security adviser (CSA/SA, deputy, CSFP, CSO) may assess risks here',
        );
      }
      const issues = input.risks.flatMap((r, i) =>
        r.threat >= input.threats.length
          ? [{ path: `risks.${i}.threat`, message: 'no such threat' }]
          : [],
      );
      if (input.reviewDue < input.assessedOn) {
        issues.push({ path: 'reviewDue', message: 'must not be before assessedOn' });
      }
      if (issues.length > 0) throw invalidFields(issues);

      const id = await audited(db, actor, async (tx) => {
        const previous = await tx
          .select()
          .from(riskAssessments)
          .where(and(eq(riskAssessments.locationKey, loc.key), current))
          .for('update');
        const [{ last } = { last: 0 }] = await tx
          .select({ last: max(riskAssessments.version) })
          .from(riskAssessments)
          .where(eq(riskAssessments.locationKey, loc.key));
        const now = new Date();
        if (previous.length > 0) {
          await tx
            .update(riskAssessments)
            .set({ supersededAt: now, updatedAt: now })
            .where(
              inArray(
                riskAssessments.id,
                previous.map((p) => p.id),
              ),
            );
        }
        const [created] = await tx
          .insert(riskAssessments)
          .values({
            countryId: input.countryId,
            areaId: loc.areaId,
            dutyStationId: loc.dutyStationId,
            locationType: input.locationType,
            locationKey: loc.key,
            version: (last ?? 0) + 1,
            title: input.title,
            summary: input.summary ?? null,
            acceptableLevel: input.acceptableLevel,
            assessedOn: input.assessedOn,
            reviewDue: input.reviewDue,
            createdBy: actor.userId,
          })
          .returning();
        if (!created) throw new Error('assessment not created');
        if (previous.length > 0) {
          await tx
            .update(riskAssessments)
            .set({ supersededById: created.id })
            .where(
              inArray(
                riskAssessments.id,
                previous.map((p) => p.id),
              ),
            );
        }
        if (input.goals.length > 0) {
          await tx.insert(riskGoals).values(
            input.goals.map((g, position) => ({
              assessmentId: created.id,
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
            : await tx
                .insert(riskThreats)
                .values(
                  input.threats.map((t, position) => ({
                    assessmentId: created.id,
                    position,
                    category: t.category,
                    title: t.title,
                    description: t.description ?? null,
                    human: t.human,
                    mindSet: t.human ? (t.mindSet ?? null) : null,
                    capability: t.human ? (t.capability ?? null) : null,
                    context: t.human ? (t.context ?? null) : null,
                  })),
                )
                .returning({ id: riskThreats.id, position: riskThreats.position });
        const threatIds = new Map(threats.map((t) => [t.position, t.id]));
        const ceilingAudit = await saveCeiling(tx, created, input.staffCeiling);
        if (input.risks.length > 0) {
          await tx.insert(risks).values(
            input.risks.map((r, position) => {
              const inherent = r.inherent as RiskRating;
              return {
                assessmentId: created.id,
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
        await tx.update(riskAssessments).set(after).where(eq(riskAssessments.id, id));
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
        const [risk] = await tx
          .select()
          .from(risks)
          .where(and(eq(risks.id, riskId), eq(risks.assessmentId, id)));
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
        const [person] = actor.personId
          ? await tx
              .select({ given: people.givenName, family: people.familyName })
              .from(people)
              .where(eq(people.id, actor.personId))
          : [];
        const after = {
          acceptedByPersonId: actor.personId,
          acceptedByName: person ? `${person.given} ${person.family}` : actor.label,
          acceptedRole: role,
          acceptedLevel: decision.acceptedLevel,
          acceptedAt: new Date(),
          acceptanceRationale: body.rationale,
        };
        await tx.update(risks).set(after).where(eq(risks.id, riskId));
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
