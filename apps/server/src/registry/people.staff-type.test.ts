import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { people } from '../db/schema/index.ts';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { exportPersonnelCsv } from './export.ts';

describe('staff type and management level of personnel', () => {
  let t: TestApp;
  let w: World;
  let csa: Client;

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
    csa = await signIn(t.app, (await buildUser(t.database.db, w, 'CSA')).email);
  });

  it('a person is created, changed and listed with a staff type and a management level', async () => {
    const created = await csa.post('/api/people', {
      kind: 'personnel',
      staffId: 'ST-1',
      organizationId: w.orgA.id,
      category: 'international',
      staffType: 'international_professional',
      managementLevel: 'senior',
      givenName: 'Ada',
      familyName: 'Senior',
      dutyStationId: w.city.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      staffType: 'international_professional',
      managementLevel: 'senior',
    });
    const patched = await csa.patch(`/api/people/${created.body.id}`, {
      managementLevel: 'middle',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      staffType: 'international_professional',
      managementLevel: 'middle',
    });
    const list = await csa.get(`/api/people?countryId=${w.country.id}&managementLevel=middle`);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    const detail = await csa.get(`/api/people/${created.body.id}`);
    expect(detail.body.managementLevel).toBe('middle');
  });

  it('an unknown staff type or management level is a 400 naming the field', async () => {
    const p = await buildPerson(t.database.db, w);
    const badType = await csa.patch(`/api/people/${p.id}`, { staffType: 'astronaut' });
    expect(badType.status).toBe(400);
    expect(badType.body.details[0].path).toBe('staffType');
    const badLevel = await csa.patch(`/api/people/${p.id}`, { managementLevel: 'P-4' });
    expect(badLevel.status).toBe(400);
    expect(badLevel.body.details[0].path).toBe('managementLevel');
  });

  it('the CSV import reads the optional staff_type and management_level columns, a bad value is a row error naming the column, and the export writes them back', async () => {
    const url = `/api/people/import?countryId=${w.country.id}`;
    const header =
      'staff_id,organization,given_name,family_name,category,staff_type,management_level,duty_station';
    const bad = [
      header,
      `I1,${w.orgA.code},Ina,One,local,general_service,staff,City`,
      `I2,${w.orgA.code},Ivo,Two,local,janitor,staff,City`,
      `I3,${w.orgA.code},Ida,Three,local,,boss,City`,
    ].join('\n');
    const failed = await csa.post(`${url}&dryRun=true`, bad, { 'content-type': 'text/csv' });
    expect(failed.status).toBe(200);
    expect(
      failed.body.errors.map((e: { line: number; field: string }) => [e.line, e.field]),
    ).toEqual([
      [3, 'staff_type'],
      [4, 'management_level'],
    ]);
    const good = [
      header,
      `I1,${w.orgA.code},Ina,One,local,general_service,staff,City`,
      `I2,${w.orgA.code},Ivo,Two,local,national_professional,,City`,
    ].join('\n');
    const ok = await csa.post(url, good, { 'content-type': 'text/csv' });
    expect(ok.status).toBe(200);
    expect(ok.body.created).toBe(2);
    const [ina] = await t.database.db.select().from(people).where(eq(people.staffId, 'I1'));
    expect(ina).toMatchObject({ staffType: 'general_service', managementLevel: 'staff' });

    // A file without the new columns leaves the stored values alone.
    const older = [
      'staff_id,organization,given_name,family_name,category,duty_station',
      `I1,${w.orgA.code},Ina,One,local,City`,
    ].join('\n');
    const again = await csa.post(url, older, { 'content-type': 'text/csv' });
    expect(again.body).toMatchObject({ unchanged: 1, updated: 0 });

    const csv = await exportPersonnelCsv(t.database.db, w.country.id);
    const lines = csv.trim().split('\n');
    const cols = lines[0]!.split(',');
    expect(cols).toContain('staff_type');
    const line = lines.find((l) => l.startsWith('I1,'))!.split(',');
    expect(line[cols.indexOf('staff_type')]).toBe('general_service');
    expect(line[cols.indexOf('management_level')]).toBe('staff');
  });
});
