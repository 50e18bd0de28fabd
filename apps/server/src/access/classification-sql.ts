import {
  CLASSIFICATIONS,
  levelRequirement,
  type Actor,
  type ClassifiedPermissions,
} from '@fieldsafe/core';
import { and, eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { scopeWhere, type ScopeColumns } from './scope-sql.ts';

/**
 * The information-sharing rule of packages/core (`levelRequirement`) as a WHERE clause on any
 * table with a `classification` column and the keys access rules look at.
 */
export function classificationVisible(
  actor: Actor,
  p: ClassifiedPermissions,
  c: ScopeColumns & { classification: AnyColumn; countryId: AnyColumn },
): SQL {
  const { classification, ...keys } = c;
  const home = actor.homeCountryId ? eq(c.countryId, actor.homeCountryId) : sql`false`;
  const levels = CLASSIFICATIONS.map((level) => {
    const r = levelRequirement(level, p);
    const may =
      r.kind === 'anyone'
        ? sql`true`
        : r.kind === 'home-country-or'
          ? or(home, scopeWhere(actor, r.permission, keys))
          : or(...r.permissions.map((permission) => scopeWhere(actor, permission, keys)));
    return and(eq(classification, level), may);
  });
  return or(...levels) ?? sql`false`;
}
