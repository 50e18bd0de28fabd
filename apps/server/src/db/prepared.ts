import { createHash } from 'node:crypto';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { type PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';
import { renderStatement } from './render.ts';

/** Statement text → its name; bounded, so that a statement with values inlined cannot grow it. */
const names = new Map<string, string>();
const MAX_NAMED = 64;

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

/** `executePrepared` of a statement already rendered to text and parameters. */
export async function executePreparedQuery<Row = Record<string, unknown>>(
  ex: Executor,
  query: { sql: string; params: unknown[] },
): Promise<Row[]> {
  let name = names.get(query.sql);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `fs_${createHash('sha1').update(query.sql).digest('hex').slice(0, 20)}`;
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
  const columns = getTableColumns(table);
  // The properties any row sets, in the table's column order.
  const props = Object.keys(columns).filter((p) =>
    rows.some((row) => (row as Record<string, unknown>)[p] !== undefined),
  );
  const names = sql.raw(props.map((p) => `"${columns[p]!.name}"`).join(', '));
  const records = rows.map((row) =>
    Object.fromEntries(
      props.map((p) => [columns[p]!.name, (row as Record<string, unknown>)[p] ?? null]),
    ),
  );
  return sql`insert into ${table} (${names})
    select ${names} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(records)}::jsonb)`;
}

/**
 * A PostgreSQL array literal of plain tokens (digits, hex hashes, channel names): no quoting
 * needed, so nothing that could hold a comma, a brace or a quote.
 */
export const pgArray = (items: readonly string[]) => `{${items.join(',')}}`;
