import { and, asc, desc, eq } from 'drizzle-orm';
import type { Actor } from '@fieldsafe/core';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import { securityPlanIndicators, securityPlans } from '../db/schema/index.ts';

export type PlanRow = typeof securityPlans.$inferSelect;
export type IndicatorRow = typeof securityPlanIndicators.$inferSelect;
type IndicatorFields = Omit<
  typeof securityPlanIndicators.$inferInsert,
  'id' | 'planId' | 'position'
>;

/** A security management plan the actor may read. */
export async function findPlan(ex: Executor, actor: Actor, id: string) {
  const [row] = await ex
    .select()
    .from(securityPlans)
    .where(
      and(
        eq(securityPlans.id, id),
        scopeWhere(actor, 'governance.read', { countryId: securityPlans.countryId }),
      ),
    );
  return row;
}

/** A country's plans, newest year first. */
export function plansOf(ex: Executor, countryId: string) {
  return ex
    .select()
    .from(securityPlans)
    .where(eq(securityPlans.countryId, countryId))
    .orderBy(desc(securityPlans.year));
}

export function indicatorsOf(ex: Executor, planId: string) {
  return ex
    .select()
    .from(securityPlanIndicators)
    .where(eq(securityPlanIndicators.planId, planId))
    .orderBy(asc(securityPlanIndicators.position));
}

/** Replaces a plan's indicators with the list, in its order. */
export async function writeIndicators(
  ex: Executor,
  planId: string,
  list: readonly IndicatorFields[],
) {
  await ex.delete(securityPlanIndicators).where(eq(securityPlanIndicators.planId, planId));
  if (list.length > 0)
    await ex
      .insert(securityPlanIndicators)
      .values(list.map((ind, position) => ({ ...ind, planId, position })));
}

export async function insertPlan(
  ex: Executor,
  values: { countryId: string; year: number; title: string },
) {
  const [row] = await ex.insert(securityPlans).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updatePlan(
  ex: Executor,
  id: string,
  fields: Partial<Pick<PlanRow, 'year' | 'title'>>,
) {
  const [row] = await ex
    .update(securityPlans)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(securityPlans.id, id))
    .returning();
  return row;
}
