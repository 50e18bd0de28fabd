import { Column, is, SQL, sql, type GetColumnData } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';
import { executePreparedQuery, statementTemplate } from './prepared.ts';
import { renderStatement } from './render.ts';

/**
 * Several reads in one statement. A page that needs a request, its legs, its places and names
 * paid a round trip for each: on a 2-core host every statement is a socket write, a wake-up of a
 * PostgreSQL backend and a result to parse, and these, not the reads themselves, were most of the
 * page's time. A part is a scalar subquery that returns its rows as JSON (`json_build_object` of
 * named fields); `readParts` selects every part in one statement (prepared, so planned once per
 * connection) and decodes each row back as drizzle would (`mapFromDriverValue` of each column,
 * an `sql<T>` field as its JSON value: write it so that its JSON is a T). Keep a part's fields in
 * a constant: a field list without parameters is then rendered to text once.
 */

type Field = Column | SQL;
export type Fields = Record<string, Field>;
type ValueOf<F> = F extends Column ? GetColumnData<F> : F extends SQL<infer T> ? T : never;
export type Decoded<F extends Fields> = { [K in keyof F]: ValueOf<F[K]> };

export interface Part<T> {
  readonly sql: SQL;
  decode(value: unknown): T;
}
export type PartsRead<P> = { [K in keyof P]: P[K] extends Part<infer T> ? T : never };

const dialect = new PgDialect();
/**
 * Field lists without parameters, rendered to text once: building SQL text was a third of a page
 * read. A list is rendered when it is seen a second time, so one made afresh per call costs
 * nothing more.
 */
const rendered = new WeakMap<Fields, SQL | 'seen' | 'no'>();

function objectOf(fields: Fields): SQL {
  const known = rendered.get(fields);
  if (known !== undefined && known !== 'seen' && known !== 'no') return known;
  const built = buildObject(fields);
  if (known === undefined) rendered.set(fields, 'seen');
  else if (known === 'seen') {
    const query = dialect.sqlToQuery(built);
    rendered.set(fields, query.params.length === 0 ? sql.raw(query.sql) : 'no');
  }
  return built;
}

function buildObject(fields: Fields): SQL {
  const pairs = Object.entries(fields).map(([key, field]) => {
    if (!/^\w+$/.test(key)) throw new Error(`part field name: ${key}`);
    return sql`${sql.raw(`'${key}'`)}, ${field}`;
  });
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

function decodeRow<F extends Fields>(fields: F, value: Record<string, unknown>): Decoded<F> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    const v = value[key] ?? null;
    if (v === null) out[key] = null;
    else if (is(field, Column))
      // JSON values are already what the application holds.
      out[key] =
        field.columnType === 'PgJson' || field.columnType === 'PgJsonb'
          ? v
          : field.mapFromDriverValue(v);
    else out[key] = v;
  }
  return out as Decoded<F>;
}

/** The rows of `from` (a FROM … WHERE … clause), with `fields`, in `orderBy` order. */
export function rowsPart<F extends Fields>(
  fields: F,
  from: SQL,
  orderBy?: SQL,
): Part<Decoded<F>[]> {
  const order = orderBy ? sql` order by ${orderBy}` : sql``;
  return {
    sql: sql`(select coalesce(json_agg(${objectOf(fields)}${order}), '[]'::json) ${from})`,
    decode: (value) => (value as Record<string, unknown>[]).map((row) => decodeRow(fields, row)),
  };
}

/** The first row of `from` (a FROM … WHERE … clause that finds at most one), or null. */
export function rowPart<F extends Fields>(fields: F, from: SQL): Part<Decoded<F> | null> {
  return {
    sql: sql`(select ${objectOf(fields)} ${from} limit 1)`,
    decode: (value) =>
      value === null ? null : decodeRow(fields, value as Record<string, unknown>),
  };
}

function statementOf(parts: Record<string, Part<unknown>>): SQL {
  const columns = Object.entries(parts).map(([key, part]) => {
    if (!/^\w+$/.test(key)) throw new Error(`part name: ${key}`);
    return sql`${part.sql} as ${sql.raw(`"${key}"`)}`;
  });
  return sql`select ${sql.join(columns, sql`, `)}`;
}

function decoded<P extends Record<string, Part<unknown>>>(
  parts: P,
  row: Record<string, unknown> | undefined,
): PartsRead<P> {
  const out: Record<string, unknown> = {};
  for (const [key, part] of Object.entries(parts)) {
    const value = row?.[key] ?? null;
    out[key] = part.decode(typeof value === 'string' ? JSON.parse(value) : value);
  }
  return out as PartsRead<P>;
}

/** Every part, in one statement. */
export async function readParts<P extends Record<string, Part<unknown>>>(
  ex: Executor,
  parts: P,
): Promise<PartsRead<P>> {
  const [row] = await executePreparedQuery<Record<string, unknown>>(
    ex,
    renderStatement(statementOf(parts)),
  );
  return decoded(parts, row);
}

/**
 * `readParts` of parts built with placeholders for every value that changes from one call to the
 * next (see `statementTemplate`): built and rendered once per `key`, then only filled with
 * `values`. For a hot page whose statement is large, where building and rendering the text cost
 * more than the reads.
 */
export async function readPartsTemplate<P extends Record<string, Part<unknown>>>(
  ex: Executor,
  key: string,
  build: () => P,
  values: Record<string, unknown>,
): Promise<PartsRead<P>> {
  const { kept: parts, ...query } = statementTemplate(
    key,
    () => {
      const kept = build();
      return { statement: statementOf(kept), kept };
    },
    values,
  );
  const [row] = await executePreparedQuery<Record<string, unknown>>(ex, query);
  return decoded(parts, row);
}
