import { scopesFor, type Actor, type Permission, type Scope } from '@fieldsafe/core';
import { and, eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** The columns of a table that carry the keys access rules filter on. */
export interface ScopeColumns {
  countryId?: AnyColumn;
  areaId?: AnyColumn;
  zoneId?: AnyColumn;
  organizationId?: AnyColumn;
  personId?: AnyColumn;
}

const NOTHING = sql`false`;

function condition(scope: Scope, c: ScopeColumns): SQL {
  switch (scope.kind) {
    case 'system':
      return sql`true`;
    case 'organization':
      return c.organizationId ? eq(c.organizationId, scope.organizationId) : NOTHING;
    case 'organization-country':
      return c.organizationId && c.countryId
        ? (and(eq(c.organizationId, scope.organizationId), eq(c.countryId, scope.countryId)) ??
            NOTHING)
        : NOTHING;
    case 'country':
      return c.countryId ? eq(c.countryId, scope.countryId) : NOTHING;
    case 'area':
      return c.areaId ? eq(c.areaId, scope.areaId) : NOTHING;
    case 'zone':
      return c.zoneId ? eq(c.zoneId, scope.zoneId) : NOTHING;
    case 'self':
      return c.personId ? eq(c.personId, scope.personId) : NOTHING;
  }
}

/**
 * The WHERE clause that limits a query to what the actor may see with this permission.
 * Every list and read query goes through it, so scope lives inside the query.
 */
export function scopeWhere(actor: Actor, permission: Permission, columns: ScopeColumns): SQL {
  const scopes = scopesFor(actor, permission);
  if (scopes.length === 0) return NOTHING;
  if (scopes.some((s) => s.kind === 'system')) return sql`true`;
  return or(...scopes.map((s) => condition(s, columns))) ?? NOTHING;
}
