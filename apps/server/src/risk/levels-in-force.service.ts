import { today, type RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { levelDecisionsInEffect, type LevelDecisionRow } from './levels-in-force.queries.ts';

/**
 * The security levels in force in a country, one per place (the country, then each area with its
 * own level): what every person at the duty station is kept informed of [002 Annex B, O. Wardens
 * ¶2; 000 §M b]. Read by anyone who may read security levels there; others get an empty list.
 */
export async function levelsInForce(
  db: Db,
  actor: RequestActor,
  countryId: string,
): Promise<{ items: LevelDecisionRow[] }> {
  const rows = await levelDecisionsInEffect(db, actor, countryId, today());
  const current = inForce(rows, today());
  return { items: rows.filter((_, i) => current[i]) };
}

/**
 * For decisions listed newest first: whether each is the one in force at its place (the
 * country, or its area) on `day` — the newest already in effect there.
 */
export function inForce(
  decisions: readonly { areaId: string | null; effectiveFrom: string }[],
  day: string,
): boolean[] {
  const seen = new Set<string>();
  return decisions.map((d) => {
    const place = d.areaId ?? 'country';
    const current = d.effectiveFrom <= day && !seen.has(place);
    if (current) seen.add(place);
    return current;
  });
}
