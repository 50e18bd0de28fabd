import {
  groupBy,
  RECOMMENDATION_PENDING_STATUSES,
  type Actor,
  type RecommendationBody,
  type RecommendationForRate,
  type RecommendationStatus,
} from '@fieldsafe/core';
import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  ilike,
  inArray,
  lt,
  not,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import {
  organizations,
  recommendationAddressees,
  recommendationEvidence,
  recommendations,
  recommendationStatusHistory,
} from '../db/schema/index.ts';
import type { RecommendationListFilter } from './recommendations.schema.ts';

/**
 * What the actor may read: recommendations about a country in their scope, and those addressed
 * to an organization in their scope (an organization-country scope needs both to match).
 */
export function recommendationScope(ex: Executor, actor: Actor): SQL {
  const addressed = ex
    .select({ one: sql`1` })
    .from(recommendationAddressees)
    .where(
      and(
        eq(recommendationAddressees.recommendationId, recommendations.id),
        scopeWhere(actor, 'recommendation.read', {
          organizationId: recommendationAddressees.organizationId,
          countryId: recommendations.countryId,
        }),
      ),
    );
  return (
    or(
      scopeWhere(actor, 'recommendation.read', { countryId: recommendations.countryId }),
      exists(addressed),
    ) ?? sql`false`
  );
}

export type RecommendationRow = Omit<typeof recommendations.$inferSelect, 'body' | 'status'> & {
  body: RecommendationBody;
  status: RecommendationStatus;
  addressees: { id: string; code: string; name: string }[];
};

function filters(ex: Executor, f: RecommendationListFilter, today: string): SQL[] {
  const pending = inArray(recommendations.status, [...RECOMMENDATION_PENDING_STATUSES]);
  const overdue = and(pending, lt(recommendations.deadline, today));
  const out: (SQL | undefined)[] = [
    f.body ? eq(recommendations.body, f.body) : undefined,
    f.status ? eq(recommendations.status, f.status) : undefined,
    f.countryId ? eq(recommendations.countryId, f.countryId) : undefined,
    f.organizationId
      ? exists(
          ex
            .select({ one: sql`1` })
            .from(recommendationAddressees)
            .where(
              and(
                eq(recommendationAddressees.recommendationId, recommendations.id),
                eq(recommendationAddressees.organizationId, f.organizationId),
              ),
            ),
        )
      : undefined,
    f.overdue === 'true' ? overdue : undefined,
    f.overdue === 'false' && overdue ? not(overdue) : undefined,
    f.q
      ? or(
          ilike(recommendations.reference, `%${f.q}%`),
          ilike(recommendations.text, `%${f.q}%`),
          ilike(recommendations.owner, `%${f.q}%`),
        )
      : undefined,
  ];
  return out.filter((x): x is SQL => x !== undefined);
}

/** The rows (a page, or one) with their addressees. */
async function withAddressees(
  ex: Executor,
  rows: (typeof recommendations.$inferSelect)[],
): Promise<RecommendationRow[]> {
  const ids = rows.map((r) => r.id);
  const links =
    rows.length === 0
      ? []
      : await ex
          .select({
            recommendationId: recommendationAddressees.recommendationId,
            id: organizations.id,
            code: organizations.code,
            name: organizations.name,
          })
          .from(recommendationAddressees)
          .innerJoin(organizations, eq(organizations.id, recommendationAddressees.organizationId))
          .where(inArray(recommendationAddressees.recommendationId, ids))
          .orderBy(asc(organizations.code));
  // Grouped once (not a filter of every link per row: quadratic in the number of recommendations).
  const byRecommendation = groupBy(links, (l) => l.recommendationId);
  return rows.map((r) => ({
    ...r,
    body: r.body as RecommendationBody,
    status: r.status as RecommendationStatus,
    addressees: (byRecommendation.get(r.id) ?? []).map(({ id, code, name }) => ({
      id,
      code,
      name,
    })),
  }));
}

export async function listRecommendations(
  ex: Executor,
  actor: Actor,
  f: RecommendationListFilter,
  today: string,
) {
  const where = and(recommendationScope(ex, actor), ...filters(ex, f, today));
  const [rows, [total]] = await Promise.all([
    ex
      .select()
      .from(recommendations)
      .where(where)
      .orderBy(sql`${recommendations.deadline} asc nulls last`, desc(recommendations.issuedOn))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    ex.select({ n: count() }).from(recommendations).where(where),
  ]);
  return { items: await withAddressees(ex, rows), total: total?.n ?? 0 };
}

/**
 * What the implementation rates need of every recommendation the actor may read: body, status,
 * deadline and the codes of the organizations it is addressed to, with how many recommendations
 * share all four (a headquarters request covers every country: 4,000 recommendations in the
 * world benchmark come back as a few hundred rows), in one statement.
 */
export async function recommendationsForRates(
  ex: Executor,
  actor: Actor,
  countryId?: string,
): Promise<RecommendationForRate[]> {
  const each = ex
    .select({
      body: recommendations.body,
      status: recommendations.status,
      deadline: recommendations.deadline,
      addressees: sql<
        string[]
      >`array_remove(array_agg(${organizations.code} order by ${organizations.code}), null)`.as(
        'addressees',
      ),
    })
    .from(recommendations)
    .leftJoin(
      recommendationAddressees,
      eq(recommendationAddressees.recommendationId, recommendations.id),
    )
    .leftJoin(organizations, eq(organizations.id, recommendationAddressees.organizationId))
    .where(
      and(
        recommendationScope(ex, actor),
        countryId ? eq(recommendations.countryId, countryId) : undefined,
      ),
    )
    .groupBy(recommendations.id)
    .as('each');
  const rows = await ex
    .select({
      body: each.body,
      status: each.status,
      deadline: each.deadline,
      addressees: each.addressees,
      count: sql<number>`count(*)::int`,
    })
    .from(each)
    .groupBy(each.body, each.status, each.deadline, each.addressees);
  return rows.map((r) => ({
    ...r,
    body: r.body as RecommendationBody,
    status: r.status as RecommendationStatus,
  }));
}

export async function findRecommendation(ex: Executor, actor: Actor, id: string) {
  const rows = await ex
    .select()
    .from(recommendations)
    .where(and(eq(recommendations.id, id), recommendationScope(ex, actor)));
  const [row] = await withAddressees(ex, rows);
  return row;
}

export async function historyOf(ex: Executor, id: string) {
  return ex
    .select({
      fromStatus: recommendationStatusHistory.fromStatus,
      toStatus: recommendationStatusHistory.toStatus,
      note: recommendationStatusHistory.note,
      changedBy: recommendationStatusHistory.changedBy,
      changedAt: recommendationStatusHistory.changedAt,
    })
    .from(recommendationStatusHistory)
    .where(eq(recommendationStatusHistory.recommendationId, id))
    .orderBy(asc(recommendationStatusHistory.changedAt), asc(recommendationStatusHistory.id));
}

export async function evidenceOf(ex: Executor, id: string) {
  return ex
    .select({
      id: recommendationEvidence.id,
      description: recommendationEvidence.description,
      url: recommendationEvidence.url,
      documentId: recommendationEvidence.documentId,
      addedBy: recommendationEvidence.addedBy,
      createdAt: recommendationEvidence.createdAt,
    })
    .from(recommendationEvidence)
    .where(eq(recommendationEvidence.recommendationId, id))
    .orderBy(asc(recommendationEvidence.createdAt));
}

type RecommendationFields = Omit<typeof recommendations.$inferInsert, 'id'>;

export async function insertRecommendation(ex: Executor, values: RecommendationFields) {
  const [row] = await ex.insert(recommendations).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateRecommendation(
  ex: Executor,
  id: string,
  fields: Partial<RecommendationFields>,
) {
  const [row] = await ex
    .update(recommendations)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(recommendations.id, id))
    .returning();
  return row;
}

export async function insertAddressees(
  ex: Executor,
  recommendationId: string,
  organizationIds: readonly string[],
) {
  await ex
    .insert(recommendationAddressees)
    .values(organizationIds.map((organizationId) => ({ recommendationId, organizationId })));
}

export async function replaceAddressees(
  ex: Executor,
  recommendationId: string,
  organizationIds: readonly string[],
) {
  await ex
    .delete(recommendationAddressees)
    .where(eq(recommendationAddressees.recommendationId, recommendationId));
  await insertAddressees(ex, recommendationId, organizationIds);
}

export async function insertStatusChange(
  ex: Executor,
  values: typeof recommendationStatusHistory.$inferInsert,
) {
  await ex.insert(recommendationStatusHistory).values(values);
}

export async function insertEvidence(
  ex: Executor,
  values: typeof recommendationEvidence.$inferInsert,
) {
  const [row] = await ex.insert(recommendationEvidence).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}
