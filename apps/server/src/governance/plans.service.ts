import { can } from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, isUniqueViolation, notFound } from '../http/errors.ts';
import {
  findPlan,
  indicatorsOf,
  insertPlan,
  plansOf,
  updatePlan,
  writeIndicators,
  type IndicatorRow,
  type PlanRow,
} from './plans.queries.ts';
import type { PlanInput, PlanPatchInput } from './plans.schema.ts';

const mayManage = (actor: RequestActor, countryId: string) =>
  can(actor, 'governance.manage', { countryId });

function present(actor: RequestActor, p: PlanRow, indicators: IndicatorRow[]) {
  return {
    ...p,
    indicatorsTotal: indicators.length,
    indicatorsMet: indicators.filter((i) => i.met === true).length,
    indicatorsAssessed: indicators.filter((i) => i.met !== null).length,
    abilities: { canEdit: mayManage(actor, p.countryId) },
  };
}

const duplicateYear = () =>
  conflict('year: this country already has a security management plan for this year', [
    { path: 'year', message: 'already has a plan' },
  ]);

export function createPlanService(db: Db) {
  async function get(actor: RequestActor, id: string) {
    const plan = await findPlan(db, actor, id);
    if (!plan) throw notFound('Security management plan');
    const indicators = await indicatorsOf(db, id);
    return { ...present(actor, plan, indicators), indicators };
  }

  return {
    get,

    async list(actor: RequestActor, countryId: string) {
      if (!can(actor, 'governance.read', { countryId })) throw notFound('Country');
      const plans = await plansOf(db, countryId);
      const items = await Promise.all(
        plans.map(async (p) => present(actor, p, await indicatorsOf(db, p.id))),
      );
      return { items, abilities: { canEdit: mayManage(actor, countryId) } };
    },

    async create(actor: RequestActor, countryId: string, input: PlanInput) {
      if (!can(actor, 'governance.read', { countryId })) throw notFound('Country');
      if (!mayManage(actor, countryId))
        throw forbidden('Only the DO or the CSA keep the security management plan of a country');
      try {
        const id = await audited(db, actor, async (tx) => {
          const row = await insertPlan(tx, { countryId, year: input.year, title: input.title });
          await writeIndicators(tx, row.id, input.indicators);
          return {
            result: row.id,
            audit: {
              action: 'security_plan.create',
              entity: 'security_plan',
              entityId: row.id,
              countryId,
              after: { ...row, indicators: input.indicators },
            },
          };
        });
        return await get(actor, id);
      } catch (e) {
        if (isUniqueViolation(e)) throw duplicateYear();
        throw e;
      }
    },

    async update(actor: RequestActor, id: string, patch: PlanPatchInput) {
      try {
        await audited(db, actor, async (tx) => {
          const before = await findPlan(tx, actor, id);
          if (!before) throw notFound('Security management plan');
          if (!mayManage(actor, before.countryId))
            throw forbidden('Only the DO or the CSA change the security management plan');
          const beforeIndicators = await indicatorsOf(tx, id);
          const { indicators, ...fields } = patch;
          const row = await updatePlan(tx, id, fields);
          if (!row) throw notFound('Security management plan');
          if (indicators) await writeIndicators(tx, id, indicators);
          return {
            result: row,
            audit: {
              action: 'security_plan.update',
              entity: 'security_plan',
              entityId: id,
              countryId: row.countryId,
              before: { ...before, indicators: beforeIndicators },
              after: { ...row, indicators: indicators ?? beforeIndicators },
            },
          };
        });
        return await get(actor, id);
      } catch (e) {
        if (isUniqueViolation(e)) throw duplicateYear();
        throw e;
      }
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
