import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';

const dialect = new PgDialect();
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
  const query = dialect.sqlToQuery(statement);
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
