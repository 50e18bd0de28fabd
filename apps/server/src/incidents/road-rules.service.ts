import { DEFAULT_PENALTY_RULES, can, penaltyRuleIssues, type PenaltyRule } from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { findCountry } from '../registry/lookups.queries.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalidFields, notFound } from '../http/errors.ts';
import { findRules, storedRules, upsertRules } from './road-rules.queries.ts';

/** The country's penalty rules, or core's default when it has set none. */
export async function penaltyRulesOf(ex: Executor, countryId: string): Promise<PenaltyRule[]> {
  const row = await storedRules(ex, countryId);
  return row ? row.rules : [...DEFAULT_PENALTY_RULES];
}

/**
 * Road-safety penalty rules per country [003 ¶46–47]: read by whoever reads the country's
 * incidents, set by the security officials who manage driving violations there.
 */
export function createRoadRulesService(db: Db) {
  async function country(actor: RequestActor, countryId: string) {
    const row = await findCountry(db, countryId);
    if (!row || !can(actor, 'incident.read', { countryId })) throw notFound('Country');
    return row;
  }
  return {
    async get(actor: RequestActor, countryId: string) {
      await country(actor, countryId);
      const row = await findRules(db, countryId);
      return {
        countryId,
        rules: (row ? row.rules : DEFAULT_PENALTY_RULES).map((r) => ({
          kinds: [...r.kinds],
          count: r.count,
          windowDays: r.windowDays,
        })),
        isDefault: !row,
        setBy: row?.setBy ?? null,
        updatedAt: row?.updatedAt ?? null,
        abilities: { canEdit: can(actor, 'incident.manage', { countryId }) },
      };
    },

    async set(actor: RequestActor, countryId: string, rules: PenaltyRule[]) {
      await country(actor, countryId);
      if (!can(actor, 'incident.manage', { countryId }))
        throw forbidden('Only security officials of the country set its road-safety rules');
      const issues = rules.flatMap((r, i) =>
        penaltyRuleIssues(r).map((x) => ({ path: `rules.${i}.${x.field}`, message: x.message })),
      );
      if (issues.length > 0) throw invalidFields(issues);
      await audited(db, actor, async (tx) => {
        const before = await findRules(tx, countryId);
        const values = { countryId, rules, setBy: actor.label, updatedAt: new Date() };
        await upsertRules(tx, values);
        return {
          result: null,
          audit: {
            action: 'road_safety_rules.set',
            entity: 'road_safety_rules',
            entityId: countryId,
            countryId,
            before: before ?? { rules: DEFAULT_PENALTY_RULES },
            after: { rules },
          },
        };
      });
      return this.get(actor, countryId);
    },
  };
}

export type RoadRulesService = ReturnType<typeof createRoadRulesService>;
