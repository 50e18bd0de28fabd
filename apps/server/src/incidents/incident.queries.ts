import { addDays, crossTab, INCIDENT_CATEGORIES } from '@fieldsafe/core';
import {
  and,
  desc,
  eq,
  gte,
  ilike,
  lt,
  lte,
  ne,
  or,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import type { RequestActor } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import { incidents, incidentStats, incidentStatsDelta } from '../db/schema/index.ts';
import type { IncidentFilter } from './incident.schema.ts';

type Col = AnyColumn;

/**
 * The information-sharing rule on any table with these columns:
 * public — every signed-in user; internal — also everyone whose duty station is in the country;
 * restricted — those who read incidents there (security professionals, DO, SMT, representatives);
 * confidential — those who manage incidents there.
 */
function classificationVisible(
  actor: RequestActor,
  c: { classification: Col; countryId: Col; areaId: Col; organizationId: Col },
): SQL {
  const keys = { countryId: c.countryId, areaId: c.areaId, organizationId: c.organizationId };
  const home = actor.homeCountryId ? eq(c.countryId, actor.homeCountryId) : sql`false`;
  return (
    or(
      eq(c.classification, 'public'),
      and(eq(c.classification, 'internal'), or(home, scopeWhere(actor, 'incident.read', keys))),
      and(eq(c.classification, 'restricted'), scopeWhere(actor, 'incident.read', keys)),
      and(eq(c.classification, 'confidential'), scopeWhere(actor, 'incident.manage', keys)),
    ) ?? sql`false`
  );
}

/** What an actor may read: by classification and scope; drafts by their reporter only; one's own reports always. */
export function incidentVisible(actor: RequestActor): SQL {
  const mine = eq(incidents.reportedBy, actor.userId);
  return (
    or(mine, and(ne(incidents.status, 'draft'), classificationVisible(actor, incidents))) ??
    sql`false`
  );
}

function filters(f: Partial<IncidentFilter>): (SQL | undefined)[] {
  const like = f.q ? `%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : undefined;
  return [
    f.countryId ? eq(incidents.countryId, f.countryId) : undefined,
    f.organizationId ? eq(incidents.organizationId, f.organizationId) : undefined,
    f.category ? eq(incidents.category, f.category) : undefined,
    f.status ? eq(incidents.status, f.status) : undefined,
    f.from ? gte(incidents.occurredAt, new Date(`${f.from}T00:00:00Z`)) : undefined,
    f.to ? lt(incidents.occurredAt, new Date(`${addDays(f.to, 1)}T00:00:00Z`)) : undefined,
    like
      ? or(
          ilike(incidents.title, like),
          ilike(incidents.narrative, like),
          ilike(incidents.place, like),
        )
      : undefined,
  ];
}

export async function listIncidents(ex: Executor, actor: RequestActor, f: IncidentFilter) {
  const where = and(incidentVisible(actor), ...filters(f));
  const [items, [total]] = await Promise.all([
    ex
      .select()
      .from(incidents)
      .where(where)
      .orderBy(desc(incidents.occurredAt), desc(incidents.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    ex
      .select({ n: sql<number>`count(*)::int` })
      .from(incidents)
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findIncident(ex: Executor, actor: RequestActor, id: string) {
  const [row] = await ex
    .select()
    .from(incidents)
    .where(and(eq(incidents.id, id), incidentVisible(actor)));
  return row;
}

/**
 * Category × year counts of what the actor may see (reported, not drafts), read from the
 * trigger-maintained aggregate (`incident_stats` and its not yet compacted `incident_stats_delta`). The measure is the number of personnel affected
 * (the unit of seed 003 Table 1) or the number of incidents.
 */
export async function incidentStatistics(
  ex: Executor,
  actor: RequestActor,
  q: {
    countryId?: string | undefined;
    organizationId?: string | undefined;
    fromYear: number;
    toYear: number;
    measure: 'personnel' | 'incidents';
  },
) {
  // Folded-in counts plus the deltas not folded in yet: always exact.
  const rows = (
    await Promise.all(
      [incidentStats, incidentStatsDelta].map((s) =>
        ex
          .select({
            category: s.category,
            year: s.year,
            count:
              q.measure === 'personnel'
                ? sql<number>`sum(${s.personnel})::int`
                : sql<number>`sum(${s.incidents})::int`,
          })
          .from(s)
          .where(
            and(
              classificationVisible(actor, s),
              gte(s.year, q.fromYear),
              lte(s.year, q.toYear),
              q.countryId ? eq(s.countryId, q.countryId) : undefined,
              q.organizationId ? eq(s.organizationId, q.organizationId) : undefined,
            ),
          )
          .groupBy(s.category, s.year),
      ),
    )
  ).flat();
  const years = Array.from({ length: q.toYear - q.fromYear + 1 }, (_, i) => q.fromYear + i);
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.category, (totals.get(r.category) ?? 0) + r.count);
  const present = new Set([...totals].filter(([, n]) => n !== 0).map(([c]) => c));
  const categories = INCIDENT_CATEGORIES.filter((c) => c.table1 || present.has(c.code));
  const tab = crossTab(
    rows,
    categories.map((c) => c.code),
    years,
  );
  return {
    measure: q.measure,
    ...tab,
    categories: categories.map(({ code, en, fr }) => ({ code, en, fr })),
  };
}
