import {
  Column,
  isSQLWrapper,
  Name,
  Param,
  Placeholder,
  SQL,
  StringChunk,
  Subquery,
  Table,
  View,
  type SQLWrapper,
} from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

const dialect = new PgDialect();
// drizzle's own keys (table.ts, table.utils.ts), registered symbols.
const SCHEMA = Symbol.for('drizzle:Schema');
const NAME = Symbol.for('drizzle:Name');
const IS_ALIAS = Symbol.for('drizzle:IsAlias');
const quote = (name: string) => dialect.escapeName(name);

/** Thrown inside `renderFast` at a chunk it does not render itself: drizzle renders the statement. */
class Unsupported extends Error {}

function tableName(t: Table): string {
  const r = t as unknown as Record<symbol, unknown>;
  const schema = r[SCHEMA] as string | undefined;
  const name = quote(r[NAME] as string);
  return schema === undefined || r[IS_ALIAS] ? name : `${quote(schema)}.${name}`;
}

/**
 * `PgDialect.sqlToQuery` for the chunk kinds of our hot statements (text, names, tables,
 * columns, values, nested SQL and query builders), with `instanceof` where drizzle calls its
 * `is()` — a walk up the prototype chain for every kind a chunk is not, a fifth of an incident
 * report's server time. Anything else (placeholders, views, subqueries, enums, inlined params,
 * columns with casing) is left to drizzle: `null`.
 */
export function renderFast(statement: SQL): { sql: string; params: unknown[] } | null {
  const parts: string[] = [];
  const params: unknown[] = [];
  const walk = (chunks: readonly unknown[]): void => {
    for (const chunk of chunks) {
      if (chunk === undefined) continue;
      if (chunk instanceof StringChunk) {
        parts.push(...chunk.value);
      } else if (chunk instanceof SQL) {
        if ((chunk as unknown as { shouldInlineParams: boolean }).shouldInlineParams)
          throw new Unsupported();
        walk(chunk.queryChunks);
      } else if (chunk instanceof Param) {
        const value: unknown = chunk.value;
        if (value instanceof Placeholder) throw new Unsupported();
        const mapped: unknown = value === null ? null : chunk.encoder.mapToDriverValue(value);
        if (mapped instanceof SQL) throw new Unsupported();
        params.push(mapped);
        parts.push(`$${params.length}`);
      } else if (chunk instanceof Column) {
        if ((chunk as unknown as { keyAsName: boolean }).keyAsName) throw new Unsupported();
        parts.push(`${tableName(chunk.table)}.${quote(chunk.name)}`);
      } else if (chunk instanceof Table) {
        parts.push(tableName(chunk));
      } else if (chunk instanceof Name) {
        parts.push(quote(chunk.value));
      } else if (Array.isArray(chunk)) {
        parts.push('(');
        chunk.forEach((c, i) => {
          if (i > 0) parts.push(', ');
          walk([c]);
        });
        parts.push(')');
      } else if (typeof chunk === 'function') {
        throw new Unsupported(); // an enum
      } else if (
        chunk instanceof View ||
        chunk instanceof Subquery ||
        chunk instanceof SQL.Aliased ||
        chunk instanceof Placeholder
      ) {
        throw new Unsupported();
      } else if (isSQLWrapper(chunk)) {
        const wrapper = chunk as SQLWrapper & { shouldOmitSQLParens?: () => boolean };
        if (wrapper.shouldOmitSQLParens?.()) walk([wrapper.getSQL()]);
        else walk([new StringChunk('('), wrapper.getSQL(), new StringChunk(')')]);
      } else {
        params.push(chunk);
        parts.push(`$${params.length}`);
      }
    }
  };
  try {
    walk([statement]);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  return { sql: parts.join(''), params };
}

/** Statement text → whether `renderFast` rendered it as drizzle does; bounded. */
const checked = new Map<string, boolean>();
const MAX_CHECKED = 256;

/**
 * A statement's text and parameters, as `PgDialect.sqlToQuery` gives them. The fast rendering
 * is used for a statement text only once drizzle has rendered that text the same way (the
 * first time it is seen); a text that differs, or any text once the bounded list of checked
 * texts is full, is rendered by drizzle.
 */
export function renderStatement(statement: SQL): { sql: string; params: unknown[] } {
  const fast = renderFast(statement);
  if (!fast) return dialect.sqlToQuery(statement);
  const known = checked.get(fast.sql);
  if (known === true) return fast;
  const slow = dialect.sqlToQuery(statement);
  if (known === undefined && checked.size < MAX_CHECKED)
    checked.set(fast.sql, slow.sql === fast.sql && sameParams(slow.params, fast.params));
  return slow;
}

const sameParams = (a: unknown[], b: unknown[]) =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
