import {
  can,
  closeFinding,
  countryComplianceRating,
  escalationStage,
  DEFAULT_ESCALATION_THRESHOLDS,
  type EscalationThresholds,
  implementationRate,
  isFindingOverdue,
  isFindingVerified,
  type Classification,
  type ComplianceFinding,
  type ComplianceFindingSeverity,
} from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, invalid, notFound } from '../http/errors.ts';
import {
  casesOf,
  countryNames,
  findCountry,
  findFinding,
  findingsWithOrganization,
  findMission,
  findOrganization,
  insertCase,
  insertFinding,
  insertMission,
  missionIdsOfCountry,
  updateFinding,
  updateMission,
  type FindingRow,
} from './missions.queries.ts';
import { inCountry } from './moss.service.ts';

const asCore = (f: FindingRow): ComplianceFinding => ({
  id: f.id,
  severity: f.severity as ComplianceFindingSeverity,
  deadline: f.deadline,
  closedOn: f.closedOn,
  evidence: f.evidence,
  verifiedBy: f.verifiedBy,
});

/**
 * Compliance missions with their findings (verified, owner, deadline, escalation), the country
 * compliance rating, and non-compliance cases (SPEC §3). Core decides verification, escalation
 * and the rating.
 */
export function createMissionService(
  db: Db,
  mossRate: (
    actor: RequestActor,
    countryId: string,
  ) => Promise<{ numerator: number; denominator: number; percent: number } | null>,
  escalation: EscalationThresholds = DEFAULT_ESCALATION_THRESHOLDS,
) {
  async function country(actor: RequestActor, id: string) {
    const row = await findCountry(db, id);
    if (!row || !inCountry(actor, 'moss.read', id)) throw notFound('Country');
    return row;
  }
  const assertManage = (actor: RequestActor, countryId: string) => {
    if (!can(actor, 'compliance.manage', { countryId })) {
      throw forbidden(
        'Only the DO, DO a.i., CSA or deputy SA record compliance missions and cases',
      );
    }
  };

  async function findingsOf(
    actor: RequestActor,
    of: { missionId: string } | { countryId: string },
  ) {
    const rows = await findingsWithOrganization(db, actor, of);
    const day = today();
    return rows.map(({ f, organizationCode }) => ({
      ...f,
      organizationCode,
      verified: isFindingVerified(asCore(f)),
      overdue: isFindingOverdue(asCore(f), day),
      escalation: escalationStage(asCore(f), day, escalation),
    }));
  }

  async function mission(actor: RequestActor, id: string) {
    const m = await findMission(db, id);
    if (!m || !inCountry(actor, 'moss.read', m.countryId)) throw notFound('Compliance mission');
    return {
      ...m,
      findings: await findingsOf(actor, { missionId: id }),
      abilities: { canEdit: can(actor, 'compliance.manage', { countryId: m.countryId }) },
    };
  }

  return {
    mission,

    async list(actor: RequestActor, countryId: string) {
      await country(actor, countryId);
      const rows = await missionIdsOfCountry(db, countryId);
      return {
        items: await Promise.all(rows.map((r) => mission(actor, r.id))),
        abilities: { canManage: can(actor, 'compliance.manage', { countryId }) },
      };
    },

    async create(
      actor: RequestActor,
      countryId: string,
      input: {
        visitedOn: string;
        team: string;
        summary: string | null;
        briefedDoSmtOn: string | null;
        reportedToFocalPointsOn: string | null;
        returnVisitOn: string | null;
      },
    ) {
      await country(actor, countryId);
      assertManage(actor, countryId);
      if (input.returnVisitOn !== null && input.returnVisitOn < input.visitedOn) {
        throw invalid('returnVisitOn', 'must not be before visitedOn');
      }
      const id = await audited(db, actor, async (tx) => {
        const row = await insertMission(tx, { ...input, countryId, createdBy: actor.userId });
        if (!row) throw new Error('mission not created');
        return {
          result: row.id,
          audit: {
            action: 'compliance_mission.create',
            entity: 'compliance_mission',
            entityId: row.id,
            countryId,
            after: row,
          },
        };
      });
      return mission(actor, id);
    },

    /** Records the briefing of the DO and SMT, the report to focal points and the return visit. */
    async update(
      actor: RequestActor,
      id: string,
      patch: Partial<{
        summary: string | null;
        briefedDoSmtOn: string | null;
        reportedToFocalPointsOn: string | null;
        returnVisitOn: string | null;
      }>,
    ) {
      const before = await mission(actor, id);
      assertManage(actor, before.countryId);
      for (const field of ['briefedDoSmtOn', 'reportedToFocalPointsOn', 'returnVisitOn'] as const) {
        const v = patch[field];
        if (v && v < before.visitedOn) throw invalid(field, 'must not be before visitedOn');
      }
      await audited(db, actor, async (tx) => {
        const row = await updateMission(tx, id, { ...patch, updatedAt: new Date() });
        if (!row) throw notFound('Compliance mission');
        const { findings: _f, abilities: _a, ...plain } = before;
        return {
          result: row.id,
          audit: {
            action: 'compliance_mission.update',
            entity: 'compliance_mission',
            entityId: id,
            countryId: row.countryId,
            before: plain,
            after: row,
          },
        };
      });
      return mission(actor, id);
    },

    async addFinding(
      actor: RequestActor,
      missionId: string,
      input: {
        actorCategory: string;
        organizationId: string | null;
        text: string;
        severity: string;
        owner: string;
        deadline: string;
        classification: Classification;
      },
    ) {
      const m = await mission(actor, missionId);
      assertManage(actor, m.countryId);
      if (input.organizationId) {
        const org = await findOrganization(db, input.organizationId);
        if (!org) throw invalid('organizationId', 'unknown organization');
      }
      await audited(db, actor, async (tx) => {
        const row = await insertFinding(tx, { ...input, missionId, countryId: m.countryId });
        if (!row) throw new Error('finding not created');
        return {
          result: null,
          audit: {
            action: 'compliance_finding.create',
            entity: 'compliance_finding',
            entityId: row.id,
            countryId: m.countryId,
            organizationId: row.organizationId,
            after: row,
          },
        };
      });
      return mission(actor, missionId);
    },

    /** Closes a finding once verified (evidence or a named verifier), else 409 with the reason. */
    async closeFinding(
      actor: RequestActor,
      id: string,
      input: { closedOn: string; evidence: string[]; verifiedBy?: string | null | undefined },
    ) {
      const before = await findFinding(db, id);
      if (!before || !inCountry(actor, 'moss.read', before.countryId)) {
        throw notFound('Compliance finding');
      }
      assertManage(actor, before.countryId);
      const closed = closeFinding(asCore(before), {
        closedOn: input.closedOn,
        evidence: input.evidence,
        ...(input.verifiedBy === undefined ? {} : { verifiedBy: input.verifiedBy }),
      });
      if (!closed.ok) {
        throw conflict(closed.error.message, [
          { path: closed.error.field ?? 'evidence', message: closed.error.message },
        ]);
      }
      await audited(db, actor, async (tx) => {
        const row = await updateFinding(tx, id, {
          closedOn: closed.value.closedOn,
          evidence: [...closed.value.evidence],
          verifiedBy: closed.value.verifiedBy,
          updatedAt: new Date(),
        });
        return {
          result: null,
          audit: {
            action: 'compliance_finding.close',
            entity: 'compliance_finding',
            entityId: id,
            countryId: before.countryId,
            before,
            after: row,
          },
        };
      });
      return mission(actor, before.missionId);
    },

    /** The country rating: MOSS compliance rate, capped by overdue critical findings (core). */
    async rating(actor: RequestActor, countryId: string) {
      await country(actor, countryId);
      const [rate, findings] = await Promise.all([
        mossRate(actor, countryId),
        findingsOf(actor, { countryId }),
      ]);
      const day = today();
      const core = findings.map(asCore);
      const r = countryComplianceRating({ rate, findings: core, today: day });
      const impl = implementationRate(core, day);
      const stage = (s: string) => findings.filter((f) => f.escalation === s).length;
      return {
        countryId,
        percent: rate?.percent ?? null,
        rating: r.rating,
        reason: r.reason,
        cappedByCritical: r.cappedBy.length,
        openFindings: findings.filter((f) => f.closedOn === null).length,
        escalation: {
          focalPoint: stage('focal_point'),
          usg: stage('usg'),
          executiveHead: stage('executive_head'),
          hlcm: stage('hlcm'),
        },
        implementation: {
          due: impl.due,
          closedOnTime: impl.closedOnTime,
          percent: impl.rate?.percent ?? null,
        },
      };
    },

    async cases(actor: RequestActor, countryId: string, year?: number) {
      await country(actor, countryId);
      return casesOf(db, countryId, year);
    },

    /** The country's names for the yearly report's heading. */
    reportCountry(countryId: string) {
      return countryNames(db, countryId);
    },

    async addCase(
      actor: RequestActor,
      countryId: string,
      input: {
        organizationId: string | null;
        who: string;
        policy: string;
        stage: string;
        occurredOn: string;
        actionTaken: string | null;
      },
    ) {
      await country(actor, countryId);
      assertManage(actor, countryId);
      return audited(db, actor, async (tx) => {
        const row = await insertCase(tx, { ...input, countryId, createdBy: actor.userId });
        if (!row) throw new Error('case not created');
        return {
          result: row,
          audit: {
            action: 'non_compliance_case.create',
            entity: 'non_compliance_case',
            entityId: row.id,
            countryId,
            organizationId: row.organizationId,
            after: row,
          },
        };
      });
    },
  };
}
