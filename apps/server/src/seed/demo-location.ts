import { and, eq } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import { areas, countries, locationActivations } from '../db/schema/index.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * Demo precise location: one activation ended early last month (Eastern Lakes, after a convoy
 * was stopped), and one in force for the Northern Highlands floods, activated by the DO with the
 * crisis. Idempotent: does nothing when the demo country has activations.
 */
export async function seedDemoLocation(db: Db): Promise<void> {
  const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!country) return;
  const [existing] = await db
    .select({ id: locationActivations.id })
    .from(locationActivations)
    .where(eq(locationActivations.countryId, country.id))
    .limit(1);
  if (existing) return;
  const areaId = async (name: string) => {
    const [a] = await db
      .select({ id: areas.id })
      .from(areas)
      .where(and(eq(areas.countryId, country.id), eq(areas.name, name)));
    return a?.id ?? null;
  };
  const lakes = await areaId('Eastern Lakes');
  const north = await areaId('Northern Highlands');
  if (!lakes || !north) return;
  const now = Date.now();
  await db.transaction(async (tx) => {
    const rows = await tx
      .insert(locationActivations)
      .values([
        {
          countryId: country.id,
          areaId: lakes,
          startsAt: new Date(now - 32 * DAY),
          endsAt: new Date(now - 25 * DAY),
          endedAt: new Date(now - 29 * DAY),
          endedBy: 'Designated Official (demo)',
          reason:
            'Convoy stopped at a checkpoint on the Lira Bay road: locate the teams in the field',
          activatedBy: 'Designated Official (demo)',
        },
        {
          countryId: country.id,
          areaId: north,
          startsAt: new Date(now - 2 * HOUR),
          endsAt: new Date(now + 3 * DAY),
          reason: 'Flash floods in the Northern Highlands: locate those who ask for help',
          activatedBy: 'Designated Official (demo)',
        },
      ])
      .returning();
    for (const row of rows) {
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: 'location.activate',
        entity: 'location_activation',
        entityId: row.id,
        countryId: country.id,
        after: row,
      });
      if (row.endedAt)
        await recordAudit(tx, SYSTEM_ACTOR, {
          action: 'location.end',
          entity: 'location_activation',
          entityId: row.id,
          countryId: country.id,
          after: { endedAt: row.endedAt, endedBy: row.endedBy },
        });
    }
  });
}
