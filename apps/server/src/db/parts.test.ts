import { eq, getTableColumns, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildUser, buildWorld, type World } from '../../test/factories.ts';
import { testDatabase } from '../../test/harness.ts';
import type { Database } from './client.ts';
import { readParts, rowPart, rowsPart } from './parts.ts';
import { executePrepared, insertRowsSql } from './prepared.ts';
import { incidents, people, travelRequests } from './schema/index.ts';

const incidentColumns = getTableColumns(incidents);
const requestColumns = getTableColumns(travelRequests);

describe('several reads in one statement (readParts)', () => {
  let database: Database;
  let w: World;
  beforeAll(async () => {
    database = await testDatabase();
    w = await buildWorld(database.db, 'Partland');
  });
  afterAll(() => database.close());

  it('decodes every column of a row as drizzle’s own select does (times, dates, numbers, JSON, nulls)', async () => {
    const id = crypto.randomUUID();
    await executePrepared(
      database.db,
      insertRowsSql(incidents, [
        {
          id,
          category: 'ROBBERY',
          nature: 'security',
          occurredAt: new Date('2026-11-20T10:00:00.123Z'),
          timeZone: 'UTC',
          countryId: w.country.id,
          latitude: 12.5,
          personnelAffected: 2,
          title: 'It’s "quoted"',
          narrative: 'Line one\nline two',
        },
      ]),
    );
    const staff = await buildUser(database.db, w, 'staff');
    const requestId = crypto.randomUUID();
    await database.db.insert(travelRequests).values({
      id: requestId,
      personId: staff.person.id,
      organizationId: w.orgA.id,
      countryId: w.country.id,
      areaId: w.capital.id,
      purpose: 'mission',
      status: 'pending',
      outcome: 'refer',
      reasons: [{ code: 'SL', legIndex: 0, details: { level: 4 } }],
      evaluatedOn: '2026-12-01',
      startsOn: '2027-01-02',
      endsOn: '2027-01-05',
    });
    const read = await readParts(database.db, {
      incident: rowPart(incidentColumns, sql`from ${incidents} where ${incidents.id} = ${id}`),
      request: rowPart(
        requestColumns,
        sql`from ${travelRequests} where ${travelRequests.id} = ${requestId}`,
      ),
    });
    const [incident] = await database.db.select().from(incidents).where(eq(incidents.id, id));
    const [request] = await database.db
      .select()
      .from(travelRequests)
      .where(eq(travelRequests.id, requestId));
    expect(read.incident).toEqual(incident);
    expect(read.request).toEqual(request);
    expect(read.incident?.occurredAt).toBeInstanceOf(Date);
  });

  it('gives a list in its order, an empty list for no rows and null for no row', async () => {
    const fields = { name: sql<string>`${people.givenName} || ' ' || ${people.familyName}` };
    for (const [givenName, familyName] of [
      ['Bea', 'Zed'],
      ['Ann', 'Young'],
    ])
      await buildPerson(database.db, w, { givenName, familyName, station: w.town });
    const atStation = (stationId: string) =>
      sql`from ${people} where ${people.dutyStationId} = ${stationId} and ${people.givenName} in ('Ann', 'Bea')`;
    const read = await readParts(database.db, {
      names: rowsPart(fields, atStation(w.town.id), sql`${people.givenName}`),
      none: rowsPart(fields, atStation(crypto.randomUUID())),
      missing: rowPart(fields, atStation(crypto.randomUUID())),
    });
    expect(read.names.map((n) => n.name)).toEqual(['Ann Young', 'Bea Zed']);
    expect(read.none).toEqual([]);
    expect(read.missing).toBeNull();
  });
});
