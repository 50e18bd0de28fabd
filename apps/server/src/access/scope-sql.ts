import { scopesFor, type Actor, type Permission, type Scope } from '@fieldsafe/core';
import { and, eq, or, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';

/** The columns of a table that carry the keys access rules filter on. */
export interface ScopeColumns {
  countryId?: AnyColumn;
  areaId?: AnyColumn;
  zoneId?: AnyColumn;
  organizationId?: AnyColumn;
  personId?: AnyColumn;
}

const NOTHING = sql`false`;

/** A key as a value, or as a placeholder that a cached statement fills (`scopeWhereTemplate`). */
type Bind = (key: string) => string | SQLWrapper;

function condition(scope: Scope, c: ScopeColumns, bind: Bind): SQL {
  switch (scope.kind) {
    case 'system':
      return sql`true`;
    case 'organization':
      return c.organizationId ? eq(c.organizationId, bind(scope.organizationId)) : NOTHING;
    case 'organization-country':
      return c.organizationId && c.countryId
        ? (and(
            eq(c.organizationId, bind(scope.organizationId)),
            eq(c.countryId, bind(scope.countryId)),
          ) ?? NOTHING)
        : NOTHING;
    case 'country':
      return c.countryId ? eq(c.countryId, bind(scope.countryId)) : NOTHING;
    case 'area':
      return c.areaId ? eq(c.areaId, bind(scope.areaId)) : NOTHING;
    case 'zone':
      return c.zoneId ? eq(c.zoneId, bind(scope.zoneId)) : NOTHING;
    case 'self':
      return c.personId ? eq(c.personId, bind(scope.personId)) : NOTHING;
  }
}

/**
 * The WHERE clause that limits a query to what the actor may see with this permission.
 * Every list and read query goes through it, so scope lives inside the query.
 */
export function scopeWhere(actor: Actor, permission: Permission, columns: ScopeColumns): SQL {
  return anyOf(scopesFor(actor, permission), columns, (key) => key);
}

function anyOf(scopes: readonly Scope[], columns: ScopeColumns, bind: Bind): SQL {
  if (scopes.length === 0) return NOTHING;
  if (scopes.some((s) => s.kind === 'system')) return sql`true`;
  return or(...scopes.map((s) => condition(s, columns, bind))) ?? NOTHING;
}

/**
 * `scopeWhere` with the actor's keys as placeholders (`${prefix}0`, `${prefix}1`…): the same text
 * for every actor whose scopes are of the same kinds, in order (`shape`), so that a statement
 * built with it can be rendered once and cached by its shape; `values` fill the placeholders.
 */
export function scopeWhereTemplate(
  actor: Actor,
  permission: Permission,
  columns: ScopeColumns,
  prefix: string,
): { where: SQL; shape: string; values: Record<string, string> } {
  const scopes = scopesFor(actor, permission);
  const values: Record<string, string> = {};
  const bind: Bind = (key) => {
    const name = `${prefix}${Object.keys(values).length}`;
    values[name] = key;
    return sql.placeholder(name);
  };
  // The kinds in order decide the text (a system scope makes it `true` whatever else is there).
  const shape = scopes.map((s) => s.kind).join(',') || 'none';
  return { where: anyOf(scopes, columns, bind), shape, values };
}
