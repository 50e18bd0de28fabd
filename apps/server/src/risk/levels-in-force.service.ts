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
  const seen = new Set<string>();
  const items = rows.filter((r) => {
    const place = r.areaId ?? 'country';
    if (seen.has(place)) return false;
    seen.add(place);
    return true;
  });
  return { items };
}
