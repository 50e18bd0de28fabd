import { and, desc, eq, lte, or } from 'drizzle-orm';
import type { Actor } from '@fieldsafe/core';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import { areas, securityLevelDecisions } from '../db/schema/index.ts';

export interface LevelDecisionRow {
  areaId: string | null;
  areaName: string | null;
  scale: string;
  level: string;
  effectiveFrom: string;
}

/**
 * The decisions of a country already in effect on `day`, newest first, that the actor may read:
 * through risk information or through `security_level.read` (everyone in their duty station's
 * country). Only what a person needs to know, never the reasons.
 */
export function levelDecisionsInEffect(
  ex: Executor,
  actor: Actor,
  countryId: string,
  day: string,
): Promise<LevelDecisionRow[]> {
  const columns = {
    countryId: securityLevelDecisions.countryId,
    areaId: securityLevelDecisions.areaId,
  };
  return ex
    .select({
      areaId: securityLevelDecisions.areaId,
      areaName: areas.name,
      scale: securityLevelDecisions.scale,
      level: securityLevelDecisions.level,
      effectiveFrom: securityLevelDecisions.effectiveFrom,
    })
    .from(securityLevelDecisions)
    .leftJoin(areas, eq(areas.id, securityLevelDecisions.areaId))
    .where(
      and(
        eq(securityLevelDecisions.countryId, countryId),
        lte(securityLevelDecisions.effectiveFrom, day),
        or(
          scopeWhere(actor, 'risk.read', columns),
          scopeWhere(actor, 'security_level.read', columns),
        ),
      ),
    )
    .orderBy(desc(securityLevelDecisions.effectiveFrom), desc(securityLevelDecisions.createdAt));
}
