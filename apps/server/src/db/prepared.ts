import { createHash } from 'node:crypto';
import {
  fillPlaceholders,
  getTableColumns,
  sql,
  type Placeholder,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import { PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';
import { renderStatement } from './render.ts';

/** Statement text → its name; bounded, so that a statement with values inlined cannot grow it. */
const names = new Map<string, string>();
const MAX_NAMED = 64;
const dialect = new PgDialect();

/**
 * Runs a write built with drizzle as a named prepared statement. A hot statement of several
 * steps (an incident report: the incident, its notices, the review flags, the audit row) costs
 * PostgreSQL more to plan than to run; named, each pooled connection plans it once and then
 * reuses the plan. The name is derived from the text, so two shapes of a statement (with and
 * without an area, say) are two statements. Resolves with the rows the statement returns, as
 * the driver gives them (column names as written in the statement).
 */
export async function executePrepared<Row = Record<string, unknown>>(
  ex: Executor,
  statement: SQL,
): Promise<Row[]> {
  return executePreparedQuery<Row>(ex, renderStatement(statement));
}

/** The name a statement is prepared under, derived from its text. */
export function statementName(text: string): string {
  return `fs_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
}

/** `executePrepared` of a statement already rendered to text and parameters. */
export async function executePreparedQuery<Row = Record<string, unknown>>(
  ex: Executor,
  query: { sql: string; params: unknown[] },
): Promise<Row[]> {
  let name = names.get(query.sql);
  if (name === undefined && names.size < MAX_NAMED) {
    name = statementName(query.sql);
    names.set(query.sql, name);
  }
  const result = (await ex._.session.prepareQuery(query, undefined, name, false).execute()) as {
    rows: Row[];
  };
  return result.rows;
}

/**
 * An INSERT of rows of `table` with their values in one JSON parameter
 * (`jsonb_populate_recordset`), for a hot path: drizzle's `insert().values()` builds a chunk per
 * column and value and walks them all on every call — a fifth of an incident report's server time.
 * Only the properties the rows set are written (the others take their column defaults; a property
 * that some rows set and others leave out is null in those); values must be JSON-representable
 * scalars (text, numbers, booleans, uuids, dates as ISO strings).
 */
export function insertRowsSql<T extends PgTable>(
  table: T,
  rows: readonly Partial<T['$inferInsert']>[],
): SQL {
  const props = insertedProps(table, rows);
  return insertRowsSqlOf(table, props, rowsJson(table, props, rows));
}

/** The properties any of `rows` sets, in the table's column order (see `insertRowsSql`). */
export function insertedProps<T extends PgTable>(
  table: T,
  rows: readonly Partial<T['$inferInsert']>[],
): string[] {
  return Object.keys(getTableColumns(table)).filter((p) =>
    rows.some((row) => (row as Record<string, unknown>)[p] !== undefined),
  );
}

/** The JSON parameter of `insertRowsSql`: the rows' values of `props`, by column name. */
export function rowsJson<T extends PgTable>(
  table: T,
  props: readonly string[],
  rows: readonly Partial<T['$inferInsert']>[],
): string {
  const columns = getTableColumns(table);
  return JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(
        props.map((p) => [columns[p]!.name, (row as Record<string, unknown>)[p] ?? null]),
      ),
    ),
  );
}

/** `insertRowsSql` of `props`, with the rows' JSON given (or a placeholder of it). */
export function insertRowsSqlOf<T extends PgTable>(
  table: T,
  props: readonly string[],
  json: string | SQLWrapper,
): SQL {
  const columns = getTableColumns(table);
  const names = sql.raw(props.map((p) => `"${columns[p]!.name}"`).join(', '));
  return sql`insert into ${table} (${names})
    select ${names} from jsonb_populate_recordset(null::${table}, ${json}::jsonb)`;
}

/** Values with every string, number, boolean or date replaced by a placeholder. */
export type Bound<T> = T extends string | number | boolean | Date
  ? Placeholder
  : T extends null | undefined
    ? T
    : { [K in keyof T]: Bound<T[K]> };

/**
 * The values of a statement built once per shape (see `statementTemplate`): `fill` has each
 * value by its path, and `shape` lists the paths of the nulls (a builder may leave out what it
 * would do with a null, so they shape the text). `bound()` gives the values with a placeholder,
 * named by its path, for each; it is only called when the template is built, so a call that
 * finds its template walks the values once, without building placeholders.
 */
export function bindValues<T>(values: T): {
  bound: () => Bound<T>;
  fill: Record<string, unknown>;
  shape: string;
} {
  const fill: Record<string, unknown> = {};
  const nulls: string[] = [];
  const isBranch = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !(v instanceof Date);
  const flatten = (v: unknown, path: string): void => {
    if (v === null || v === undefined) nulls.push(path);
    else if (isBranch(v)) for (const k of Object.keys(v)) flatten(v[k], path ? `${path}.${k}` : k);
    else fill[path] = v;
  };
  flatten(values, '');
  const place = (v: unknown, path: string): unknown => {
    if (v === null || v === undefined) return v;
    if (isBranch(v))
      return Object.fromEntries(
        Object.keys(v).map((k) => [k, place(v[k], path ? `${path}.${k}` : k)]),
      );
    return sql.placeholder(path);
  };
  return { bound: () => place(values, '') as Bound<T>, fill, shape: nulls.join(',') };
}

/** Statements rendered once, by the key their builder was given; bounded. */
const templates = new Map<string, { sql: string; params: unknown[]; kept: unknown }>();
const MAX_TEMPLATES = 128;

/**
 * A statement built with placeholders (`sql.placeholder(name)`, see `bindValues`) for every
 * value that changes from one call to the next: built and rendered once per `key` (which must
 * name everything that shapes the text), then only filled with `fill`. For a hot statement that
 * costs more to build than PostgreSQL takes to run it (an incident report, a large page).
 * `kept` is whatever the builder returned beside the statement, from the first call.
 */
export function statementTemplate<T>(
  key: string,
  build: () => { statement: SQL; kept: T },
  fill: Record<string, unknown>,
): { sql: string; params: unknown[]; kept: T } {
  let template = templates.get(key);
  if (!template) {
    const { statement, kept } = build();
    template = { ...dialect.sqlToQuery(statement), kept };
    if (templates.size < MAX_TEMPLATES) templates.set(key, template);
  }
  return {
    sql: template.sql,
    params: fillPlaceholders(template.params, fill),
    kept: template.kept as T,
  };
}

/**
 * A PostgreSQL array literal of plain tokens (digits, hex hashes, channel names): no quoting
 * needed, so nothing that could hold a comma, a brace or a quote.
 */
export const pgArray = (items: readonly string[]) => `{${items.join(',')}}`;
