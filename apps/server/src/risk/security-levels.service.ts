import { can, scopesFor, type Actor, type FlagCause } from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import { findOrganization } from '../compliance/missions.queries.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, notFound } from '../http/errors.ts';
import { findArea, findCountry } from '../registry/lookups.queries.ts';
import { inForce } from './levels-in-force.service.ts';
import { flagAssessmentsForReview } from './review-triggers.queries.ts';
import {
  decisionsOf,
  endSanctionOn,
  findSanction,
  insertDecision,
  insertSanction,
  sanctionsOf,
} from './security-levels.queries.ts';
import type { SecurityLevelInput } from './security-levels.schema.ts';

/** Whether the actor reads risk information anywhere in a country (country or one of its areas). */
export function seesCountry(actor: Actor, countryId: string): boolean {
  return scopesFor(actor, 'risk.read').some(
    (s) => s.kind === 'system' || ('countryId' in s && s.countryId === countryId),
  );
}

/**
 * Security levels (or phases) per area as decisions with history, and clearance sanctions on
 * organizations in a country. A new level flags the current assessments of its place for review.
 */
export function createSecurityLevelService(db: Db) {
  async function country(actor: RequestActor, id: string) {
    const row = await findCountry(db, id);
    if (!row || !seesCountry(actor, id)) throw notFound('Country');
    return row;
  }

  return {
    /** Every decision of a country, newest first; `current` marks the one in force per place. */
    async list(actor: RequestActor, countryId: string) {
      const rows = await decisionsOf(db, actor, countryId);
      const current = inForce(
        rows.map((r) => r.d),
        today(),
      );
      const items = rows.map(({ d, areaName }, i) => ({
        ...d,
        areaName,
        current: current[i] === true,
      }));
      return { items, abilities: { canRecord: can(actor, 'security_level.write', { countryId }) } };
    },

    async record(actor: RequestActor, countryId: string, input: SecurityLevelInput) {
      await country(actor, countryId);
      let areaName: string | null = null;
      if (input.areaId) {
        const area = await findArea(db, input.areaId);
        if (!area || area.countryId !== countryId)
          throw invalid('areaId', 'unknown area in this country');
        areaName = area.name;
      }
      if (!can(actor, 'security_level.write', { countryId, areaId: input.areaId })) {
        throw forbidden('Only the DO, DO a.i., CSA or deputy SA may record a security level');
      }
      return audited(db, actor, async (tx) => {
        const row = await insertDecision(tx, { ...input, countryId, recordedBy: actor.userId });
        if (!row) throw new Error('decision not recorded');
        const flagCause: FlagCause = {
          code: 'securityLevel',
          params: { level: input.level, place: areaName, from: input.effectiveFrom },
        };
        const flagged = await flagAssessmentsForReview(
          tx,
          { countryId, areaId: input.areaId },
          flagCause,
        );
        return {
          result: {
            ...row,
            areaName,
            current: row.effectiveFrom <= today(),
            flaggedAssessments: flagged.length,
          },
          audit: [
            {
              action: 'security_level.record',
              entity: 'security_level_decision',
              entityId: row.id,
              countryId,
              after: row,
            },
            ...flagged.map((id) => ({
              action: 'risk_assessment.flag',
              entity: 'risk_assessment',
              entityId: id,
              countryId,
              after: { flaggedForReview: true, flagCause },
            })),
          ],
        };
      });
    },

    async sanctions(actor: RequestActor, countryId: string) {
      await country(actor, countryId);
      const rows = await sanctionsOf(db, countryId);
      const day = today();
      const canEdit = can(actor, 'sanction.write', { countryId });
      return rows.map(({ s, organizationCode }) => ({
        ...s,
        organizationCode,
        active: s.startsOn <= day && (s.endsOn === null || s.endsOn >= day),
        abilities: { canEdit },
      }));
    },

    async sanction(
      actor: RequestActor,
      countryId: string,
      input: {
        organizationId: string;
        reason: string;
        startsOn: string;
        endsOn: string | null;
        decidedBy: string;
      },
    ) {
      await country(actor, countryId);
      if (!can(actor, 'sanction.write', { countryId })) {
        throw forbidden('Only the DO, DO a.i. or CSA may place an organization under a sanction');
      }
      const org = await findOrganization(db, input.organizationId);
      if (!org) throw invalid('organizationId', 'unknown organization');
      if (input.endsOn !== null && input.endsOn < input.startsOn) {
        throw invalid('endsOn', 'must not be before startsOn');
      }
      return audited(db, actor, async (tx) => {
        const row = await insertSanction(tx, { ...input, countryId, recordedBy: actor.userId });
        if (!row) throw new Error('sanction not recorded');
        const day = today();
        return {
          result: {
            ...row,
            organizationCode: org.code,
            active: row.startsOn <= day && (row.endsOn === null || row.endsOn >= day),
            abilities: { canEdit: true },
          },
          audit: {
            action: 'clearance_sanction.create',
            entity: 'clearance_sanction',
            entityId: row.id,
            countryId,
            organizationId: org.id,
            after: row,
          },
        };
      });
    },

    async endSanction(actor: RequestActor, id: string, endsOn: string) {
      const before = await findSanction(db, id);
      if (!before || !seesCountry(actor, before.s.countryId)) throw notFound('Clearance sanction');
      if (!can(actor, 'sanction.write', { countryId: before.s.countryId })) {
        throw forbidden('Only the DO, DO a.i. or CSA may end a sanction');
      }
      if (endsOn < before.s.startsOn) throw invalid('endsOn', 'must not be before startsOn');
      return audited(db, actor, async (tx) => {
        const row = await endSanctionOn(tx, id, endsOn);
        if (!row) throw notFound('Clearance sanction');
        const day = today();
        return {
          result: {
            ...row,
            organizationCode: before.organizationCode,
            active: row.startsOn <= day && (row.endsOn === null || row.endsOn >= day),
            abilities: { canEdit: true },
          },
          audit: {
            action: 'clearance_sanction.end',
            entity: 'clearance_sanction',
            entityId: id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            before: before.s,
            after: row,
          },
        };
      });
    },
  };
}

export type SecurityLevelService = ReturnType<typeof createSecurityLevelService>;
