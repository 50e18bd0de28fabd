import {
  addDays,
  can,
  mouInForce,
  partnerFlags,
  partnerIssues,
  partnerMaySee,
  type Classification,
  type SharedKind,
} from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalidFields, notFound } from '../http/errors.ts';
import { levelsInForce } from '../risk/levels-in-force.service.ts';
import {
  advisoriesInForce,
  countryName,
  findPartner,
  incidentTrends,
  insertPartner,
  partnersOf,
  shareableAssessments,
  shareableCrisisLogs,
  shareablePlans,
  updatePartner,
  type PartnerRow,
} from './partners.queries.ts';
import type { PartnerInput, PartnerPatchInput } from './partners.schema.ts';

const REFUSED = 'Only the DO or the CSA of the country manage its Saving Lives Together partners';

const mayManage = (actor: RequestActor, countryId: string) =>
  can(actor, 'partner.manage', { countryId });

/** The country is known to the actor: they manage partners there, or are stationed there. */
function assertManages(actor: RequestActor, countryId: string) {
  const knows = actor.homeCountryId === countryId || can(actor, 'partner.read', { countryId });
  if (!knows) throw notFound('Country');
  if (!can(actor, 'partner.read', { countryId }) || !mayManage(actor, countryId))
    throw forbidden(REFUSED);
}

function present(actor: RequestActor, p: PartnerRow, day: string) {
  const { createdAt: _c, updatedAt: _u, ...rest } = p;
  return {
    ...rest,
    sharing: mouInForce(p, day),
    flags: partnerFlags(p, day),
    abilities: { canEdit: mayManage(actor, p.countryId) },
  };
}

/** A record shared with the partner, and whether it is there by its author's mark. */
function sharedOf<T extends { classification: string; sltShareable: boolean }>(
  p: PartnerRow,
  kind: SharedKind,
  rows: T[],
  day: string,
) {
  return rows
    .filter((r) =>
      partnerMaySee(
        p,
        kind,
        { classification: r.classification as Classification, sltShareable: r.sltShareable },
        day,
      ),
    )
    .map(({ sltShareable, ...r }) => ({
      ...r,
      marked: sltShareable && r.classification !== 'public',
    }));
}

/**
 * "Saving Lives Together" partners of a country and what each is given [002 ¶4, 003 ¶140]:
 * managed by the DO or the CSA; nothing is shared while a partner's MoU is not in force.
 */
export function createPartnerService(db: Db) {
  async function owned(actor: RequestActor, id: string) {
    const p = await findPartner(db, id);
    if (!p) throw notFound('SLT partner');
    assertManages(actor, p.countryId);
    return p;
  }

  function check(p: Parameters<typeof partnerIssues>[0]) {
    const issues = partnerIssues(p);
    if (issues.length) throw invalidFields(issues);
  }

  return {
    async list(actor: RequestActor, countryId: string) {
      assertManages(actor, countryId);
      const day = today();
      const items = (await partnersOf(db, countryId)).map((p) => present(actor, p, day));
      return { countryId, items, abilities: { canEdit: mayManage(actor, countryId) } };
    },

    async create(actor: RequestActor, countryId: string, input: PartnerInput) {
      assertManages(actor, countryId);
      check(input);
      const row = await audited(db, actor, async (tx) => {
        const p = await insertPartner(tx, { ...input, countryId });
        if (!p) throw new Error('insert returned nothing');
        return {
          result: p,
          audit: {
            action: 'slt_partner.create',
            entity: 'slt_partner',
            entityId: p.id,
            countryId,
            after: p,
          },
        };
      });
      return present(actor, row, today());
    },

    async update(actor: RequestActor, id: string, patch: PartnerPatchInput) {
      const before = await owned(actor, id);
      check({ ...before, ...patch });
      const row = await audited(db, actor, async (tx) => {
        const p = await updatePartner(tx, id, patch);
        if (!p) throw notFound('SLT partner');
        return {
          result: p,
          audit: {
            action: 'slt_partner.update',
            entity: 'slt_partner',
            entityId: id,
            countryId: p.countryId,
            before,
            after: p,
          },
        };
      });
      return present(actor, row, today());
    },

    /** What the partner is given today, to send it through the SLT channel; the export is audited. */
    async feed(actor: RequestActor, id: string) {
      const p = await owned(actor, id);
      const day = today();
      const sharing = mouInForce(p, day);
      const wants = (k: SharedKind) => partnerMaySee(p, k, null, day);
      const none = Promise.resolve([]);
      const [name, levels, trends, advisories, assessments, plans, logs] = await Promise.all([
        countryName(db, p.countryId),
        wants('security_levels') ? levelsInForce(db, actor, p.countryId) : { items: [] },
        wants('incident_trends')
          ? incidentTrends(db, p.countryId, new Date(`${addDays(day, -365)}T00:00:00Z`))
          : none,
        wants('advisories') ? advisoriesInForce(db, p.countryId, day) : none,
        wants('risk_assessments') ? shareableAssessments(db, actor, p.countryId) : none,
        wants('security_plans') ? shareablePlans(db, p.countryId) : none,
        wants('crisis_logs') ? shareableCrisisLogs(db, p.countryId) : none,
      ]);
      const feed = {
        partner: { id: p.id, name: p.name, partnerType: p.partnerType },
        countryId: p.countryId,
        countryName: name ?? '',
        generatedOn: day,
        sharing,
        flags: partnerFlags(p, day),
        sharedKinds: sharing ? p.sharedKinds : [],
        securityLevels: levels.items.map(({ areaId: _a, ...l }) => l),
        incidentTrends: trends,
        advisories,
        riskAssessments: sharedOf(p, 'risk_assessments', assessments, day),
        securityPlans: sharedOf(p, 'security_plans', plans, day),
        crisisLogs: sharedOf(p, 'crisis_logs', logs, day),
      };
      await audited(db, actor, async () => ({
        result: null,
        audit: {
          action: 'slt_partner.export',
          entity: 'slt_partner',
          entityId: p.id,
          countryId: p.countryId,
          after: {
            sharing,
            sharedKinds: feed.sharedKinds,
            records:
              feed.riskAssessments.length + feed.securityPlans.length + feed.crisisLogs.length,
          },
        },
      }));
      return feed;
    },
  };
}
