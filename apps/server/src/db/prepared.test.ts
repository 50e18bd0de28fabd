import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from '../../test/factories.ts';
import { testDatabase } from '../../test/harness.ts';
import type { Database } from './client.ts';
import { executePrepared, insertRowsSql } from './prepared.ts';
import { incidentPeople, incidents } from './schema/index.ts';

describe('rows inserted as one JSON parameter (insertRowsSql)', () => {
  let database: Database;
  let w: World;
  beforeAll(async () => {
    database = await testDatabase();
    w = await buildWorld(database.db, 'Rowland');
  });
  afterAll(() => database.close());

  it('writes the properties a row sets, with their types, and leaves the others to their column defaults', async () => {
    const id = crypto.randomUUID();
    const occurredAt = new Date('2026-11-20T10:00:00.123Z');
    await executePrepared(
      database.db,
      insertRowsSql(incidents, [
        {
          id,
          category: 'ROBBERY',
          nature: 'security',
          occurredAt,
          timeZone: 'UTC',
          countryId: w.country.id,
          latitude: 12.5,
          personnelAffected: 2,
          title: 'It’s "quoted" — and \\ escaped',
          narrative: 'Line one\nline two',
        },
      ]),
    );
    const [row] = await database.db.select().from(incidents).where(eq(incidents.id, id));
    expect(row).toMatchObject({
      occurredAt,
      latitude: 12.5,
      personnelAffected: 2,
      title: 'It’s "quoted" — and \\ escaped',
      narrative: 'Line one\nline two',
      // Not set: the column defaults.
      injuries: 0,
      classification: 'restricted',
      status: 'reported',
      version: 1,
      areaId: null,
    });
  });

  it('writes every property that any of several rows sets, null where a row leaves it out', async () => {
    const incidentId = crypto.randomUUID();
    await executePrepared(
      database.db,
      sql`with i as (${insertRowsSql(incidents, [
        {
          id: incidentId,
          category: 'ROBBERY',
          nature: 'security',
          occurredAt: new Date(),
          timeZone: 'UTC',
          countryId: w.country.id,
          title: 'Two people',
          narrative: '-',
        },
      ])}) ${insertRowsSql(incidentPeople, [
        { incidentId, kind: 'personnel', name: 'A. Named', outcome: 'injured' },
        { incidentId, kind: 'dependant', outcome: 'unharmed' },
      ])}`,
    );
    const rows = await database.db
      .select({ kind: incidentPeople.kind, name: incidentPeople.name })
      .from(incidentPeople)
      .where(eq(incidentPeople.incidentId, incidentId))
      .orderBy(incidentPeople.kind);
    expect(rows).toEqual([
      { kind: 'dependant', name: null },
      { kind: 'personnel', name: 'A. Named' },
    ]);
  });
});
