import { addDays, crossTab, INCIDENT_CATEGORIES, INCIDENT_PERMISSIONS } from '@fieldsafe/core';
import {
  and,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  or,
  sql,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import { today, type RequestActor } from '../access/actor.ts';
import { classificationVisible } from '../access/classification-sql.ts';
import type { auditRows } from '../audit/audit.service.ts';
import type { Statement } from '../db/batch.ts';
import type { Db, Executor } from '../db/client.ts';
import {
  bindValues,
  insertedProps,
  insertRowsSqlOf,
  rowsJson,
  statementTemplate,
} from '../db/prepared.ts';
import {
  appointments,
  auditLog,
  documents,
  incidentPeople,
  incidentRevisions,
  incidents,
  incidentStats,
  incidentStatsDelta,
} from '../db/schema/index.ts';
import { noticeSql, noticeValues, type NoticeValues } from '../messaging/queue.ts';
import { travellersAtQuery } from '../notifications/notification.queries.ts';
import {
  flagAssessmentsSql,
  flagValues,
  type FlagValues,
} from '../risk/review-triggers.queries.ts';
import type { IncidentFilter } from './incident.schema.ts';

export type IncidentRow = typeof incidents.$inferSelect;
type IncidentPersonInsert = Omit<typeof incidentPeople.$inferInsert, 'incidentId'>;
type AuditRow = ReturnType<typeof auditRows>[number];

/** What an actor may read: by classification and scope; drafts by their reporter only; one's own reports always. */
export function incidentVisible(actor: RequestActor): SQL {
  const mine = eq(incidents.reportedBy, actor.userId);
  return (
    or(
      mine,
      and(
        ne(incidents.status, 'draft'),
        classificationVisible(actor, INCIDENT_PERMISSIONS, incidents),
      ),
    ) ?? sql`false`
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
  // Folded-in counts plus the deltas not folded in yet: always exact. One statement (UNION ALL),
  // one round trip; a (category, year) present in both is summed by the cross-tab.
  const countsOf = (s: typeof incidentStats | typeof incidentStatsDelta) =>
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
          classificationVisible(actor, INCIDENT_PERMISSIONS, s),
          gte(s.year, q.fromYear),
          lte(s.year, q.toYear),
          q.countryId ? eq(s.countryId, q.countryId) : undefined,
          q.organizationId ? eq(s.organizationId, q.organizationId) : undefined,
        ),
      )
      .groupBy(s.category, s.year);
  const rows = await countsOf(incidentStats).unionAll(countsOf(incidentStatsDelta));
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

// ---- Writes and details ----

/** What the writes of `onReportedSql` carry: strings, or placeholders of them (see below). */
interface ReportedValues<V = string> {
  countryId: V;
  areaId: V | null;
  dutyStationId: V | null;
  /** Today: the appointments in force. */
  day: V;
  reported: NoticeValues<V>;
  /** The travellers' notice: with an area only. */
  nearby: NoticeValues<V> | null;
  flag: FlagValues<V>;
}

/** The values of `onReportedSql` for `r`, reported now. */
function reportedValues(r: IncidentRow): ReportedValues {
  const about = {
    params: { category: r.category, title: r.title },
    link: `/incidents/${r.id}`,
    cause: `incident:${r.id}`,
    countryId: r.countryId,
  };
  return {
    countryId: r.countryId,
    areaId: r.areaId ?? null,
    dutyStationId: r.dutyStationId ?? null,
    day: today(),
    reported: noticeValues({ ...about, name: 'incident.reported' }),
    nearby: r.areaId ? noticeValues({ ...about, name: 'incident.nearby' }) : null,
    flag: flagValues({
      code: 'incident',
      params: { date: r.occurredAt.toISOString().slice(0, 10), title: r.title },
    }),
  };
}

/**
 * What happens the moment an incident is reported: the DO and the CSA/CSFP of the country are
 * told at once (Framework, CSFP 5), the risk assessments of the place are flagged for review, and
 * every traveller at or bound for the area is told (the gap the JIU found, seed 003 ¶101).
 */
function onReportedSql(ex: Executor, v: ReportedValues<string | SQLWrapper>) {
  const holders = ex
    .select({ personId: appointments.personId })
    .from(appointments)
    .where(
      and(
        eq(appointments.countryId, v.countryId),
        inArray(appointments.role, ['DO', 'CSA', 'CSFP']),
        lte(appointments.startsOn, v.day),
        or(isNull(appointments.endsOn), gte(appointments.endsOn, v.day)),
      ),
    );
  // The DO and CSA/CSFP by every channel (an urgent notice); travellers in the app, and by
  // e-mail/SMS when they asked for it. Set-based steps of the report's one statement.
  const place = { countryId: v.countryId, areaId: v.areaId, dutyStationId: v.dutyStationId };
  const notices: SQLWrapper[] = noticeSql(holders, 'incident.reported', v.reported);
  if (v.areaId && v.nearby) {
    const travellers = travellersAtQuery(ex, { ...place, areaId: v.areaId }, v.day);
    notices.push(...noticeSql(travellers, 'incident.nearby', v.nearby));
  }
  const flag = flagAssessmentsSql(ex, place, v.flag, { keepExistingFlags: true });
  return { notices, flag };
}

/** `onReportedSql` run one by one in a transaction (a draft reported later); the ids flagged. */
export async function runOnReported(ex: Executor, r: IncidentRow): Promise<string[]> {
  const { notices, flag } = onReportedSql(ex, reportedValues(r));
  for (const n of notices) await ex.execute(n);
  return (await flag).map((f) => f.id);
}

/** The people, the revisions (newest first) and the attachments of an incident, in parallel. */
export function incidentDetails(ex: Executor, id: string) {
  return Promise.all([
    ex.select().from(incidentPeople).where(eq(incidentPeople.incidentId, id)),
    ex
      .select()
      .from(incidentRevisions)
      .where(eq(incidentRevisions.incidentId, id))
      .orderBy(desc(incidentRevisions.version)),
    ex
      .select({
        id: documents.id,
        filename: documents.filename,
        mediaType: documents.mediaType,
        size: documents.size,
        createdAt: documents.createdAt,
      })
      .from(documents)
      .where(eq(documents.incidentId, id))
      .orderBy(documents.createdAt),
  ]);
}

/** Stores an attachment of an incident; its description. */
export async function insertAttachment(ex: Executor, values: typeof documents.$inferInsert) {
  const [doc] = await ex.insert(documents).values(values).returning({
    id: documents.id,
    filename: documents.filename,
    mediaType: documents.mediaType,
    size: documents.size,
    createdAt: documents.createdAt,
    sha256: documents.sha256,
  });
  return doc;
}

/** The incident a user already reported from a device with this reference. */
export async function findByClientRef(ex: Executor, userId: string, clientRef: string) {
  const [seen] = await ex
    .select()
    .from(incidents)
    .where(and(eq(incidents.reportedBy, userId), eq(incidents.clientRef, clientRef)));
  return seen;
}

/**
 * One statement (data-modifying CTEs), atomic like a transaction: the incident, the people
 * affected, the notices, the review flags (when `submit`) and the audit row, in one round trip
 * instead of eight — under load every round trip of every report costs both cores a wake-up.
 * `commit` runs it: reports arriving together share a transaction (see `statementCommitter`).
 */
export async function insertIncidentReport(
  db: Db,
  commit: (statement: Statement) => Promise<void>,
  row: IncidentRow,
  affected: IncidentPersonInsert[],
  submit: boolean,
  audit: AuditRow,
) {
  await commit(incidentReportStatement(db, incidentReportValues(row, affected, submit, audit)));
}

/** What the report's statement carries: strings, or placeholders of them. */
interface ReportValues<V = string> {
  incident: V;
  people: V | null;
  reported: ReportedValues<V> | null;
  audit: Record<
    | 'at'
    | 'actorUserId'
    | 'actorLabel'
    | 'action'
    | 'entity'
    | 'entityId'
    | 'countryId'
    | 'organizationId'
    | 'after',
    V | null
  >;
}

/**
 * The statement of `insertIncidentReport`, rendered. Building it with drizzle cost a fifth of a
 * report's server CPU, so it is built with placeholders once per shape (the columns the report
 * sets, and which of its values are null), then only filled with this report's values.
 */
export function incidentReportStatement(
  db: Db,
  { columns, values }: ReturnType<typeof incidentReportValues>,
): { sql: string; params: unknown[] } {
  const { bound, fill, shape } = bindValues(values);
  const { sql: text, params } = statementTemplate(
    `incident report|${columns.incident.join(',')}|${columns.people.join(',')}|${shape}`,
    () => ({ statement: insertIncidentReportSql(db, columns, bound()), kept: null }),
    fill,
  );
  return { sql: text, params };
}

/** The columns a report sets and the values of its statement (see `insertIncidentReportSql`). */
export function incidentReportValues(
  row: IncidentRow,
  affected: IncidentPersonInsert[],
  submit: boolean,
  audit: AuditRow,
) {
  const people = affected.map((p) => ({ ...p, incidentId: row.id }));
  const columns = {
    incident: insertedProps(incidents, [row]),
    people: insertedProps(incidentPeople, people),
  };
  const values: ReportValues = {
    incident: rowsJson(incidents, columns.incident, [row]),
    people: people.length ? rowsJson(incidentPeople, columns.people, people) : null,
    reported: submit ? reportedValues(row) : null,
    audit: {
      at: audit.at,
      actorUserId: audit.actorUserId,
      actorLabel: audit.actorLabel,
      action: audit.action,
      entity: audit.entity,
      entityId: audit.entityId,
      countryId: audit.countryId,
      organizationId: audit.organizationId,
      after: JSON.stringify(audit.after),
    },
  };
  return { columns, values };
}

/** The report's one statement: the incident, the people, the notices, the flags, the audit row. */
export function insertIncidentReportSql(
  db: Db,
  columns: { incident: readonly string[]; people: readonly string[] },
  v: ReportValues<string | SQLWrapper>,
): SQL {
  const writes: SQLWrapper[] = [insertRowsSqlOf(incidents, columns.incident, v.incident)];
  if (v.people) writes.push(insertRowsSqlOf(incidentPeople, columns.people, v.people));
  const reported = v.reported ? onReportedSql(db, v.reported) : null;
  if (reported) writes.push(...reported.notices);
  const steps = writes.map((w, i) => sql`${sql.identifier(`w${i}`)} as (${w.getSQL()})`);
  if (reported) steps.push(sql`flagged as (${reported.flag.getSQL()})`);
  const flagged = reported
    ? sql`coalesce((select jsonb_agg(id) from flagged), '[]'::jsonb)`
    : sql`'[]'::jsonb`;
  const a = v.audit;
  return sql`
    with ${sql.join(steps, sql`, `)}
    insert into ${auditLog} (at, actor_user_id, actor_label, action, entity, entity_id,
                             country_id, organization_id, before, after)
    values (${a.at}, ${a.actorUserId}, ${a.actorLabel}, ${a.action},
            ${a.entity}, ${a.entityId}, ${a.countryId}, ${a.organizationId},
            null, ${a.after}::jsonb || jsonb_build_object('assessmentsFlaggedForReview', ${flagged}))`;
}

/** Keeps a version of an incident in its history. */
export async function insertRevision(ex: Executor, values: typeof incidentRevisions.$inferInsert) {
  await ex.insert(incidentRevisions).values(values);
}

/** Updates an incident if it is still at `version` (none returned otherwise). */
export async function updateIncidentAt(
  ex: Executor,
  id: string,
  version: number,
  set: Partial<typeof incidents.$inferInsert>,
) {
  const [row] = await ex
    .update(incidents)
    .set(set)
    .where(and(eq(incidents.id, id), eq(incidents.version, version)))
    .returning();
  return row;
}

/** Updates an incident whatever its version. */
export async function updateIncident(
  ex: Executor,
  id: string,
  set: Partial<typeof incidents.$inferInsert>,
) {
  const [row] = await ex.update(incidents).set(set).where(eq(incidents.id, id)).returning();
  return row;
}
