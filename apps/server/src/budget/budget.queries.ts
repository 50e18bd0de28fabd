import type { Actor } from '@fieldsafe/core';
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor, Tx } from '../db/client.ts';
import {
  budgetLines,
  budgets,
  budgetVersions,
  dutyStations,
  organizations,
  people,
} from '../db/schema/index.ts';
import type { BudgetListFilter } from './budget.schema.ts';

/**
 * What the actor may see: every system-wide budget (it is the same for the whole system), and
 * local budgets of the countries where they read governance records.
 */
export function budgetScope(actor: Actor): SQL {
  return (
    or(
      eq(budgets.kind, 'system'),
      scopeWhere(actor, 'governance.read', { countryId: budgets.countryId }),
    ) ?? sql`false`
  );
}

const columns = { budget: budgets, dutyStationName: dutyStations.name };
export type BudgetRow = typeof budgets.$inferSelect & { dutyStationName: string | null };

function flatten(r: { budget: typeof budgets.$inferSelect; dutyStationName: string | null }) {
  return { ...r.budget, dutyStationName: r.dutyStationName };
}

export async function findBudget(
  ex: Executor,
  actor: Actor,
  id: string,
): Promise<BudgetRow | undefined> {
  const [row] = await ex
    .select(columns)
    .from(budgets)
    .leftJoin(dutyStations, eq(dutyStations.id, budgets.dutyStationId))
    .where(and(eq(budgets.id, id), budgetScope(actor)));
  return row && flatten(row);
}

export async function listBudgets(
  ex: Executor,
  actor: Actor,
  f: BudgetListFilter,
): Promise<BudgetRow[]> {
  const rows = await ex
    .select(columns)
    .from(budgets)
    .leftJoin(dutyStations, eq(dutyStations.id, budgets.dutyStationId))
    .where(
      and(
        budgetScope(actor),
        f.kind ? eq(budgets.kind, f.kind) : undefined,
        f.countryId ? eq(budgets.countryId, f.countryId) : undefined,
      ),
    )
    .orderBy(asc(budgets.kind), desc(budgets.biennium), asc(dutyStations.name));
  return rows.map(flatten);
}

export async function budgetVersionRows(ex: Executor, budgetId: string) {
  return ex
    .select()
    .from(budgetVersions)
    .where(eq(budgetVersions.budgetId, budgetId))
    .orderBy(desc(budgetVersions.version));
}

export async function linesOf(ex: Executor, budgetId: string, version: number) {
  return ex
    .select({
      organizationId: budgetLines.organizationId,
      organizationCode: organizations.code,
      organizationName: organizations.name,
      headcount: budgetLines.headcount,
      sharePercent: budgetLines.sharePercent,
      minimumApplied: budgetLines.minimumApplied,
      amountDollars: budgetLines.amountDollars,
    })
    .from(budgetLines)
    .innerJoin(budgetVersions, eq(budgetVersions.id, budgetLines.versionId))
    .innerJoin(organizations, eq(organizations.id, budgetLines.organizationId))
    .where(and(eq(budgetVersions.budgetId, budgetId), eq(budgetVersions.version, version)))
    .orderBy(asc(budgetLines.position));
}

/** Organizations by code, case-insensitively. */
export async function organizationsByCode(ex: Executor, codes: readonly string[]) {
  if (codes.length === 0) return new Map<string, { id: string; code: string }>();
  const upper = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
  const rows = await ex
    .select({ id: organizations.id, code: organizations.code })
    .from(organizations)
    .where(inArray(sql`upper(${organizations.code})`, upper));
  return new Map(rows.map((r) => [r.code.toUpperCase(), r]));
}

/** Active personnel per organization at a duty station, from the registry (largest first). */
export async function registryHeadcounts(ex: Executor, dutyStationId: string) {
  return ex
    .select({
      organizationId: people.organizationId,
      organizationCode: organizations.code,
      headcount: count(),
    })
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(
      and(
        eq(people.dutyStationId, dutyStationId),
        eq(people.kind, 'personnel'),
        eq(people.status, 'active'),
      ),
    )
    .groupBy(people.organizationId, organizations.code)
    .orderBy(desc(count()), asc(organizations.code));
}

// ---- Writes ----

export type BudgetInsert = typeof budgets.$inferInsert;

export async function insertBudget(tx: Tx, values: BudgetInsert) {
  const [row] = await tx.insert(budgets).values(values).returning();
  return row;
}

export async function updateBudget(tx: Tx, id: string, set: Partial<BudgetInsert>) {
  const [row] = await tx.update(budgets).set(set).where(eq(budgets.id, id)).returning();
  return row;
}

export async function insertBudgetVersion(tx: Tx, values: typeof budgetVersions.$inferInsert) {
  const [row] = await tx.insert(budgetVersions).values(values).returning();
  return row;
}

export async function insertBudgetLines(
  tx: Tx,
  lines: (typeof budgetLines.$inferInsert)[],
): Promise<void> {
  await tx.insert(budgetLines).values(lines);
}
