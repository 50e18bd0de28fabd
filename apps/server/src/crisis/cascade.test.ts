import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { buildPerson, buildWorld } from '../../test/factories.ts';
import { testDatabase } from '../../test/harness.ts';
import { namesAndPhones } from './cascade.queries.ts';

describe('the warden cascade', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
  });
  afterAll(async () => database.close());

  it('reads the names of more people than a statement may have parameters (65,535)', async () => {
    const w = await buildWorld(database.db);
    const person = await buildPerson(database.db, w, { station: w.city, zone: w.zone1 });
    const ids = [...Array.from({ length: 70_000 }, () => randomUUID()), person.id];
    const rows = await namesAndPhones(database.db, ids);
    expect(rows.map((r) => r.id)).toEqual([person.id]);
  });
});
